// Extraction is the one CPU-bound step in JavaScript: the 16,000 documents of a national run
// take a core for a quarter of a minute. Documents unchanged since the last run come from the
// cache (extraction-cache.ts), read by DuckDB; the others are split between worker threads, each
// taking a contiguous share and writing its figures to a file DuckDB reads (staged-figures.ts);
// every figure keeps its document's and its own place, so the outputs are the same bytes as from
// one thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Indicator } from "../ingest/catalog.ts";
import type { DocumentText } from "../ingest/documents.ts";
import { IndicatorMatcher } from "../extract/indicators.ts";
import { documentKey, extractorVersion, openExtractionCache } from "./extraction-cache.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appendNdjsonFile, appendRows, createTable, insertRows, LONG_ROW_CHARS, queryRows, type ColumnSpec } from "../db/duckdb.ts";
import { stageShare, STAGED_FIGURE_COLUMNS, type StagedShare } from "./staged-figures.ts";

/** Below this many characters per thread, starting a thread costs more than it saves. */
const MIN_CHARS_PER_THREAD = 2_000_000;
const MAX_THREADS = 4;

/** How many threads to use: CHITIEU_EXTRACT_THREADS if set, else by the size of the texts and the cores. */
export function extractionThreads(documents: DocumentText[]): number {
  const forced = Number(process.env.CHITIEU_EXTRACT_THREADS);
  if (Number.isInteger(forced) && forced >= 1) return Math.min(forced, Math.max(1, documents.length));
  const chars = documents.reduce((sum, d) => sum + d.text.length, 0);
  return Math.max(1, Math.min(availableParallelism(), MAX_THREADS, Math.floor(chars / MIN_CHARS_PER_THREAD)));
}

/** Contiguous shares of about equal size, in document order. */
export function shares(documents: DocumentText[], count: number): DocumentText[][] {
  const total = documents.reduce((sum, d) => sum + d.text.length, 0);
  const out: DocumentText[][] = [[]];
  let size = 0;
  for (const d of documents) {
    if (size >= (total / count) * out.length && out.length < count) out.push([]);
    out[out.length - 1].push(d);
    size += d.text.length;
  }
  return out.filter((share) => share.length > 0);
}

/** An extraction under way on worker threads; `cancel` stops it when the run fails before it is awaited. */
interface Extracting {
  done: Promise<StagedShare[]>;
  cancel(): void;
}

/** Starts extracting `documents` (their keys and places given) into staged NDJSON files under `dir`, on as many threads as extractionThreads() says. */
function startExtraction(documents: DocumentText[], keys: string[], places: number[], indicators: Indicator[], dir: string, log: (m: string) => void): Extracting {
  // Every document from the cache: no matcher to build (a quarter of a second of regular expressions).
  if (documents.length === 0) return { done: Promise.resolve([]), cancel: () => {} };
  const threads = extractionThreads(documents);
  if (threads <= 1) {
    // On this thread, when it is awaited: a small run gains nothing from a thread.
    let cancelled = false;
    return {
      done: Promise.resolve().then(() => (cancelled ? [] : [stageShare(documents, keys, places, new IndicatorMatcher(indicators), join(dir, "figures-0.ndjson"))])),
      cancel: () => (cancelled = true),
    };
  }
  log(`extracting ${documents.length} documents on ${threads} threads`);
  let first = 0;
  const workers: Worker[] = [];
  const done = Promise.all(
    shares(documents, threads).map((share, k) => {
      const from = first;
      first += share.length;
      const workerData = { indicators, documents: share, keys: keys.slice(from, first), places: places.slice(from, first), file: join(dir, `figures-${k}.ndjson`) };
      return new Promise<StagedShare>((resolve, reject) => {
        const worker = new Worker(new URL("./extract-worker.mjs", import.meta.url), { workerData });
        workers.push(worker);
        worker.once("message", (result: StagedShare) => {
          resolve(result);
          void worker.terminate();
        });
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (code !== 0) reject(new Error(`an extraction thread stopped with code ${code}`));
        });
      });
    }),
  );
  // A run that fails before awaiting this (a problem in the actuals) must not leave a rejection unhandled.
  done.catch(() => {});
  return { done, cancel: () => workers.forEach((w) => void w.terminate()) };
}

export { STAGED_FIGURE_COLUMNS };

/** A share's staged rows into figures_staged; rows too long for DuckDB's JSON reader go through appendRows' appender. */
async function appendStagedShare(conn: DuckDBConnection, share: StagedShare): Promise<void> {
  if (share.rows === 0) return;
  if (share.longestRow <= LONG_ROW_CHARS) return appendNdjsonFile(conn, "figures_staged", STAGED_FIGURE_COLUMNS, share.file);
  const rows = (await readFile(share.file, "utf8")).split("\n").map((line) => JSON.parse(line) as object);
  await appendRows(conn, "figures_staged", STAGED_FIGURE_COLUMNS, rows);
}

