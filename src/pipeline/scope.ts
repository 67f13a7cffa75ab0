// The yearly re-run for only the provinces whose actuals changed. When nothing but files of
// yearly actuals changed since the current set (same code, catalog, documents, reviews, typed
// targets and as-of date), every output that reads the actuals is computed again only for the
// unit groups those files touch, and spliced into the current set's file: its rows of the other
// groups are kept, the new rows take the place of the old, and the whole is ordered on the
// output's total key again, so the file is byte-identical to a run from nothing
// (tests/unit/scope.test.ts).
//
// A unit group is a new unit of the 2025 merger with the old provinces it was made of: the
// merger's sums and the same-territory series cross old provinces, but every measure and output
// is local to one group (each table is keyed by unit set and province, the merged values by the
// new unit and its parts). The two facts that are not (the first and last year of all actuals,
// read by the coverage grid and the overview) are taken before the tables are cut down
// (actual_years in warehouse.ts). Anything else (a term-results file, a changed catalog or
// document, another as-of date or code) runs everything.
import type { DuckDBConnection } from "@duckdb/node-api";
import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import { insertRows, queryRows, queryToParquet, type ParquetLayout } from "../db/duckdb.ts";
import { sqlFile } from "../db/sql-file.ts";
import { dependencyKey, type FileDigests, type InputGroup } from "./dependencies.ts";
import type { RunInfo } from "./run-info.ts";
import { isParameterized, isParameterizedPath, type Loader } from "./loader.ts";
import { routeFiles } from "../ingest/file-kinds.ts";
import { csvFilesIn } from "../ingest/files.ts";
import { DataFolder } from "../ingest/safe-path.ts";

export interface ScopePlan {
  /** The current set's folder: its files are spliced. */
  previous: string;
  /** Names (in data/actuals/) of the actuals files added, changed or removed since the current set. */
  changedFiles: string[];
}

/** The files of data/actuals/ that are term results (their rows are not all in the actuals' outputs). */
export function termResultFiles(dataDir: string): string[] {
  const folder = new DataFolder(dataDir);
  // Only regular files are read; the run itself reports anything else.
  return routeFiles(folder.filter(csvFilesIn(join(dataDir, "actuals")), []), []).term_results.map((f) => basename(f)).sort();
}

const ACTUALS = "actuals/";

/**
 * Whether this run can be one for the changed actuals' groups only, and which files changed;
 * null when it must compute everything.
 */
