// One small layer over @duckdb/node-api: open an in-memory database, load JS rows into a table,
// and turn a query into Parquet bytes. Every loader and the metrics code go through it.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";

export type ColumnType = "VARCHAR" | "DOUBLE" | "INTEGER" | "BOOLEAN";
export interface ColumnSpec {
  name: string;
  type: ColumnType;
  /** The property of the JavaScript row that holds the value, when it is not `name`. */
  from?: string;
}

let spillRoot: string | undefined;

/** A folder of this database's own where DuckDB may spill; all of them go when the process exits. */
function spillDirectory(): string {
  if (!spillRoot) {
    const root = mkdtempSync(join(tmpdir(), "chitieu-duckdb-"));
    process.once("exit", () => rmSync(root, { recursive: true, force: true }));
    spillRoot = root;
  }
  return mkdtempSync(join(spillRoot, "db-"));
}

export async function openDatabase(): Promise<DuckDBConnection> {
  const spill = spillDirectory();
  const instance = await DuckDBInstance.create(":memory:", {
    // Two threads read and rank a national dataset about twice as fast; the measures, whose
    // floating-point sums must not depend on how rows are split, run on one (metrics/run.ts).
    // Every output query orders its rows, so the Parquet bytes are the same from run to run.
    threads: "2",
    // Past 900 MB DuckDB writes to disk: with the JavaScript side, a national run stays within
    // 2 GB (bench/results.json).
    memory_limit: "900MB",
    temp_directory: spill,
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "true",
  });
  return instance.connect();
}

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates (or replaces) `table` with the given columns. */
export async function createTable(conn: DuckDBConnection, table: string, columns: readonly ColumnSpec[]): Promise<void> {
  const ddl = columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ");
  await conn.run(`CREATE OR REPLACE TABLE ${quoteIdent(table)} (${ddl})`);
}

/**
 * Appends rows to an existing table whose columns are `columns` (missing keys and non-finite
 * numbers become NULL). The rows go through a newline-delimited JSON file that DuckDB reads in
 * bulk: for the 240,000 figures of a national run that is several times faster than appending
 * value by value, and JSON keeps every double and every string exactly. Values of another type
 * than their column's are cast by DuckDB ("2020" for 2020 in a VARCHAR column).
 */
export async function appendRows(conn: DuckDBConnection, table: string, columns: readonly ColumnSpec[], rows: Iterable<object>): Promise<void> {
  // JSON.stringify with the list of properties is native and keeps only the columns; values
  // of another type are cast by DuckDB to the column's, and NaN and undefined become NULL.
  const props = [...new Set(columns.map((c) => c.from ?? c.name))];
  const lines: string[] = [];
  for (const row of rows) lines.push(JSON.stringify(row, props));
  if (lines.length === 0) return;
  const dir = await mkdtemp(join(tmpdir(), "chitieu-rows-"));
  const file = join(dir, "rows.ndjson");
  try {
    await writeFile(file, lines.join("\n"));
    const types = columns.map((c) => `${sqlString(c.from ?? c.name)}: '${c.type}'`);
    await conn.run(
      `INSERT INTO ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(", ")})
       SELECT ${columns.map((c) => quoteIdent(c.from ?? c.name)).join(", ")}
       FROM read_json(${sqlString(file)}, format = 'newline_delimited', columns = {${[...new Set(types)].join(", ")}})`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Creates `table` with the given columns and appends the rows (missing keys become NULL). */
export async function insertRows(conn: DuckDBConnection, table: string, columns: readonly ColumnSpec[], rows: Iterable<object>): Promise<void> {
  await createTable(conn, table, columns);
  await appendRows(conn, table, columns, rows);
}

/** A string as a SQL literal. */
export const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** Runs `query` and returns its result as Parquet bytes (snappy, which the browser reader decodes natively; identical bytes for identical rows). */
export async function queryToParquet(conn: DuckDBConnection, query: string): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-"));
  const file = join(dir, "out.parquet");
  try {
    await conn.run(`COPY (${query}) TO '${file.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION snappy)`);
    return new Uint8Array(await readFile(file));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Reads all rows of a query as plain objects (numbers as JS numbers). */
export async function queryRows<T = Record<string, unknown>>(conn: DuckDBConnection, query: string): Promise<T[]> {
  const reader = await conn.runAndReadAll(query);
  return reader.getRowObjectsJS() as T[];
}
