// The DuckDB tables the inputs are loaded into: one column list per table, in one place.
import type { ColumnSpec } from "../db/duckdb.ts";

const v = (name: string): ColumnSpec => ({ name, type: "VARCHAR" });
const d = (name: string): ColumnSpec => ({ name, type: "DOUBLE" });
const i = (name: string): ColumnSpec => ({ name, type: "INTEGER" });
const b = (name: string): ColumnSpec => ({ name, type: "BOOLEAN" });

export const TABLES = {
  indicators: [v("code"), v("group"), v("name_vi"), v("name_en"), v("unit"), v("direction"), v("aliases"), v("aggregation")],
  provinces: [v("units"), v("code"), v("name_vi"), v("name_en"), v("region"), v("unit_2025_code")],
  documents: [
    v("file"), v("province"), v("province_code"), v("units"), v("doc_type"), v("published"), i("term_start"), i("term_end"),
    v("publisher"), v("title"), v("source_url"), i("chars"), v("text"),
  ],
  figures: [
    { name: "figure_id", type: "VARCHAR", from: "id" }, v("doc"), v("province_code"), v("units"), v("role"), v("indicator_code"), v("kind"), v("comparator"),
    d("value_low"), d("value_high"), v("unit"), i("period_start"), i("year"), v("quote"), { name: "quote_start", type: "INTEGER", from: "start" }, { name: "quote_end", type: "INTEGER", from: "end" },
    v("subject"), d("confidence"), v("review"), v("review_note"),
  ],
  review_statuses: [v("file"), i("line"), v("figure_id"), v("action"), v("status"), v("doc"), v("changes"), v("note"), v("reviewer")],
  // actual_candidates: see src/ingest/actuals-bulk.ts, which reads the files straight into it.
  actual_choices: [v("file"), i("line"), v("province_code"), v("units"), v("indicator_code"), i("year"), d("value"), v("source"), v("note"), v("reviewer")],
} satisfies Record<string, ColumnSpec[]>;

export { b as booleanColumn };
