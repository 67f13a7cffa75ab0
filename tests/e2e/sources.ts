// What the pages should show, computed from data/ without the pipeline's outputs: the extractor
// run over each document as the pipeline runs it, the analysts' reviews of figures applied, and
// the rule the measures follow (a target counts when its indicator is in the catalog). A page
// that miscounts, or a pipeline that drops or duplicates targets, then disagrees with this.
import { readDocumentMeta, readIndicators, readProvinces } from "../../src/ingest/catalog.ts";
import { readDocumentTexts, type DocumentText } from "../../src/ingest/documents.ts";
import { readReviewFiles } from "../../src/ingest/reviews.ts";
import { ProvinceResolver } from "../../src/ingest/province-resolver.ts";
import { IndicatorMatcher } from "../../src/extract/indicators.ts";
import { applyFigureReviews, extractDocument, type FigureRow } from "../../src/pipeline/figures.ts";
import { csvFilesIn } from "../../src/pipeline/inputs.ts";
import type { Problem } from "../../src/ingest/problems.ts";

export interface Sources {
  documents: DocumentText[];
  /** Every figure of every document, after the analysts' reviews. */
  figures: FigureRow[];
  /** The catalog's indicator codes. */
  indicators: Set<string>;
}

export function readSources(data = "data"): Sources {
  const problems: Problem[] = [];
  const indicators = readIndicators(`${data}/catalog/indicators.csv`, problems);
  const resolver = new ProvinceResolver(readProvinces(`${data}/catalog/provinces.csv`, problems));
  const documents = readDocumentTexts(`${data}/documents`, readDocumentMeta(`${data}/documents.csv`, problems), problems);
  const codes = new Map(indicators.map((i) => [i.code, i]));
  const reviews = readReviewFiles(csvFilesIn(`${data}/reviews`), resolver, codes, problems);
  const matcher = new IndicatorMatcher(indicators);
  const { figures } = applyFigureReviews(documents.flatMap((d) => extractDocument(d, matcher).figures), reviews.figures, problems);
  return { documents, figures, indicators: new Set(codes.keys()) };
}

/** The targets the measures can judge, and the provinces and units ("63-82") they belong to. */
export function targetsInSources(sources = readSources()): { targets: number; provinces: number } {
  const targets = sources.figures.filter((f) => f.role === "target" && sources.indicators.has(f.indicator_code));
  return { targets: targets.length, provinces: new Set(targets.map((t) => `${t.units}-${t.province_code}`)).size };
}
