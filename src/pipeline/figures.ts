// The extractor over every document, then the analysts' reviews applied to its figures. A
// review whose figure the extractor no longer finds is kept and reported as orphaned.
import type { DocumentText } from "../ingest/documents.ts";
import type { FigureReview } from "../ingest/reviews.ts";
import { Problem } from "../ingest/problems.ts";
import { extractFigures } from "../extract/extract.ts";
import type { IndicatorMatcher } from "../extract/indicators.ts";
import type { Figure } from "../extract/figure.ts";

export interface FigureRow extends Figure {
  province_code: string;
  units: string;
  review: "confirmed" | "corrected" | null;
  review_note: string;
}

export interface ReviewStatus {
  file: string;
  line: number;
  figure_id: string;
  action: string;
  status: "applied" | "orphaned" | "superseded";
  doc: string | null;
  changes: string;
  note: string;
  reviewer: string;
}

/** The extractor's figures of one document, as it made them (extractDocument adds the document's columns). */
export function extractDocumentFigures({ meta, text }: DocumentText, matcher: IndicatorMatcher): { figures: Figure[]; skipped: number } {
  const result = extractFigures({ name: meta.file, text, term_start: meta.term_start, term_end: meta.term_end, published: meta.published || null, doc_type: meta.doc_type }, matcher);
  return { figures: result.figures, skipped: result.skipped.length };
}

/** The columns extractDocument adds to each figure of `meta`'s document, unreviewed. */
export const documentColumns = (meta: DocumentText["meta"]) => ({ province_code: meta.province_code, units: meta.units, review: null, review_note: "" });

/** The figures of one document, with its province and unit set. */
export function extractDocument(document: DocumentText, matcher: IndicatorMatcher): { figures: FigureRow[]; skipped: number } {
  const { figures, skipped } = extractDocumentFigures(document, matcher);
  const columns = documentColumns(document.meta);
  return { figures: figures.map((f) => ({ ...f, ...columns })), skipped };
}

export function extractAll(documents: DocumentText[], matcher: IndicatorMatcher): { figures: FigureRow[]; skipped: number } {
  const figures: FigureRow[] = [];
  let skipped = 0;
  for (const document of documents) {
    const result = extractDocument(document, matcher);
    skipped += result.skipped;
    for (const f of result.figures) figures.push(f);
  }
  return { figures, skipped };
}

export function applyFigureReviews(figures: FigureRow[], reviews: FigureReview[], problems: Problem[]): { figures: FigureRow[]; statuses: ReviewStatus[] } {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const lastReview = new Map<string, FigureReview>();
  for (const r of reviews) lastReview.set(r.id, r);
  const statuses: ReviewStatus[] = [];
  const rejected = new Set<string>();
  for (const r of reviews) {
    const figure = byId.get(r.id);
    const base = { file: r.file, line: r.line, figure_id: r.id, action: r.action, changes: JSON.stringify(r.changes), note: r.note, reviewer: r.reviewer };
    if (!figure) {
      statuses.push({ ...base, status: "orphaned", doc: null });
      problems.push(new Problem(`reviews/${r.file}`, r.line, 1, `a review of figure ${r.id}, which the extraction no longer finds`, "the id of a current figure (the document may have changed: review it again)", "warning"));
      continue;
    }
    if (lastReview.get(r.id) !== r) {
      statuses.push({ ...base, status: "superseded", doc: figure.doc });
      continue;
    }
    statuses.push({ ...base, status: "applied", doc: figure.doc });
    if (r.action === "reject") rejected.add(r.id);
    else if (r.action === "confirm") figure.review = "confirmed";
    else {
      Object.assign(figure, r.changes);
      if (r.changes.value_high === undefined && r.changes.comparator && r.changes.comparator !== "range") figure.value_high = null;
      figure.review = "corrected";
    }
    figure.review_note = r.note;
  }
  return { figures: figures.filter((f) => !rejected.has(f.id)), statuses };
}
