// Loads the validated inputs into DuckDB tables (the actuals and the figures are there already), then derives
// the tables every loader reads.
import type { DuckDBConnection } from "@duckdb/node-api";
import { insertRows } from "../db/duckdb.ts";
import { sqlFile } from "../db/sql-file.ts";
import type { Inputs } from "./inputs.ts";
import { TABLES } from "./tables.ts";
import { computeMeasures } from "../metrics/run.ts";
import { asOfDate } from "../metrics/as-of.ts";
import { measure } from "../db/profile.ts";

export async function loadWarehouse(conn: DuckDBConnection, inputs: Inputs, log: (m: string) => void, asOf: string = asOfDate()): Promise<void> {
  await insertRows(conn, "indicators", TABLES.indicators, inputs.indicators);
  await insertRows(conn, "provinces", TABLES.provinces, inputs.resolver.units.map((u) => ({ ...u, units: u.set })));
  await insertRows(conn, "documents", TABLES.documents, inputs.documents.map((d) => ({ ...d.meta, chars: d.text.length, text: d.text })));
  await insertRows(conn, "review_statuses", TABLES.review_statuses, inputs.reviewStatuses);
  await insertRows(conn, "actual_choices", TABLES.actual_choices, inputs.choices);
  await insertRows(conn, "term_result_candidates", TABLES.term_result_candidates, inputs.termResults);
  await insertRows(conn, "typed_targets", TABLES.typed_targets, inputs.typedTargets);
  await conn.run(sqlFile(new URL("./sql/actuals_ranked.sql", import.meta.url)));
  await conn.run(sqlFile(new URL("./sql/term_results_ranked.sql", import.meta.url)));
  // Every candidate is in actuals_ranked now; a national run frees a few hundred megabytes.
  await conn.run("DROP TABLE actual_candidates");
  log("loaded the inputs into DuckDB");
  await measure("stage: measures", () => computeMeasures(conn, log, asOf));
}
