// One small layer over @duckdb/node-api: open an in-memory database, load JS rows into a table,
// and turn a query into Parquet bytes. Every loader and the metrics code go through it.
import { DuckDBInstance, type DuckDBConnection, type DuckDBAppender } from "@duckdb/node-api";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export type ColumnType = "VARCHAR" | "DOUBLE" | "INTEGER" | "BOOLEAN";
export interface ColumnSpec {
  name: string;
  type: ColumnType;
}

export async function openDatabase(): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(":memory:", {
    // Two threads read and rank a national dataset about twice as fast; the measures, whose
    // floating-point sums must not depend on how rows are split, run on one (metrics/run.ts).
    // Every output query orders its rows, so the Parquet bytes are the same from run to run.
    threads: "2",
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

/** Appends rows to an existing table whose columns are `columns` (missing keys become NULL). */
export async function appendRows(conn: DuckDBConnection, table: string, columns: readonly ColumnSpec[], rows: Iterable<object>): Promise<void> {
  const appender = await conn.createAppender(table);
  for (const row of rows) {
    for (const c of columns) appendValue(appender, c, (row as Record<string, unknown>)[c.name]);
    appender.endRow();
  }
  appender.closeSync();
}

/** Creates `table` with the given columns and appends the rows (missing keys become NULL). */
export async function insertRows(conn: DuckDBConnection, table: string, columns: readonly ColumnSpec[], rows: Iterable<object>): Promise<void> {
  await createTable(conn, table, columns);
  await appendRows(conn, table, columns, rows);
}

/** A string as a SQL literal. */
export const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

function appendValue(appender: DuckDBAppender, column: ColumnSpec, value: unknown): void {
  if (value === null || value === undefined || (typeof value === "number" && !Number.isFinite(value))) {
    appender.appendNull();
    return;
  }
  switch (column.type) {
    case "VARCHAR":
      appender.appendVarchar(String(value));
      return;
    case "DOUBLE":
      appender.appendDouble(Number(value));
      return;
    case "INTEGER":
      appender.appendInteger(Number(value));
      return;
    case "BOOLEAN":
      appender.appendBoolean(Boolean(value));
      return;
  }
}

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
