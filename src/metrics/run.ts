// Runs the measures, in SQL, over the warehouse: the files of sql/ in the order of their names
// (targets, merged units, series, progress by kind, progress). Each file makes one table.
import type { DuckDBConnection } from "@duckdb/node-api";
import { readdirSync } from "node:fs";
import { insertRows } from "../db/duckdb.ts";
import { sqlFile } from "../db/sql-file.ts";
import { conversionFactor } from "../ingest/units.ts";
import { UNITS } from "../ingest/catalog.ts";
import { AsOfError } from "./as-of.ts";

const SQL_DIR = new URL("./sql/", import.meta.url);

/** Every pair of units that convert, with the factor: the SQL converts with this table. */
export function unitConversions(): { from_unit: string; to_unit: string; factor: number }[] {
  const out = [];
  for (const from of UNITS) for (const to of UNITS) {
    const factor = conversionFactor(from, to);
    if (factor !== null) out.push({ from_unit: from, to_unit: to, factor });
  }
  return out;
}

export async function computeMeasures(conn: DuckDBConnection, log: (m: string) => void, asOf: string): Promise<void> {
  // The date the measures are taken at (as-of.ts): which periods have ended.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new AsOfError(asOf);
  await conn.run(`CREATE OR REPLACE TABLE as_of AS SELECT DATE '${asOf}' AS as_of, year(DATE '${asOf}')::INTEGER AS as_of_year`);
  await insertRows(conn, "unit_conversions", [
    { name: "from_unit", type: "VARCHAR" },
    { name: "to_unit", type: "VARCHAR" },
    { name: "factor", type: "DOUBLE" },
  ], unitConversions());
  const files = readdirSync(SQL_DIR).filter((f) => f.endsWith(".sql")).sort();
  // On every thread DuckDB has: the measures' arithmetic does not depend on how rows are split
  // between threads (sums of exact decimals, products and lists in a fixed order, ties broken),
  // and no table's row order is relied on; the outputs order their rows (determinism.test.ts).
  for (const file of files) await conn.run(sqlFile(new URL(file, SQL_DIR)));
  log(`computed the measures (${files.length} SQL files)`);
}
