// Extraction is the one CPU-bound step in JavaScript: the 16,000 documents of a national run
// take a core for a quarter of a minute. Documents unchanged since the last run come from the
// cache (extraction-cache.ts), read by DuckDB; the others are split between worker threads, each
// taking a contiguous share, so the figures come back in document order and the outputs are the
// same bytes as from one thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Indicator } from "../ingest/catalog.ts";
import type { DocumentText } from "../ingest/documents.ts";
import { IndicatorMatcher } from "../extract/indicators.ts";
import { extractDocument, type FigureRow } from "./figures.ts";
import { documentKey, extractorVersion, openExtractionCache } from "./extraction-cache.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRows, createTable, insertRows, queryRows, type ColumnSpec } from "../db/duckdb.ts";
import { TABLES } from "./tables.ts";

/** The figures of one document and how many of its numbers were not read as figures. */
interface Extraction {
  figures: FigureRow[];
  skipped: number;
}

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

/** One result per document, in order, on as many threads as extractionThreads() says. */
async function extractEach(documents: DocumentText[], indicators: Indicator[], log: (m: string) => void): Promise<Extraction[]> {
  // Every document from the cache: no matcher to build (a quarter of a second of regular expressions).
  if (documents.length === 0) return [];
  const threads = extractionThreads(documents);
  if (threads <= 1) {
    const matcher = new IndicatorMatcher(indicators);
    return documents.map((d) => extractDocument(d, matcher));
  }
  log(`extracting ${documents.length} documents on ${threads} threads`);
  const results = await Promise.all(
    shares(documents, threads).map(
      (share) =>
        new Promise<Extraction[]>((resolve, reject) => {
          const worker = new Worker(new URL("./extract-worker.mjs", import.meta.url), { workerData: { indicators, documents: share } });
          worker.once("message", (result: Extraction[]) => {
            resolve(result);
            void worker.terminate();
          });
          worker.once("error", reject);
          worker.once("exit", (code) => {
            if (code !== 0) reject(new Error(`an extraction thread stopped with code ${code}`));
          });
        }),
    ),
  );
  return results.flat();
}

/** The table the figures are staged in: the figures table's columns, each with its document's key and place. */
export const STAGED_FIGURE_COLUMNS: ColumnSpec[] = [
  { name: "document_key", type: "VARCHAR" }, { name: "doc_index", type: "INTEGER" }, { name: "figure_index", type: "INTEGER" }, ...TABLES.figures,
];

/**
 * The figures of every document into the table figures_staged (STAGED_FIGURE_COLUMNS):
 * unchanged documents' straight from the cache file, the others extracted here. doc_index and
 * figure_index keep the order of the documents and of the extractor's figures.
 */
export async function extractFiguresInto(conn: DuckDBConnection, documents: DocumentText[], indicators: Indicator[], dataDir: string, log: (m: string) => void): Promise<{ figures: number; skipped: number }> {
  const cache = await openExtractionCache(conn, dataDir);
  const version = extractorVersion(indicators);
  const keys = documents.map((d) => documentKey(version, d));
  const cached = keys.map((k) => cache?.known.has(k) ?? false);
  const hits = cached.filter(Boolean).length;
  if (hits > 0) log(`${hits} of ${documents.length} documents unchanged since the last run: their figures come from the cache`);
  const missing = documents.filter((_, k) => !cached[k]);
  const fresh = await extractEach(missing, indicators, log);

  let next = 0;
  const freshFigures: object[] = [];
  const documentRows = documents.map((_, k) => {
    if (cached[k]) return { document_key: keys[k], doc_index: k, skipped: cache!.known.get(keys[k]), cached: true };
    const result = fresh[next++];
    result.figures.forEach((f, figure_index) => freshFigures.push(Object.assign(f, { document_key: keys[k], doc_index: k, figure_index })));
    return { document_key: keys[k], doc_index: k, skipped: result.skipped, cached: false };
  });
  await insertRows(conn, "figure_documents", FIGURE_DOCUMENT_COLUMNS, documentRows);
  await createTable(conn, "figures_staged", STAGED_FIGURE_COLUMNS);
  await cache?.copyFigures(conn, "figure_documents", "figures_staged");
  await appendRows(conn, "figures_staged", STAGED_FIGURE_COLUMNS, freshFigures);
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
