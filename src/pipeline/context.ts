// What a data loader gets: where the inputs are, a log, and the validated inputs loaded once
// into DuckDB. The pipeline shares one context between all loaders; a loader run alone makes
// its own.
import type { DuckDBConnection } from "@duckdb/node-api";
import { resolve } from "node:path";
import { loadInputs } from "./inputs.ts";
import { connectAgain, openDatabase } from "../db/duckdb.ts";
import { loadWarehouse } from "./warehouse.ts";
import { threadsSetting } from "./run-info.ts";
import type { ScopePlan } from "./scope.ts";

export interface LoaderContext {
  dataDir: string;
  log: (message: string) => void;
  /** The database with the validated inputs and the measures, made once and shared. */
  db(): Promise<DuckDBConnection>;
  /**
   * The same database as soon as the inputs' tables are in it (documents, figures, catalogs),
   * before the actuals are ranked and the measures computed: for a loader that reads only those
   * (the documents' pages), so that it runs beside that work. Without it, use db().
   */
  tables?(): Promise<DuckDBConnection>;
  /** Whether the database holds only the changed actuals' unit groups (scope.ts): outputs are then spliced. */
  scoped?(): Promise<boolean>;
}

export function defaultDataDir(): string {
  return resolve(process.env.CHITIEU_DATA ?? "data");
}

export interface DatabaseSettings {
  /** DuckDB's threads (default: CHITIEU_THREADS, else every core). */
  threads?: number;
  /**
   * Tests only: DuckDB splits every table scan into tasks of 2.048 rows instead of 122.880
   * (PRAGMA verify_parallelism), so that the measures' tables of a few thousand rows are shared
   * between threads too, as a national run's are.
   */
  splitSmallScans?: boolean;
  /** A re-run for the changed actuals' unit groups only, when the run allows it (scope.ts). */
  scope?: ScopePlan | null;
}

export function createContext(dataDir = defaultDataDir(), log: (m: string) => void = () => {}, settings: DatabaseSettings = {}): LoaderContext {
  let db: Promise<DuckDBConnection> | undefined;
  let scoped = false;
  let tablesLoaded: (conn: DuckDBConnection) => void = () => {};
  let tablesFailed: (error: unknown) => void = () => {};
  const tables = new Promise<DuckDBConnection>((resolve, reject) => {
    tablesLoaded = resolve;
    tablesFailed = reject;
  });
  // A run that fails before its tables are loaded rejects both promises; db()'s caller reports it.
  tables.catch(() => {});
  const context: LoaderContext = {
    dataDir,
    log,
    scoped: async () => {
      await context.db();
      return scoped;
    },
    // One database holds the inputs (the actuals are read straight into it) and everything
    // derived. The JavaScript copies of the inputs are not kept: once in the database, a
    // national run's figures and texts would only hold memory.
    db: () =>
      (db ??= (async () => {
        try {
          const conn = await openDatabase({ threads: settings.threads ?? threadsSetting() });
          if (settings.splitSmallScans) await conn.run("PRAGMA verify_parallelism");
          scoped = await loadWarehouse(conn, await loadInputs(dataDir, log, conn, settings.scope ?? null), log, undefined, () => tablesLoaded(conn));
          return conn;
        } catch (error) {
          tablesFailed(error);
          throw error;
        }
      })()),
    tables: () => {
      context.db().catch(() => {});
      return tables;
    },
  };
  return context;
}

/**
 * The same inputs and tables as `context`, through a connection of its own, so that a loader can
 * run its statements while another loader runs on `context`'s (run.ts). The connection sees the
 * tables, not `context`'s TEMP tables: a scoped run (scope.ts), whose tables those are, computes no
 * loader here but a kept one.
 */
export function besideContext(context: LoaderContext): LoaderContext {
  let db: Promise<DuckDBConnection> | undefined;
  let tables: Promise<DuckDBConnection> | undefined;
  return {
    ...context,
    db: () => (db ??= context.db().then(connectAgain)),
    ...(context.tables && { tables: () => (tables ??= context.tables!().then(connectAgain)) }),
  };
}
