// Extraction is the one CPU-bound step in JavaScript: the 16,000 documents of a national run
// take a core for a quarter of a minute. Documents unchanged since the last run come from the
// cache (extraction-cache.ts); the others are split between worker threads, each taking a
// contiguous share, so the figures come back in document order and the outputs are the same
// bytes as from one thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Indicator } from "../ingest/catalog.ts";
import type { DocumentText } from "../ingest/documents.ts";
import { IndicatorMatcher } from "../extract/indicators.ts";
import { extractDocument, type FigureRow } from "./figures.ts";
import { openExtractionCache, type CachedExtraction } from "./extraction-cache.ts";

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
async function extractEach(documents: DocumentText[], indicators: Indicator[], log: (m: string) => void): Promise<CachedExtraction[]> {
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
        new Promise<CachedExtraction[]>((resolve, reject) => {
          const worker = new Worker(new URL("./extract-worker.mjs", import.meta.url), { workerData: { indicators, documents: share } });
          worker.once("message", (result: CachedExtraction[]) => {
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

/** The figures of every document, in document order; unchanged documents from the cache. */
export async function extractDocuments(documents: DocumentText[], indicators: Indicator[], dataDir: string, log: (m: string) => void): Promise<{ figures: FigureRow[]; skipped: number }> {
  const cache = openExtractionCache(dataDir, indicators);
  const cached = documents.map((d) => cache?.get(d));
  const missing = documents.filter((_, k) => cached[k] === undefined);
  if (cache && cache.hits > 0) log(`${cache.hits} of ${documents.length} documents unchanged since the last run: their figures come from the cache`);
  const fresh = await extractEach(missing, indicators, log);
  const figures: FigureRow[] = [];
  let skipped = 0;
  let next = 0;
  documents.forEach((d, k) => {
    let result = cached[k];
    if (result === undefined) {
      result = fresh[next++];
      cache?.set(d, result);
    }
    skipped += result.skipped;
    for (const f of result.figures) figures.push(f);
  });
  cache?.save();
  return { figures, skipped };
}
