// The extraction threads run from a bundle esbuild makes for the run (src/pipeline/extract-worker-bundle.ts):
// a thread started from it writes the same staged rows as the extractor on this thread, and when no
// bundle can be made the threads run from the sources through tsx, and the run says so.
import { afterAll, describe, expect, test } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { readDocumentMeta, readIndicators } from "../../src/ingest/catalog.ts";
import { readDocumentTexts } from "../../src/ingest/documents.ts";
import { IndicatorMatcher } from "../../src/extract/indicators.ts";
import { stageShare, type StagedShare } from "../../src/pipeline/staged-figures.ts";
import { extractionWorker } from "../../src/pipeline/extract-worker-bundle.ts";

const root = mkdtempSync(join(tmpdir(), "chitieu-worker-bundle-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const indicators = readIndicators("data/catalog/indicators.csv", []);
const documents = readDocumentTexts("data/documents", readDocumentMeta("data/documents.csv", []), []).slice(0, 3);

function runWorker(entry: URL, file: string): Promise<StagedShare> {
  const workerData = { indicators, documents, keys: documents.map((_, k) => `key-${k}`), places: documents.map((_, k) => k), file };
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData });
    worker.once("message", (share: StagedShare) => {
      resolve(share);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

describe("the extraction threads' bundle", () => {
  test("a thread started from the bundle writes the same rows as the extractor on this thread", async () => {
    const dir = mkdtempSync(join(root, "run-"));
    const said: string[] = [];
    const entry = await extractionWorker(dir, (m) => said.push(m));
    expect(said).toEqual([]);
    expect(fileURLToPath(entry)).toBe(join(dir, "extract-worker.mjs"));
    const threaded = await runWorker(entry, join(dir, "thread.ndjson"));
    const here = stageShare(documents, documents.map((_, k) => `key-${k}`), documents.map((_, k) => k), new IndicatorMatcher(indicators), join(dir, "here.ndjson"));
    expect(here.rows).toBeGreaterThan(20); // the three seed documents hold dozens of figures
    expect(threaded).toEqual({ ...here, file: join(dir, "thread.ndjson") });
    expect(readFileSync(join(dir, "thread.ndjson"), "utf8")).toBe(readFileSync(join(dir, "here.ndjson"), "utf8"));
  }, 60_000);

  test("when no bundle can be written, the threads run from the sources through tsx and the run says why", async () => {
    // A file where the bundle's folder should be: esbuild cannot write into it.
    const notAFolder = join(root, "not-a-folder");
    writeFileSync(notAFolder, "");
    const said: string[] = [];
    const entry = await extractionWorker(notAFolder, (m) => said.push(m));
    expect(fileURLToPath(entry)).toMatch(/src\/pipeline\/extract-worker\.mjs$/);
    expect(existsSync(entry)).toBe(true);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatch(/^the extraction threads run from the sources through tsx \(bundling them failed: .+\)$/);
  }, 60_000);
});
