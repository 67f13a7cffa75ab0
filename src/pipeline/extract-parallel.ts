// Extraction is the one CPU-bound step in JavaScript: the 16,000 documents of a national run
// take a core for a quarter of a minute. Documents unchanged since the last run come from the
// cache (extraction-cache.ts), read by DuckDB; the others are split between worker threads, each
// taking a contiguous share and writing its figures to a file DuckDB reads (staged-figures.ts);
// every figure keeps its document's and its own place, so the outputs are the same bytes as from
// one thread. The threads are started before the actuals are read and awaited after
// (startExtraction, then into): the two kinds of work share the cores.
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
import { extractionWorker } from "./extract-worker-bundle.ts";

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

/** The threads' work under way: what they staged, once all are done; `stop` ends them early. */
interface Extraction {
  staged: Promise<StagedShare[]>;
  stop: () => Promise<void>;
}

/**
 * Starts extracting `documents` (their keys and places given) into staged NDJSON files under `dir`,
 * on as many threads as extractionThreads() says. On one thread the work is done here and now.
 */
async function startEach(documents: DocumentText[], keys: string[], places: number[], indicators: Indicator[], dir: string, log: (m: string) => void): Promise<Extraction> {
  const done = (staged: StagedShare[]): Extraction => ({ staged: Promise.resolve(staged), stop: async () => {} });
  // Every document from the cache: no matcher to build (a quarter of a second of regular expressions).
  if (documents.length === 0) return done([]);
  const threads = extractionThreads(documents);
  if (threads <= 1) return done([stageShare(documents, keys, places, new IndicatorMatcher(indicators), join(dir, "figures-0.ndjson"))]);
  log(`extracting ${documents.length} documents on ${threads} threads`);
  const entry = await extractionWorker(dir, log);
  const workers: Worker[] = [];
  let first = 0;
  const staged = Promise.all(
    shares(documents, threads).map((share, k) => {
      const from = first;
      first += share.length;
      const workerData = { indicators, documents: share, keys: keys.slice(from, first), places: places.slice(from, first), file: join(dir, `figures-${k}.ndjson`) };
      return new Promise<StagedShare>((resolve, reject) => {
        const worker = new Worker(entry, { workerData });
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
  // A run that fails before it waits for the threads (a problem in the actuals) stops them: no
  // rejection is left unhandled, and no thread keeps a core busy for a run that is over.
  staged.catch(() => {});
  return { staged, stop: async () => void (await Promise.all(workers.map((w) => w.terminate()))) };
}

export { STAGED_FIGURE_COLUMNS };

/** A share's staged rows into figures_staged; rows too long for DuckDB's JSON reader go through appendRows' appender. */
async function appendStagedShare(conn: DuckDBConnection, share: StagedShare): Promise<void> {
  if (share.rows === 0) return;
  if (share.longestRow <= LONG_ROW_CHARS) return appendNdjsonFile(conn, "figures_staged", STAGED_FIGURE_COLUMNS, share.file);
  const rows = (await readFile(share.file, "utf8")).split("\n").map((line) => JSON.parse(line) as object);
  await appendRows(conn, "figures_staged", STAGED_FIGURE_COLUMNS, rows);
}

/** Figures being extracted (startExtraction): `into` puts them into the database, `stop` gives them up. */
export interface FiguresUnderWay {
  /**
   * The figures of every document into the table figures_staged (STAGED_FIGURE_COLUMNS):
   * unchanged documents' straight from the cache file, the others from the threads. doc_index
   * and figure_index keep the order of the documents and of the extractor's figures.
   *
   * `only`: a condition on a figure (alias c) that the figures taken from the cache must meet (a
   * scoped re-run's groups, scope.ts), applied only when every document comes from the cache: a
   * cache written again must hold every figure.
   */
  into(conn: DuckDBConnection, only?: string): Promise<{ figures: number; skipped: number }>;
  /** Ends the threads and removes their files (a run that failed before it needed the figures). */
  stop(): Promise<void>;
}

/**
 * Starts the extraction of the documents the cache does not hold, on threads of their own, and
 * returns at once: the caller reads the actuals meanwhile (DuckDB's reader leaves a core idle
 * part of the time, and the threads fill it), then calls `into`. Only `conn`'s first statements
 * (the cache's index) run here.
 */
export async function startExtraction(conn: DuckDBConnection, documents: DocumentText[], indicators: Indicator[], dataDir: string, log: (m: string) => void): Promise<FiguresUnderWay> {
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
  const removeDir = () => rm(dir, { recursive: true, force: true });
  let extraction: Extraction;
  try {
    extraction = await startEach(missing.map((k) => documents[k]), missing.map((k) => keys[k]), missing, indicators, dir, log);
  } catch (error) {
    await removeDir();
    throw error;
  }
  return {
    stop: async () => {
      await extraction.stop();
      await removeDir();
    },
    async into(conn, only) {
      try {
        const staged = await extraction.staged;
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
        await extraction.stop();
        await removeDir();
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

/** startExtraction, then its figures into the database at once (a caller with nothing to do meanwhile). */
export async function extractFiguresInto(
  conn: DuckDBConnection, documents: DocumentText[], indicators: Indicator[], dataDir: string, log: (m: string) => void, only?: string,
): Promise<{ figures: number; skipped: number }> {
  return (await startExtraction(conn, documents, indicators, dataDir, log)).into(conn, only);
}

const FIGURE_DOCUMENT_COLUMNS: ColumnSpec[] = [
  { name: "document_key", type: "VARCHAR" }, { name: "doc_index", type: "INTEGER" }, { name: "skipped", type: "INTEGER" }, { name: "cached", type: "BOOLEAN" },
];
