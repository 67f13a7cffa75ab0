// Loads the validated inputs into DuckDB tables (the actuals and the figures are there already), then derives
// the tables every loader reads.
import type { DuckDBConnection } from "@duckdb/node-api";
import { insertRows, queryRows } from "../db/duckdb.ts";
import { sqlFile } from "../db/sql-file.ts";
import type { Inputs } from "./inputs.ts";
import { TABLES } from "./tables.ts";
import { computeMeasures } from "../metrics/run.ts";
import { asOfDate } from "../metrics/as-of.ts";
import { measure } from "../db/profile.ts";
import { narrowTables } from "./scope.ts";

/** Returns whether the tables hold only the changed actuals' unit groups (scope.ts). */
/**
 * `tablesLoaded` is called once the inputs' tables are in (before the actuals are ranked and the
 * measures computed): a loader that reads only those may start then (context.ts, tables()).
 */
export async function loadWarehouse(conn: DuckDBConnection, inputs: Inputs, log: (m: string) => void, asOf: string = asOfDate(), tablesLoaded: () => void = () => {}): Promise<boolean> {
  await insertRows(conn, "indicators", TABLES.indicators, inputs.indicators);
  await insertRows(conn, "provinces", TABLES.provinces, inputs.resolver.units.map((u) => ({ ...u, units: u.set })));
  // A scoped run (scope.ts) keeps only its groups' documents: their texts need not be copied.
  const scopedUnits = inputs.scoped ? new Set((await queryRows<{ key: string }>(conn, "SELECT units || '|' || province_code AS key FROM scope_units")).map((r) => r.key)) : null;
  const documents = scopedUnits ? inputs.documents.filter((d) => scopedUnits.has(`${d.meta.units}|${d.meta.province_code}`)) : inputs.documents;
  await insertRows(conn, "documents", TABLES.documents, documents.map((d) => ({ ...d.meta, chars: d.text.length, text: d.text })));
  await insertRows(conn, "review_statuses", TABLES.review_statuses, inputs.reviewStatuses);
  await insertRows(conn, "actual_choices", TABLES.actual_choices, inputs.choices);
  await insertRows(conn, "term_result_candidates", TABLES.term_result_candidates, inputs.termResults);
  await insertRows(conn, "typed_targets", TABLES.typed_targets, inputs.typedTargets);
  const scoped = inputs.scoped ?? false;
  if (scoped) {
    // A scoped re-run (scope.ts): the tables of the changed actuals' unit groups only.
    await narrowTables(conn, ["documents", "figures", "typed_targets", "term_result_candidates"]);
  } else {
    // The first and last year of all actuals (the coverage grid's years, the overview's latest
    // year): every candidate's cell has a chosen value, so these are the chosen actuals' too. A
    // scoped run took them before it cut the tables down (sql/scope.sql).
    await conn.run("CREATE OR REPLACE TABLE actual_years AS SELECT min(year) AS min_year, max(year) AS max_year FROM actual_candidates");
  }
  tablesLoaded();
  await conn.run(sqlFile(new URL("./sql/actuals_ranked.sql", import.meta.url)));
  await conn.run(sqlFile(new URL("./sql/term_results_ranked.sql", import.meta.url)));
  // Every candidate is in actuals_ranked now; a national run frees a few hundred megabytes.
  await conn.run("DROP TABLE actual_candidates");
  log("loaded the inputs into DuckDB");
  await measure("stage: measures", () => computeMeasures(conn, log, asOf));
  return scoped;
}
