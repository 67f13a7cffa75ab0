// Loads the validated inputs into DuckDB tables that the metrics SQL and the loaders query.
import type { DuckDBConnection } from "@duckdb/node-api";
import { insertRows } from "../db/duckdb.ts";
import type { Inputs } from "./inputs.ts";

export async function loadWarehouse(conn: DuckDBConnection, inputs: Inputs, log: (m: string) => void): Promise<void> {
  await insertRows(
    conn,
    "indicators",
    [
      { name: "code", type: "VARCHAR" },
      { name: "group", type: "VARCHAR" },
      { name: "name_vi", type: "VARCHAR" },
      { name: "name_en", type: "VARCHAR" },
      { name: "unit", type: "VARCHAR" },
      { name: "direction", type: "VARCHAR" },
      { name: "aliases", type: "VARCHAR" },
    ],
    inputs.indicators,
  );
  await insertRows(
    conn,
    "provinces",
    [
      { name: "code", type: "VARCHAR" },
      { name: "name_vi", type: "VARCHAR" },
      { name: "name_en", type: "VARCHAR" },
      { name: "region", type: "VARCHAR" },
      { name: "unit_2025", type: "VARCHAR" },
      { name: "unit_2025_code", type: "VARCHAR" },
    ],
    inputs.provinces,
  );
  await insertRows(
    conn,
    "documents",
    [
      { name: "file", type: "VARCHAR" },
      { name: "province", type: "VARCHAR" },
      { name: "province_code", type: "VARCHAR" },
      { name: "units", type: "VARCHAR" },
      { name: "doc_type", type: "VARCHAR" },
      { name: "published", type: "VARCHAR" },
      { name: "term_start", type: "INTEGER" },
      { name: "term_end", type: "INTEGER" },
      { name: "publisher", type: "VARCHAR" },
      { name: "title", type: "VARCHAR" },
      { name: "source_url", type: "VARCHAR" },
      { name: "chars", type: "INTEGER" },
    ],
    inputs.documents.map((d) => ({ ...d.meta, chars: d.text.length })),
  );
  log("loaded the inputs into DuckDB");
}
