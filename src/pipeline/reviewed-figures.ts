// The analysts' reviews applied to the figures where they are, in DuckDB (figures_staged, made by
// extract-parallel.ts): only the figures a review names come to JavaScript, go through
// applyFigureReviews (figures.ts, the one rule for reviews) and go back. A national run has a
// quarter of a million figures and a handful of reviews.
import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRows, createTable, queryRows } from "../db/duckdb.ts";
import type { FigureReview } from "../ingest/reviews.ts";
import type { Problem } from "../ingest/problems.ts";
import { applyFigureReviews, type FigureRow, type ReviewStatus } from "./figures.ts";
import { STAGED_FIGURE_COLUMNS } from "./staged-figures.ts";

type StagedRow = Omit<FigureRow, "id" | "start" | "end"> & { figure_id: string; quote_start: number; quote_end: number };

/** The staged figures that `where` selects, in document and extractor order, as the extractor made them. */
export async function stagedFigures(conn: DuckDBConnection, where: string): Promise<FigureRow[]> {
  const rows = await queryRows<StagedRow>(conn, `SELECT * FROM figures_staged WHERE ${where} ORDER BY doc_index, figure_index`);
  return rows.map((r) => ({ ...r, id: r.figure_id, start: r.quote_start, end: r.quote_end }));
}

/** Applies the reviews to figures_staged; returns what became of each review. */
export async function reviewStagedFigures(conn: DuckDBConnection, reviews: FigureReview[], problems: Problem[]): Promise<ReviewStatus[]> {
  if (reviews.length === 0) return [];
  await createTable(conn, "reviewed_ids", [{ name: "figure_id", type: "VARCHAR" }]);
  await appendRows(conn, "reviewed_ids", [{ name: "figure_id", type: "VARCHAR" }], [...new Set(reviews.map((r) => r.id))].map((figure_id) => ({ figure_id })));
  const named = await stagedFigures(conn, "figure_id IN (SELECT figure_id FROM reviewed_ids)");
  const { figures, statuses } = applyFigureReviews(named, reviews, problems);
  await conn.run("DELETE FROM figures_staged WHERE figure_id IN (SELECT figure_id FROM reviewed_ids); DROP TABLE reviewed_ids");
  await appendRows(conn, "figures_staged", STAGED_FIGURE_COLUMNS, figures);
  return statuses;
}

/** The figures table every loader reads: the staged figures without their places. */
export async function publishFigures(conn: DuckDBConnection): Promise<void> {
  // The staged table becomes the figures table, not copied into it: a national run's figures are
  // a few hundred megabytes in the database.
  await conn.run(`ALTER TABLE figures_staged DROP COLUMN document_key; ALTER TABLE figures_staged DROP COLUMN doc_index;
    ALTER TABLE figures_staged DROP COLUMN figure_index; ALTER TABLE figures_staged RENAME TO figures; DROP TABLE figure_documents`);
}
