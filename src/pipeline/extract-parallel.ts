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

/** Extracts `documents` (their keys and places given) into staged NDJSON files under `dir`, on as many threads as extractionThreads() says. */
async function extractEach(documents: DocumentText[], keys: string[], places: number[], indicators: Indicator[], dir: string, log: (m: string) => void): Promise<StagedShare[]> {
  // Every document from the cache: no matcher to build (a quarter of a second of regular expressions).
  if (documents.length === 0) return [];
  const threads = extractionThreads(documents);
  if (threads <= 1) return [stageShare(documents, keys, places, new IndicatorMatcher(indicators), join(dir, "figures-0.ndjson"))];
  log(`extracting ${documents.length} documents on ${threads} threads`);
  const entry = await extractionWorker(dir, log);
  let first = 0;
  return Promise.all(
    shares(documents, threads).map((share, k) => {
      const from = first;
      first += share.length;
      const workerData = { indicators, documents: share, keys: keys.slice(from, first), places: places.slice(from, first), file: join(dir, `figures-${k}.ndjson`) };
      return new Promise<StagedShare>((resolve, reject) => {
        const worker = new Worker(entry, { workerData });
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
}

export { STAGED_FIGURE_COLUMNS };

/** A share's staged rows into figures_staged; rows too long for DuckDB's JSON reader go through appendRows' appender. */
async function appendStagedShare(conn: DuckDBConnection, share: StagedShare): Promise<void> {
  if (share.rows === 0) return;
  if (share.longestRow <= LONG_ROW_CHARS) return appendNdjsonFile(conn, "figures_staged", STAGED_FIGURE_COLUMNS, share.file);
  const rows = (await readFile(share.file, "utf8")).split("\n").map((line) => JSON.parse(line) as object);
  await appendRows(conn, "figures_staged", STAGED_FIGURE_COLUMNS, rows);
}

/**
 * The figures of every document into the table figures_staged (STAGED_FIGURE_COLUMNS):
 * unchanged documents' straight from the cache file, the others extracted here. doc_index and
 * figure_index keep the order of the documents and of the extractor's figures.
 */
/**
 * `only`: a condition on a figure (alias c) that the figures taken from the cache must meet (a
 * scoped re-run's groups, scope.ts), applied only when every document comes from the cache: a
 * cache written again must hold every figure.
 */
export async function extractFiguresInto(
  conn: DuckDBConnection, documents: DocumentText[], indicators: Indicator[], dataDir: string, log: (m: string) => void, only?: string,
): Promise<{ figures: number; skipped: number }> {
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
  try {
    const staged = await extractEach(missing.map((k) => documents[k]), missing.map((k) => keys[k]), missing, indicators, dir, log);
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
    await rm(dir, { recursive: true, force: true });
  }
  // Written again only when it would differ: a document extracted, or one it holds gone.
  if (cache && (missing.length > 0 || cache.known.size !== hits)) await cache.save(conn, "figure_documents", "figures_staged");
  const [{ figures, skipped }] = await queryRows<{ figures: number; skipped: number }>(
    conn,
    "SELECT (SELECT count(*) FROM figures_staged)::INTEGER AS figures, coalesce(sum(skipped), 0)::INTEGER AS skipped FROM figure_documents",
  );
  return { figures, skipped };
}

const FIGURE_DOCUMENT_COLUMNS: ColumnSpec[] = [
  { name: "document_key", type: "VARCHAR" }, { name: "doc_index", type: "INTEGER" }, { name: "skipped", type: "INTEGER" }, { name: "cached", type: "BOOLEAN" },
];
