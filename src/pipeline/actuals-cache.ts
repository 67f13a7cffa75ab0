// The checked candidates of an actuals file depend only on its bytes, its name, the catalog and
// the reader's code. When a year of actuals is added, the national file beside it (a million
// rows, about eight seconds of CPU to read and check) has not changed: its candidates come from a
// Parquet file that DuckDB reads straight into actual_candidates (under a second). Only files the
// bulk reader vouched for (no problem, no warning: src/ingest/actuals-bulk.ts) are kept, so a
// file with problems is always read again and its problems reported. The cache sits beside the
// extraction cache (CHITIEU_CACHE, off with CHITIEU_CACHE=off) and holds only the last run's
// files of each data folder.
import type { DuckDBConnection } from "@duckdb/node-api";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { queryRows, quoteIdent, sqlString } from "../db/duckdb.ts";
import { ACTUAL_CANDIDATE_COLUMNS, readActualsFileInBulk, readActualsIntoDb } from "../ingest/actuals-bulk.ts";
import type { ActualsContext } from "../ingest/actuals.ts";
import type { Problem } from "../ingest/problems.ts";
import { cacheDir } from "./extraction-cache.ts";
import { codeDigest } from "./dependencies.ts";

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(p).update("\u0000");
  return hash.digest("hex");
};

/** The catalog's files (provinces and their spellings, indicators and units): the checks read them. */
function catalogDigest(dataDir: string): string {
  const dir = join(dataDir, "catalog");
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  return sha256(...names.flatMap((n) => [n, readFileSync(join(dir, n))]));
}

const COLUMNS = ACTUAL_CANDIDATE_COLUMNS.map((c) => quoteIdent(c.name)).join(", ");

async function candidateCount(conn: DuckDBConnection): Promise<number> {
  const [{ n }] = await queryRows<{ n: number }>(conn, "SELECT count(*)::INTEGER AS n FROM actual_candidates");
  return n;
}

/**
 * A scoped re-run (scope.ts) narrows the cached files' rows: called once every file that is not
 * in the cache has been read (the changed files among them, unless a failed run cached them:
 * those named in `whole` are read whole from the cache too), it returns a condition on the
 * candidates' columns (alias c), or null for every row.
 */
export interface Narrowing {
  whole: Set<string>;
  condition(): Promise<string | null>;
}

/**
 * Reads every actuals file into actual_candidates, as readActualsIntoDb does, taking the
 * candidates of unchanged files from the cache. Returns the number of rows read.
 */
export async function readActualsCached(
  conn: DuckDBConnection, files: string[], ctx: ActualsContext, problems: Problem[], dataDir: string, log: (m: string) => void = () => {}, dir = cacheDir(),
  narrowing?: Narrowing,
): Promise<number> {
  if (dir === null) {
    const rows = await readActualsIntoDb(conn, files, ctx, problems);
    await narrowing?.condition();
    return rows;
  }
  const folder = dir;
  const prefix = `actuals-${sha256(resolve(dataDir)).slice(0, 16)}-`;
  const version = sha256(codeDigest(), catalogDigest(dataDir));
  const used = new Set<string>();
  let rows = 0;
  let fromCache = 0;
  // With a narrowing, the cached files are read last (the table's row order means nothing).
  const later: { file: string; cached: string }[] = [];
  const fromCacheFile = async (cached: string, condition: string | null): Promise<boolean> => {
    const before = await candidateCount(conn);
    try {
      await conn.run(`INSERT INTO actual_candidates (${COLUMNS}) SELECT ${COLUMNS} FROM read_parquet(${sqlString(cached)}) c${condition ? ` WHERE ${condition}` : ""}`);
      rows += (await candidateCount(conn)) - before;
      fromCache++;
      return true;
    } catch {
      // A cache file that cannot be read (cut short, another version): the file is read again.
      return false;
    }
  };
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      rows += await readActualsIntoDb(conn, [file], ctx, problems); // it reports why it cannot be read
      continue;
    }
    const cached = join(dir, `${prefix}${sha256(version, basename(file), bytes).slice(0, 32)}.parquet`);
    used.add(basename(cached));
    if (existsSync(cached)) {
      if (narrowing && !narrowing.whole.has(basename(file))) {
        later.push({ file, cached });
        continue;
      }
      if (await fromCacheFile(cached, null)) continue;
    }
    rows += await readChecked(file, cached);
  }
  if (narrowing) {
    const condition = await narrowing.condition();
    for (const { file, cached } of later) if (!(await fromCacheFile(cached, condition))) rows += await readChecked(file, cached);
  }
  if (fromCache > 0) log(`${fromCache} of ${files.length} actuals files unchanged since the last run: their rows come from the cache`);
  // Only the last run's files of this data folder are kept.
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (name.startsWith(prefix) && name.endsWith(".parquet") && !used.has(name)) rmSync(join(dir, name), { force: true });
  }
  return rows;

  /** Reads and checks one file, and keeps its rows in the cache when the bulk reader vouched for them. */
  async function readChecked(file: string, cached: string): Promise<number> {
    const before = await candidateCount(conn);
    const bulk = await readActualsFileInBulk(conn, file, ctx);
    if (bulk === null) return readActualsIntoDb(conn, [file], ctx, problems);
    const temporary = `${cached}.${process.pid}.tmp`;
    try {
      mkdirSync(folder, { recursive: true });
      // The rows this file added: a table appended to only has row ids 0, 1, 2, … Their order
      // does not matter (each carries its line; nothing reads the candidates in table order).
      // Uncompressed: written and read again in half the CPU time of snappy.
      await conn.run(`COPY (SELECT ${COLUMNS} FROM actual_candidates WHERE rowid >= ${before}) TO ${sqlString(temporary)} (FORMAT parquet, COMPRESSION uncompressed)`);
      renameSync(temporary, cached);
    } catch {
      rmSync(temporary, { force: true }); // a cache that cannot be written only costs time
    }
    return bulk;
  }
}
