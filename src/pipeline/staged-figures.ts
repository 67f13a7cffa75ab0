// Extracted figures on their way to DuckDB's figures_staged table: each thread that extracts a
// share of the documents writes their figures as NDJSON rows to a file of its own, which DuckDB
// reads in bulk (src/db/duckdb.ts, appendNdjsonFile). Passing the figures back to the main thread
// as objects held a national run's quarter of a million of them there (a gigabyte of heap) while
// the rest of the run needed the memory. No DuckDB here: the extraction threads load this module.
import { closeSync, openSync, writeSync } from "node:fs";
import type { ColumnSpec } from "../db/duckdb.ts";
import type { IndicatorMatcher } from "../extract/indicators.ts";
import type { DocumentText } from "../ingest/documents.ts";
import { documentColumns, extractDocumentFigures } from "./figures.ts";
import { TABLES } from "./tables.ts";

/** The table the figures are staged in: the figures table's columns, each with its document's key and place. */
export const STAGED_FIGURE_COLUMNS: ColumnSpec[] = [
  { name: "document_key", type: "VARCHAR" }, { name: "doc_index", type: "INTEGER" }, { name: "figure_index", type: "INTEGER" }, ...TABLES.figures,
];

/** What a share of the documents gave: each document's count of numbers not read as figures, and its figures' rows in `file`. */
export interface StagedShare {
  skipped: number[];
  file: string;
  rows: number;
  /** The longest row's JSON, in characters (DuckDB's JSON reader is slow on long lines). */
  longestRow: number;
}

export const PROPERTIES = [...new Set(STAGED_FIGURE_COLUMNS.map((c) => c.from ?? c.name))];

/**
 * A figure's columns as a new object, its keys in PROPERTIES' order (a missing one undefined, which
 * JSON leaves out): `JSON.stringify(columnsOf(f))` is the string `JSON.stringify(f, PROPERTIES)`
 * gives, at about two thirds of the time (V8 serializes a plain object without a key list faster;
 * 64.000 figures 250 to 350 ms against 400 to 450 ms).
 */
export const columnsOf = new Function("f", `return {${PROPERTIES.map((p) => `${JSON.stringify(p)}: f[${JSON.stringify(p)}]`).join(", ")}};`) as (figure: object) => object;

/** An object's JSON with more members (`members`: `"key":value,…`) at its end. */
const withColumns = (json: string, members: string) => (json === "{}" ? `{${members}}` : `${json.slice(0, -1)},${members}}`);

/**
 * Extracts `documents` (whose keys and places in the whole list are `keys` and `places`) and writes
 * their figures to `file`, one JSON object a line, in document and extractor order.
 */
export function stageShare(documents: DocumentText[], keys: string[], places: number[], matcher: IndicatorMatcher, file: string): StagedShare {
  const fd = openSync(file, "w");
  const skipped: number[] = [];
  let rows = 0;
  let longestRow = 0;
  try {
    documents.forEach((document, k) => {
      const result = extractDocumentFigures(document, matcher);
      skipped.push(result.skipped);
      // columnsOf keeps only the columns (as appendRows does).
      // The document's columns are written once per document and joined to each figure's JSON,
      // not spread into a copy of every figure: a national run's quarter of a million figures
      // made two objects each, a sixth of the extracting threads' time.
      const shared = JSON.stringify({ ...documentColumns(document.meta), document_key: keys[k], doc_index: places[k] }, PROPERTIES).slice(1, -1);
      const lines = result.figures.map((f, figure_index) => withColumns(JSON.stringify(columnsOf(f)), `${shared},"figure_index":${figure_index}`));
      for (const line of lines) longestRow = Math.max(longestRow, line.length);
      if (lines.length > 0) writeSync(fd, `${rows > 0 ? "\n" : ""}${lines.join("\n")}`);
      rows += lines.length;
    });
  } finally {
    closeSync(fd);
  }
  return { skipped, file, rows, longestRow };
}