/** Figures on their way into figures_staged: extraction started, to be finished once the database is free for them. */
export interface FigureExtraction {
  /**
   * Waits for the extraction and puts every document's figures into the table figures_staged
   * (STAGED_FIGURE_COLUMNS): unchanged documents' straight from the cache file, the others from
   * the threads' files. doc_index and figure_index keep the order of the documents and of the
   * extractor's figures, so the tables are the same whatever ran meanwhile.
   *
   * `only`: a condition on a figure (alias c) that the figures taken from the cache must meet (a
   * scoped re-run's groups, scope.ts), applied only when every document comes from the cache: a
   * cache written again must hold every figure.
   */
  finish(only?: string): Promise<{ figures: number; skipped: number }>;
  /** Stops the threads and removes their files (the run failed before finish). */
  cancel(): Promise<void>;
}

/**
 * Starts extracting the documents the cache does not hold, on worker threads, and returns at
 * once: the caller reads the actuals into DuckDB meanwhile (a national run's extraction takes both
 * cores for ten seconds, and the actuals' reading leaves them half idle), then calls finish.
 */
export async function startFigures(conn: DuckDBConnection, documents: DocumentText[], indicators: Indicator[], dataDir: string, log: (m: string) => void): Promise<FigureExtraction> {
  const cache = await openExtractionCache(conn, dataDir);
  const version = extractorVersion(indicators);
  const keys = documents.map((d) => documentKey(version, d));
  const cached = keys.map((k) => cache?.known.has(k) ?? false);
  const hits = cached.filter(Boolean).length;
  if (hits > 0) log(`${hits} of ${documents.length} documents unchanged since the last run: their figures come from the cache`);
  const missing = documents.flatMap((_, k) => (cached[k] ? [] : [k]));
  // The extracted figures go to DuckDB through NDJSON files the extracting threads write
  // themselves: a national run's quarter of a million figures never become objects of this thread.
  const dir = await mkdtemp(join(tmpdir(), "chitieu-figures-"));
  const extracting = startExtraction(missing.map((k) => documents[k]), missing.map((k) => keys[k]), missing, indicators, dir, log);
  return {
    async cancel() {
      extracting.cancel();
      await extracting.done.catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
    async finish(only) {
      try {
        const staged = await extracting.done;
        const freshSkipped = staged.flatMap((s) => s.skipped);
        let next = 0;
        const documentRows = documents.map((_, k) =>
          cached[k]
            ? { document_key: keys[k], doc_index: k, skipped: cache!.known.get(keys[k]), cached: true }
            : { document_key: keys[k], doc_index: k, skipped: freshSkipped[next++], cached: false },
        );
        await insertRows(conn, "figure_documents", FIGURE_DOCUMENT_COLUMNS, documentRows);
        await createTable(conn, "figures_staged", STAGED_FIGURE_COLUMNS);
        await cache?.copyFigures(conn, "figure_documents", "figures_staged", missing.length === 0 ? only : undefined);
        for (const share of staged) await appendStagedShare(conn, share);
      } finally {
        extracting.cancel();
        await rm(dir, { recursive: true, force: true });
      }
      // Written again only when it would differ: a document extracted, or one it holds gone.
      if (cache && (missing.length > 0 || cache.known.size !== hits)) await cache.save(conn, "figure_documents", "figures_staged");
      const [{ figures, skipped }] = await queryRows<{ figures: number; skipped: number }>(
        conn,
        "SELECT (SELECT count(*) FROM figures_staged)::INTEGER AS figures, coalesce(sum(skipped), 0)::INTEGER AS skipped FROM figure_documents",
      );
      return { figures, skipped };
    },
  };
}

/** The figures of every document into figures_staged, extraction and all (startFigures, then finish). */
export async function extractFiguresInto(
  conn: DuckDBConnection, documents: DocumentText[], indicators: Indicator[], dataDir: string, log: (m: string) => void, only?: string,
): Promise<{ figures: number; skipped: number }> {
  return (await startFigures(conn, documents, indicators, dataDir, log)).finish(only);
}

const FIGURE_DOCUMENT_COLUMNS: ColumnSpec[] = [
  { name: "document_key", type: "VARCHAR" }, { name: "doc_index", type: "INTEGER" }, { name: "skipped", type: "INTEGER" }, { name: "cached", type: "BOOLEAN" },
];
