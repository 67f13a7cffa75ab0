// What a data loader gets: where the inputs are, a log, and the validated inputs loaded once
// into DuckDB. The pipeline shares one context between all loaders; a loader run alone makes
// its own.
import type { DuckDBConnection } from "@duckdb/node-api";
import { resolve } from "node:path";
import { loadInputs, type Inputs } from "./inputs.ts";
import { openDatabase } from "../db/duckdb.ts";
import { loadWarehouse } from "./warehouse.ts";

export interface LoaderContext {
  dataDir: string;
  log: (message: string) => void;
  inputs(): Promise<Inputs>;
  db(): Promise<DuckDBConnection>;
}

export function defaultDataDir(): string {
  return resolve(process.env.CHITIEU_DATA ?? "data");
}

export function createContext(dataDir = defaultDataDir(), log: (m: string) => void = () => {}): LoaderContext {
  let inputs: Promise<Inputs> | undefined;
  let db: Promise<DuckDBConnection> | undefined;
  // One database holds the inputs (the actuals are read straight into it) and everything derived.
  let opened: Promise<DuckDBConnection> | undefined;
  const connection = () => (opened ??= openDatabase());
  const context: LoaderContext = {
    dataDir,
    log,
    inputs: () => (inputs ??= (async () => loadInputs(dataDir, log, await connection()))()),
    db: () =>
      (db ??= (async () => {
        const conn = await connection();
        await loadWarehouse(conn, await context.inputs(), log);
        return conn;
      })()),
  };
  return context;
}
