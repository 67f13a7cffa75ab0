// One small layer over @duckdb/node-api: open an in-memory database, load JS rows into a table,
// and turn a query into Parquet bytes. Every loader and the metrics code go through it.
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { profileConnection } from "./profile.ts";

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

export interface DatabaseOptions {
  /** Threads DuckDB may use; by default every core (the pipeline reads CHITIEU_THREADS). */
  threads?: number;
}

/** The instance each connection of openDatabase belongs to, for connectAgain. */
const instanceOf = new WeakMap<DuckDBConnection, DuckDBInstance>();

/**
 * Another connection to `conn`'s database: the same tables (not its TEMP tables), statements of
 * its own that run beside `conn`'s. A DuckDB connection runs one statement at a time.
 */
export async function connectAgain(conn: DuckDBConnection): Promise<DuckDBConnection> {
  const instance = instanceOf.get(conn);
  if (!instance) throw new Error("connectAgain: not a connection made by openDatabase");
  const other = profileConnection(await instance.connect());
  instanceOf.set(other, instance);
  return other;
}

export async function openDatabase({ threads = availableParallelism() }: DatabaseOptions = {}): Promise<DuckDBConnection> {
  const spill = spillDirectory();
  const instance = await DuckDBInstance.create(":memory:", {
    // Every core: the measures' sums are exact and every output query orders its rows on a total
    // key, so the Parquet bytes are the same whatever the number of threads (determinism.test.ts).
    threads: String(threads),
    memory_limit: "900MB",
    temp_directory: spill,
    autoinstall_known_extensions: "false",
    autoload_known_extensions: "true",
  });
  const conn = profileConnection(await instance.connect());
  instanceOf.set(conn, instance);
  return conn;
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
 *
 * DuckDB's JSON reader refuses an object over 16 MB and slows down badly on long lines (a
 * document's text of a few MB takes seconds), so a batch holding a row longer than
 * LONG_ROW_CHARS goes through DuckDB's appender instead, with the same casts.
 */
export async function appendRows(conn: DuckDBConnection, table: string, columns: readonly ColumnSpec[], rows: Iterable<object>): Promise<void> {
  // JSON.stringify with the list of properties is native and keeps only the columns; values
  // of another type are cast by DuckDB to the column's, and NaN and undefined become NULL.
  const props = [...new Set(columns.map((c) => c.from ?? c.name))];
  const lines: string[] = [];
  const kept: object[] = [];
  let long = false;
  for (const row of rows) {
    const line = JSON.stringify(row, props);
    lines.push(line);
    kept.push(row);
    if (line.length > LONG_ROW_CHARS) long = true;
  }
  if (lines.length === 0) return;
  if (long) return appendThroughAppender(conn, table, columns, props, kept);
  const dir = await mkdtemp(join(tmpdir(), "chitieu-rows-"));
  const file = join(dir, "rows.ndjson");
  try {
    await writeFile(file, lines.join("\n"));
    await appendNdjsonFile(conn, table, columns, file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Appends the rows of a newline-delimited JSON file (one object a line, keyed by each column's
 * `from ?? name`, no line longer than LONG_ROW_CHARS) to `table`, in the file's order.
 */
export async function appendNdjsonFile(conn: DuckDBConnection, table: string, columns: readonly ColumnSpec[], file: string): Promise<void> {
  const types = columns.map((c) => `${sqlString(c.from ?? c.name)}: '${c.type}'`);
  await conn.run(
    `INSERT INTO ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(", ")})
     SELECT ${columns.map((c) => quoteIdent(c.from ?? c.name)).join(", ")}
     FROM read_json(${sqlString(file)}, format = 'newline_delimited', columns = {${[...new Set(types)].join(", ")}})`,
  );
}

/** Rows longer than this (in JSON characters) make a batch go through the appender. */
export const LONG_ROW_CHARS = 64 * 1024;

/** A value as the text DuckDB casts to the column's type, or null, as JSON would carry it. */
function asText(value: unknown): string | null {
  switch (typeof value) {
    case "string":
      return value;
    case "number":
      return Number.isFinite(value) ? String(value) : null;
    case "boolean":
    case "bigint":
      return String(value);
    case "object": {
      if (value === null) return null;
      const json = JSON.parse(JSON.stringify(value)) as unknown;
      return typeof json === "string" ? json : JSON.stringify(json);
    }
    default:
      return null;
  }
}

/** appendRows for batches with long rows: every value as text into a staging table, then cast. */
async function appendThroughAppender(conn: DuckDBConnection, table: string, columns: readonly ColumnSpec[], props: string[], rows: object[]): Promise<void> {
  const staging = `${table}__appended`;
  await conn.run(`CREATE OR REPLACE TABLE ${quoteIdent(staging)} (${props.map((p) => `${quoteIdent(p)} VARCHAR`).join(", ")})`);
  try {
    const appender = await conn.createAppender(staging);
    for (const row of rows) {
      for (const p of props) {
        const text = asText((row as Record<string, unknown>)[p]);
        if (text === null) appender.appendNull();
        else appender.appendVarchar(text);
      }
      appender.endRow();
    }
    appender.closeSync();
    await conn.run(
      `INSERT INTO ${quoteIdent(table)} (${columns.map((c) => quoteIdent(c.name)).join(", ")})
       SELECT ${columns.map((c) => `CAST(${quoteIdent(c.from ?? c.name)} AS ${c.type})`).join(", ")}
       FROM ${quoteIdent(staging)} ORDER BY rowid`,
    );
  } finally {
    await conn.run(`DROP TABLE IF EXISTS ${quoteIdent(staging)}`);
  }
}

/** Creates `table` with the given columns and appends the rows (missing keys become NULL). */
export async function insertRows(conn: DuckDBConnection, table: string, columns: readonly ColumnSpec[], rows: Iterable<object>): Promise<void> {
  await createTable(conn, table, columns);
  await appendRows(conn, table, columns, rows);
}

/** A string as a SQL literal. */
export const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** How an output's Parquet file is laid out. */
export interface ParquetLayout {
  /**
   * Rows per row group (DuckDB's default is 122.880). A file that pages read a unit at a time,
   * sorted by unit, has small ones: a page then fetches the row groups whose statistics may hold
   * its unit, not the whole file (docs/components/parquet.js, readUnitRows).
   */
  rowGroupRows?: number;
}

/** Runs `query` and returns its result as Parquet bytes (snappy, which the browser reader decodes natively; identical bytes for identical rows). */
export async function queryToParquet(conn: DuckDBConnection, query: string, { rowGroupRows }: ParquetLayout = {}): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), "chitieu-"));
  const file = join(dir, "out.parquet");
  try {
    const copy = `COPY (${query}) TO '${file.replaceAll("'", "''")}' (FORMAT parquet, COMPRESSION snappy${rowGroupRows ? `, ROW_GROUP_SIZE ${rowGroupRows}` : ""})`;
    if (!rowGroupRows) await conn.run(copy);
    else {
      // DuckDB cuts row groups where the query's batches end: a few thousand rows on several
      // threads came as one batch, and one row group, but in groups of 4.096 on one thread. With
      // verify_parallelism every batch is 2.048 rows, so the groups are the same on any number of
      // threads (determinism.test.ts). It is set on a connection of the copy's own, to leave the
      // run's as it was.
      const writer = await connectAgain(conn);
      try {
        await writer.run("PRAGMA verify_parallelism");
        await writer.run(copy);
      } finally {
        writer.closeSync();
      }
    }
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
