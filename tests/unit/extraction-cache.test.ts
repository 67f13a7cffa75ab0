// The cache of extracted figures: a document unchanged since the last run is not extracted
// again, and anything its figures depend on (text, metadata, indicators, extractor) invalidates it.
import { afterAll, beforeEach, describe, expect, test } from "vitest";
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readDocumentMeta, readIndicators } from "../../src/ingest/catalog.ts";
import { readDocumentTexts } from "../../src/ingest/documents.ts";
import { openExtractionCache, cacheDir } from "../../src/pipeline/extraction-cache.ts";
import { extractDocuments } from "../../src/pipeline/extract-parallel.ts";
import { extractAll } from "../../src/pipeline/figures.ts";
import { IndicatorMatcher } from "../../src/extract/indicators.ts";

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

describe("extraction cache", () => {
  test("a second run takes every figure from the cache, and they are the extractor's", async () => {
    const logs: string[] = [];
    const first = await extractDocuments(documents, indicators, "data", (m) => logs.push(m));
    expect(logs).toEqual([]);
    const second = await extractDocuments(documents, indicators, "data", (m) => logs.push(m));
    expect(logs).toEqual([`${documents.length} of ${documents.length} documents unchanged since the last run: their figures come from the cache`]);
    const direct = extractAll(documents, new IndicatorMatcher(indicators));
    expect(first).toEqual(direct);
    expect(second).toEqual(direct);
  });

  test("a changed text, changed metadata or a changed catalog is extracted again", async () => {
    await extractDocuments(documents, indicators, "data", () => {});
    const edited = documents.map((d, k) => (k === 0 ? { ...d, text: d.text + "\nTỷ lệ hộ nghèo năm 2030 dưới 1%." } : k === 1 ? { ...d, meta: { ...d.meta, term_end: (d.meta.term_end ?? 2025) + 1 } } : d));
    const cache = openExtractionCache("data", indicators)!;
    expect(edited.map((d) => cache.get(d) !== undefined)).toEqual(documents.map((_, k) => k > 1));
    const widened = indicators.map((i) => (i.code === "poverty_rate" ? { ...i, aliases: i.aliases + "|hộ nghèo đa chiều" } : i));
    expect(documents.some((d) => openExtractionCache("data", widened)!.get(d) !== undefined)).toBe(false);
    const result = await extractDocuments(edited, indicators, "data", () => {});
    expect(result).toEqual(extractAll(edited, new IndicatorMatcher(indicators)));
  });

  test("a run that found every document in the cache leaves the file alone; a document gone is dropped from it", async () => {
    await extractDocuments(documents, indicators, "data", () => {});
    const [name] = readdirSync(dir);
    const file = join(dir, name);
    const written = statSync(file).ino;
    await extractDocuments(documents, indicators, "data", () => {});
    // The cache is replaced by a rename, so a rewritten file is a new inode.
    expect(statSync(file).ino).toBe(written);
    await extractDocuments(documents.slice(1), indicators, "data", () => {});
    expect(statSync(file).ino).not.toBe(written);
    const cache = openExtractionCache("data", indicators)!;
    expect(documents.map((d) => cache.get(d) !== undefined)).toEqual(documents.map((_, k) => k > 0));
  });

  test("CHITIEU_CACHE=off turns it off", () => {
    process.env.CHITIEU_CACHE = "off";
    try {
      expect(cacheDir()).toBeNull();
      expect(openExtractionCache("data", indicators)).toBeNull();
    } finally {
      process.env.CHITIEU_CACHE = dir;
    }
  });
});
