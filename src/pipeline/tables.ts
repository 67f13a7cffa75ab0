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
  // Results reported for a whole period (src/ingest/term-results.ts, documents' period results).
  term_result_candidates: [
    v("file"), i("line"), v("province_code"), v("units"), v("province_name"), v("indicator_code"), i("period_start"), i("period_end"), v("basis"), d("value"), v("unit"),
    d("value_original"), v("unit_original"), v("status"), v("source"), v("source_kind"), i("price_base"), v("quote"), v("note"), v("published"),
  ],
  // Targets typed from paper (src/ingest/typed-targets.ts).
  typed_targets: [
    v("file"), i("line"), v("units"), v("province_code"), v("province_name"), v("indicator_code"), v("kind"), v("comparator"), d("value_low"), d("value_high"), v("unit"),
    i("period_start"), i("year"), v("quote"), v("source_title"), v("page"), v("source_url"), v("published"), v("note"),
  ],
} satisfies Record<string, ColumnSpec[]>;

export { b as booleanColumn };
