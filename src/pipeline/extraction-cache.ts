// The figures of a document depend only on its text, its metadata, the catalog's indicators and
// the extractor's code. When a new year of actuals arrives none of these change, so a re-run
// takes the figures of unchanged documents from a cache instead of extracting them again (at
// national scale that is most of a run). The cache is one file per data folder under
// node_modules/.cache/chitieu/, written whole after each run, holding only that run's documents;
// CHITIEU_CACHE=off turns it off, CHITIEU_CACHE=DIR moves it.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Indicator } from "../ingest/catalog.ts";
import type { DocumentText } from "../ingest/documents.ts";
import type { FigureRow } from "./figures.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The code the figures depend on: a change to any of it empties the cache. */
const EXTRACTOR_SOURCES = ["src/extract", "src/text", "src/pipeline/figures.ts", "docs/components/fold.js"];

export interface CachedExtraction {
  figures: FigureRow[];
  skipped: number;
}

export interface ExtractionCache {
  /** The cached result of a document, or undefined. */
  get(document: DocumentText): CachedExtraction | undefined;
  /** Records the result of a document for the next run. */
  set(document: DocumentText, result: CachedExtraction): void;
  /** Writes this run's documents (and only them) to the cache file, unless that is what it holds already. */
  save(): void;
  hits: number;
}

/** The cache folder: CHITIEU_CACHE, or node_modules/.cache/chitieu; null when turned off. */
export function cacheDir(): string | null {
  const setting = process.env.CHITIEU_CACHE;
  if (setting === "off" || setting === "0") return null;
  return setting ? resolve(setting) : join(ROOT, "node_modules", ".cache", "chitieu");
}

function sha256(...parts: string[]): string {
  const hash = createHash("sha256");
  for (const p of parts) hash.update(p).update("\u0000");
  return hash.digest("hex");
}

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  try {
    return readdirSync(full, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [full];
  }
}

/** What every document's key shares: the extractor's code and the indicators it matches. */
export function extractorVersion(indicators: Indicator[]): string {
  const code = EXTRACTOR_SOURCES.flatMap(sourceFiles).map((f) => `${f.slice(ROOT.length)}\n${readFileSync(f, "utf8")}`);
  return sha256(...code, JSON.stringify(indicators));
}

const documentKey = (version: string, d: DocumentText) => sha256(version, JSON.stringify(d.meta), d.text);

export function openExtractionCache(dataDir: string, indicators: Indicator[], dir = cacheDir()): ExtractionCache | null {
  if (dir === null) return null;
  const version = extractorVersion(indicators);
  const file = join(dir, `figures-${sha256(resolve(dataDir)).slice(0, 16)}.json`);
  let stored: Record<string, CachedExtraction> = {};
  try {
    stored = JSON.parse(readFileSync(file, "utf8")) as Record<string, CachedExtraction>;
  } catch {
    // No cache yet, or one that cannot be read: everything is extracted.
  }
  const current: Record<string, CachedExtraction> = {};
  // A national cache is a hundred megabytes of JSON: when every document came from it and none
  // is gone, writing it again would only cost seconds.
  let extracted = false;
  const cache: ExtractionCache = {
    hits: 0,
    get(document) {
      const key = documentKey(version, document);
      const found = Object.hasOwn(stored, key) ? stored[key] : undefined;
      if (found) {
        cache.hits++;
        current[key] = found;
      }
      return found;
    },
    set(document, result) {
      current[documentKey(version, document)] = result;
      extracted = true;
    },
    save() {
      if (!extracted && Object.keys(current).length === Object.keys(stored).length) return;
      try {
        mkdirSync(dir, { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(current));
        renameSync(temporary, file);
      } catch {
        rmSync(`${file}.${process.pid}.tmp`, { force: true }); // a cache that cannot be written only costs time
      }
    },
  };
  return cache;
}
