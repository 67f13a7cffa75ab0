// The documents' texts beside their metadata. Invalid UTF-8 is replaced (U+FFFD) and reported as
// a warning with its line, never fatal: pasted web text is often slightly broken. A document
// must be a file inside the data folder (safe-path.ts) and at most MAX_DOCUMENT_BYTES long.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { DocumentMeta } from "./catalog.ts";
import { Problem } from "./problems.ts";
import { DataFolder } from "./safe-path.ts";
import { decodeUtf8 } from "./utf8.ts";

/**
 * The largest document read. A resolution or a yearly report is a few hundred kB; 64 MB is a
 * whole year's gazette pasted at once. Past it, memory (the text is held three times: in
 * JavaScript, in DuckDB and in its Parquet file) and the document's page become the problem.
 */
export const MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace(".", ",");

export interface DocumentText {
  meta: DocumentMeta;
  text: string;
}

export function readDocumentTexts(dir: string, metas: DocumentMeta[], problems: Problem[], folder = new DataFolder(join(dir, ".."))): DocumentText[] {
  let files = new Set<string>();
  try {
    files = new Set(readdirSync(dir).filter((f) => f.endsWith(".txt")));
  } catch (error) {
    problems.push(new Problem(dir, 1, 1, (error as Error).message, "a folder of .txt documents"));
    return [];
  }
  const byFile = new Map(metas.map((m) => [m.file, m]));
  for (const f of files) {
    if (!byFile.has(f)) problems.push(new Problem(join(dir, f), 1, 1, "a document with no row in documents.csv", "a row describing it (province, units, term)"));
  }
  const out: DocumentText[] = [];
  const seen = new Set<string>();
  for (const meta of metas) {
    if (seen.has(meta.file)) {
      problems.push(new Problem(join(dir, "..", "documents.csv"), 1, 1, `"${meta.file}" listed twice`, "one row per document"));
      continue;
    }
    seen.add(meta.file);
    if (!files.has(meta.file)) {
      problems.push(new Problem(join(dir, meta.file), 1, 1, "no such file", "the document named in documents.csv"));
      continue;
    }
    const file = join(dir, meta.file);
    if (!folder.check(file, problems)) continue;
    const bytes = statSync(file).size;
    if (bytes > MAX_DOCUMENT_BYTES) {
      problems.push(new Problem(file, 1, 1, `a document of ${megabytes(bytes)} MB`, `at most ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB (split it into several files, one row each in documents.csv)`));
      continue;
    }
    out.push({ meta, text: decodeUtf8(file, readFileSync(file), problems, { severity: "warning" }) });
  }
  return out.sort((a, b) => (a.meta.file < b.meta.file ? -1 : a.meta.file > b.meta.file ? 1 : 0));
}