export function planScope(args: {
  current: string | null;
  recorded: RunInfo | null;
  groups: Record<InputGroup, string>;
  /** Every regular file's digest, by path in the data folder (dependencies.ts, groupDigests). */
  files: FileDigests;
  termResults: string[];
  asOf: string;
  loaders: Loader[];
}): ScopePlan | null {
  const { current, recorded, groups, files, termResults, asOf, loaders } = args;
  if (process.env.CHITIEU_SCOPE === "off") return null;
  if (!current || !recorded?.groups || !recorded.term_results_files || !recorded.dependencies || recorded.as_of !== asOf) return null;
  for (const g of Object.keys(groups) as InputGroup[]) if (g !== "actuals" && recorded.groups[g] !== groups[g]) return null;
  // The actuals files, as the run records them (run-info.ts, inputFiles: data/actuals/*.csv).
  const actualsFile = (p: string) => p.startsWith(ACTUALS) && !p.slice(ACTUALS.length).includes("/") && p.toLowerCase().endsWith(".csv");
  const before = new Map(recorded.inputs.filter((i) => actualsFile(i.path)).map((i) => [i.path, i.sha256]));
  const now = new Map([...files].filter(([p]) => actualsFile(p)).map(([p, d]) => [p, d.sha256]));
  const changed = [...new Set([...before.keys(), ...now.keys()])].filter((p) => before.get(p) !== now.get(p));
  if (changed.length === 0) return null;
  const names = changed.map((p) => p.slice(ACTUALS.length));
  // A term-results file, before or after, holds period results no actuals output keeps.
  if (names.some((n) => termResults.includes(n) || recorded.term_results_files!.includes(n))) return null;
  for (const loader of loaders) {
    const kept = recorded.dependencies[loader.output] === dependencyKey(loader.output, groups, asOf);
    // An output that cannot be spliced must be one that is kept (the same code, the same inputs),
    // and every file the current set lists for it must be there to be kept or spliced.
    if (!kept && (isParameterized(loader) || !loader.splice)) return null;
    const files = isParameterized(loader) ? recorded.outputs.filter((f) => isParameterizedPath(loader.output, f)) : [loader.output];
    if (!files.every((f) => existsSync(join(current, f)))) return null;
  }
  return { previous: current, changedFiles: names.sort() };
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** The catalog's units: a unit set, a code and, for the 63 provinces, the new unit they joined. */
export interface ScopeUnit {
  units: string;
  code: string;
  unit_2025_code: string | null;
}

/**
 * Decides the unit groups of a scoped run, once every changed actuals file has been read into
 * actual_candidates (actuals-cache.ts, Narrowing), and takes the actuals' first and last year
 * (actual_years). Returns false, for a run over every province, when the changed files touch
 * every group or move the first or last year (the coverage grid's years).
 */
export async function beginScope(conn: DuckDBConnection, plan: ScopePlan, provinces: ScopeUnit[], log: (m: string) => void): Promise<boolean> {
  await insertRows(conn, "scope_provinces", [{ name: "units", type: "VARCHAR" }, { name: "code", type: "VARCHAR" }, { name: "unit_2025_code", type: "VARCHAR" }], provinces);
  await conn.run(`CREATE OR REPLACE TEMP TABLE scope_changed_files AS SELECT unnest(${listOf(plan.changedFiles)}::VARCHAR[]) AS file`);
  await conn.run(`CREATE OR REPLACE TEMP VIEW previous_candidates AS SELECT units, province_code, file, year FROM read_parquet(${sqlString(join(plan.previous, "actuals_candidates.parquet"))})`);
  await conn.run(sqlFile(new URL("./sql/scope.sql", import.meta.url)));
  const [{ scoped, all, same_years }] = await queryRows<{ scoped: number; all: number; same_years: boolean }>(
    conn,
    `SELECT (SELECT count(*) FROM scope_groups)::INTEGER AS scoped,
       (SELECT count(DISTINCT CASE WHEN units = '63' THEN coalesce(unit_2025_code, code) ELSE code END) FROM scope_provinces)::INTEGER AS all,
       (SELECT min(year) FROM previous_candidates) IS NOT DISTINCT FROM y.min_year AND (SELECT max(year) FROM previous_candidates) IS NOT DISTINCT FROM y.max_year AS same_years
     FROM actual_years y`,
  );
  if (scoped >= all) {
    log(`the changed actuals files touch every province: everything is computed again`);
    return false;
  }
  // The coverage grid has a row for every year of all actuals: when the first or last year
  // moves, every province's rows change.
  if (!same_years) {
    log(`the changed actuals files move the first or last year of the actuals: everything is computed again`);
    return false;
  }
  // The groups' units as constants, so that a scan of a current file, sorted by unit set and
  // province, skips the row groups of other provinces (inScope).
  const units = await queryRows<{ units: string; codes: string[] }>(conn, "SELECT units, list(province_code ORDER BY province_code) AS codes FROM scope_units GROUP BY units ORDER BY units");
  const predicate = units.map((u) => `(u = ${sqlString(u.units)} AND c IN (${u.codes.map(sqlString).join(", ")}))`).join(" OR ") || "false";
  // A row without a unit set or code (none, once the inputs are checked) is in no group: always computed.
  await conn.run(`CREATE OR REPLACE MACRO in_scope(u, c) AS CASE WHEN u IS NULL OR c IS NULL THEN true ELSE ${predicate} END`);
  const groups = await queryRows<{ g: string }>(conn, "SELECT unit_group AS g FROM scope_groups ORDER BY 1");
  log(`only the actuals of ${plan.changedFiles.join(", ")} changed: computing the unit groups ${groups.map((u) => u.g).join(", ")} (${scoped} of ${all}) and keeping the others' rows`);
  return true;
}

/** A row (of alias `alias`) of the unit groups computed again (the macro beginScope makes). */
export const inScope = (alias: string) => `in_scope(${alias}.units, ${alias}.province_code)`;

/** Cuts tables down to the scoped run's unit groups. */
export async function narrowTables(conn: DuckDBConnection, tables: string[]): Promise<void> {
  for (const table of tables) await conn.run(`DELETE FROM ${table} t WHERE NOT ${inScope("t")}`);
}

function listOf(values: string[]): string {
  return `[${values.map(sqlString).join(", ")}]`;
}

/** A row of the previous file (alias p) outside the groups computed again. */
export const KEPT_ROW = `NOT ${inScope("p")}`;

/** The previous file's rows (alias p) with the columns and types `query` gives, in its order. */
export async function previousRows(conn: DuckDBConnection, query: string, previousFile: string, except: string[] = []): Promise<string> {
  const columns = await queryRows<{ column_name: string; column_type: string }>(conn, `DESCRIBE (${query})`);
  const list = columns.filter((c) => !except.includes(c.column_name)).map((c) => `p."${c.column_name.replaceAll('"', '""')}"::${c.column_type} AS "${c.column_name.replaceAll('"', '""')}"`);
  return `SELECT ${list.join(", ")} FROM read_parquet(${sqlString(previousFile)}) p`;
}

/**
 * Whether the scoped groups' rows of the previous file (`previousScoped`, a query) are those of
 * `query`, as a multiset. Compared as text, which tells apart what equality does not (-0 and 0).
 */
export async function sameRows(conn: DuckDBConnection, query: string, previousScoped: string): Promise<boolean> {
  // One grouping of both sides (an EXCEPT ALL each way costs several times more).
  const [{ n }] = await queryRows<{ n: number }>(
    conn,
    `SELECT count(*)::INTEGER AS n FROM (
       SELECT COLUMNS(* EXCLUDE (side__)), sum(side__) FROM (
         SELECT 1 AS side__, CAST(COLUMNS(*) AS VARCHAR) FROM (${previousScoped})
         UNION ALL BY NAME
         SELECT -1 AS side__, CAST(COLUMNS(*) AS VARCHAR) FROM (${query})
       ) GROUP BY ALL HAVING sum(side__) <> 0)`,
  );
  return n === 0;
}

/**
 * The file of a query loader for a scoped run: the previous file's rows of the other groups and
 * the query's rows (of the groups computed again), ordered on the output's total key. When the
 * groups' rows are the ones the previous file has, the file is the previous one (null), byte for byte.
 */
export async function spliceQuery(conn: DuckDBConnection, query: string, order: string, previousFile: string, layout: ParquetLayout = {}): Promise<Uint8Array | null> {
  const previous = await previousRows(conn, query, previousFile);
  if (await sameRows(conn, query, `${previous} WHERE ${inScope("p")}`)) return null;
  return queryToParquet(conn, `SELECT * FROM (${previous} WHERE ${KEPT_ROW} UNION ALL SELECT * FROM (${query})) ORDER BY ${order}`, layout);
}
