// Reads and validates every input under the data folder. All problems of all files are
// collected first and reported together; nothing downstream runs on invalid inputs.
import { join } from "node:path";
import { readIndicators, readProvinces, readDocumentMeta, type Indicator, type Province, type DocumentMeta } from "../ingest/catalog.ts";
import { Problem, throwIfProblems } from "../ingest/problems.ts";
import { readDocumentTexts, type DocumentText } from "../ingest/documents.ts";

export interface Inputs {
  indicators: Indicator[];
  provinces: Province[];
  documents: DocumentText[];
}

export async function loadInputs(dataDir: string, log: (m: string) => void): Promise<Inputs> {
  const problems: Problem[] = [];
  const indicators = readIndicators(join(dataDir, "catalog", "indicators.csv"), problems);
  const provinces = readProvinces(join(dataDir, "catalog", "provinces.csv"), problems);
  const metas = readDocumentMeta(join(dataDir, "documents.csv"), problems);
  const documents = readDocumentTexts(join(dataDir, "documents"), metas, problems);
  throwIfProblems(problems);
  log(`read ${indicators.length} indicators, ${provinces.length} provinces, ${documents.length} documents`);
  return { indicators, provinces, documents };
}

export type { DocumentMeta };
