// The cache of extracted figures: a document unchanged since the last run is not extracted
// again, and anything its figures depend on (text, metadata, indicators, extractor) invalidates it.
// The cached figures go from the cache file to DuckDB's figures_staged table directly.
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocumentMeta, readIndicators, type Indicator } from "../../src/ingest/catalog.ts";
import { readDocumentTexts, type DocumentText } from "../../src/ingest/documents.ts";
import { openExtractionCache, cacheDir, documentKey, extractorVersion } from "../../src/pipeline/extraction-cache.ts";
import { extractFiguresInto } from "../../src/pipeline/extract-parallel.ts";
import { extractAll } from "../../src/pipeline/figures.ts";
import { stagedFigures } from "../../src/pipeline/reviewed-figures.ts";
import { IndicatorMatcher } from "../../src/extract/indicators.ts";
import { openDatabase } from "../../src/db/duckdb.ts";

const indicators = readIndicators("data/catalog/indicators.csv", []);
const documents = readDocumentTexts("data/documents", readDocumentMeta("data/documents.csv", []), []);
// Every test starts from an empty cache of its own, so that none depends on what another one
// left behind (they pass in any order: vitest --sequence.shuffle).
const root = mkdtempSync(join(tmpdir(), "chitieu-cache-"));
let dir = "";
let count = 0;
beforeEach(() => {
  dir = join(root, String(++count));
  process.env.CHITIEU_CACHE = dir;
});
afterAll(() => {
  delete process.env.CHITIEU_CACHE;
  rmSync(root, { recursive: true, force: true });
});

/** One run's extraction in a database of its own: the staged figures, in order, and the count of skipped numbers. */
async function run(docs: DocumentText[], log: (m: string) => void = () => {}, catalog: Indicator[] = indicators) {
  const conn = await openDatabase({ threads: 2 });
  const { skipped } = await extractFiguresInto(conn, docs, catalog, "data", log);
  // Without the bookkeeping properties, as the extractor returns them.
  const figures = (await stagedFigures(conn, "true")).map(({ document_key, doc_index, figure_index, figure_id, quote_start, quote_end, ...f }: any) => f);
  conn.closeSync();
  return { figures, skipped };
}

/** Which documents the cache holds now. */
async function cachedDocuments(docs: DocumentText[], catalog: Indicator[] = indicators): Promise<boolean[]> {
  const conn = await openDatabase({ threads: 1 });
  const cache = (await openExtractionCache(conn, "data"))!;
  const version = extractorVersion(catalog);
  conn.closeSync();
  return docs.map((d) => cache.known.has(documentKey(version, d)));
}

describe("extraction cache", () => {
  test("a second run takes every figure from the cache, and they are the extractor's", async () => {
    const logs: string[] = [];
    const first = await run(documents, (m) => logs.push(m));
    expect(logs).toEqual([]);
    const second = await run(documents, (m) => logs.push(m));
    expect(logs).toEqual([`${documents.length} of ${documents.length} documents unchanged since the last run: their figures come from the cache`]);
    const direct = extractAll(documents, new IndicatorMatcher(indicators));
    expect(first).toEqual(direct);
    expect(second).toEqual(direct);
  });

  test("a changed text, changed metadata or a changed catalog is extracted again", async () => {
    await run(documents);
    const edited = documents.map((d, k) => (k === 0 ? { ...d, text: d.text + "\nTỷ lệ hộ nghèo năm 2030 dưới 1%." } : k === 1 ? { ...d, meta: { ...d.meta, term_end: (d.meta.term_end ?? 2025) + 1 } } : d));
    expect(await cachedDocuments(edited)).toEqual(documents.map((_, k) => k > 1));
    const widened = indicators.map((i) => (i.code === "poverty_rate" ? { ...i, aliases: i.aliases + "|hộ nghèo đa chiều" } : i));
    expect((await cachedDocuments(documents, widened)).some(Boolean)).toBe(false);
    const logs: string[] = [];
    const result = await run(edited, (m) => logs.push(m));
    expect(logs).toEqual([`${documents.length - 2} of ${documents.length} documents unchanged since the last run: their figures come from the cache`]);
    expect(result).toEqual(extractAll(edited, new IndicatorMatcher(indicators)));
  });

  test("a run that found every document in the cache leaves the file alone; a document gone is dropped from it", async () => {
    await run(documents);
    const [name] = readdirSync(dir);
    const file = join(dir, name);
    const written = statSync(file).ino;
    await run(documents);
    // The cache is replaced by a rename, so a rewritten file is a new inode.
    expect(statSync(file).ino).toBe(written);
    await run(documents.slice(1));
    expect(statSync(file).ino).not.toBe(written);
    expect(await cachedDocuments(documents)).toEqual(documents.map((_, k) => k > 0));
  });

  test("CHITIEU_CACHE=off turns it off", async () => {
    process.env.CHITIEU_CACHE = "off";
    try {
      expect(cacheDir()).toBeNull();
      const conn = await openDatabase({ threads: 1 });
      expect(await openExtractionCache(conn, "data")).toBeNull();
      conn.closeSync();
      expect(await run(documents)).toEqual(extractAll(documents, new IndicatorMatcher(indicators)));
    } finally {
      process.env.CHITIEU_CACHE = dir;
    }
  });
});
