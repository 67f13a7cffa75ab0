// changes.parquet: what a run changed against the outputs it replaces (sql/changes.sql). It is
// the one output that depends on the previous outputs as well as on the inputs, by design: it
// answers "what did the file I just added change?". When a run's other outputs equal the current
// ones, nothing is published, so the page keeps showing the last change that happened.
import type { DuckDBConnection } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { insertRows, queryToParquet, sqlString } from "../db/duckdb.ts";
import { sqlFile } from "../db/sql-file.ts";
import type { RunInfo } from "./run-info.ts";

export const CHANGES_FILE = "changes.parquet";

/** Input files added, changed or removed between two runs, by path inside the data folder. */
export function inputChanges(before: RunInfo | null, after: RunInfo): { change: string; file: string }[] {
  if (!before) return [];
  const old = new Map(before.inputs.map((i) => [i.path, i.sha256]));
  const now = new Map(after.inputs.map((i) => [i.path, i.sha256]));
  const out: { change: string; file: string }[] = [];
  for (const [path, sha] of now) {
    if (!old.has(path)) out.push({ change: "input_added", file: path });
    else if (old.get(path) !== sha) out.push({ change: "input_changed", file: path });
  }
  for (const path of old.keys()) if (!now.has(path)) out.push({ change: "input_removed", file: path });
  return out;
}

async function createViews(conn: DuckDBConnection, side: "old" | "new", dir: string | null): Promise<boolean> {
  const usable = dir !== null && existsSync(join(dir, "progress.parquet")) && existsSync(join(dir, "actuals.parquet"));
  for (const name of ["progress", "actuals"]) {
    // Without previous outputs, the old side is the new one: nothing differs, one row says why.
    const source = usable ? `read_parquet(${sqlString(join(dir, `${name}.parquet`))})` : `new_${name}`;
    await conn.run(`CREATE OR REPLACE VIEW ${side}_${name} AS SELECT * FROM ${source}`);
  }
  return usable;
}

/**
 * The changes from the outputs in `previousDir` (null when there are none) to those in `newDir`,
 * as Parquet bytes. When the previous outputs are missing or cannot be compared, one row says so.
 */
export async function computeChanges(
  conn: DuckDBConnection,
  previousDir: string | null,
  newDir: string,
  inputs: { change: string; file: string }[],
  log: (m: string) => void,
): Promise<Uint8Array> {
  await createViews(conn, "new", newDir);
  const compare = async (usable: boolean, rows: { change: string; file: string | null }[]) => {
    await insertRows(conn, "input_changes", [{ name: "change", type: "VARCHAR" }, { name: "file", type: "VARCHAR" }], usable ? rows : [{ change: "no_previous_run", file: null }]);
    return queryToParquet(conn, sqlFile(new URL("./sql/changes.sql", import.meta.url)));
  };
  const usable = await createViews(conn, "old", previousDir);
  try {
    return await compare(usable, inputs);
  } catch (error) {
    // Outputs of an older version of the pipeline may lack a column: say so, do not fail the run.
    log(`the previous outputs cannot be compared with these (${(error as Error).message.split("\n")[0]}); the changes page says so`);
    await createViews(conn, "old", null);
    return compare(false, []);
  }
}
