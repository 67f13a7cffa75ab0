// The figures of a document depend only on its text, its metadata, the catalog's indicators and
// the extractor's code. When a new year of actuals arrives none of these change, so a re-run
// takes the figures of unchanged documents from a cache instead of extracting them again (at
// national scale that is most of a run). The cache is one Parquet file per data folder under
// node_modules/.cache/chitieu/, holding only the last run's documents: DuckDB reads the cached
// figures straight into the run's tables, so a national run's quarter of a million figures never
// become JavaScript objects. CHITIEU_CACHE=off turns it off, CHITIEU_CACHE=DIR moves it.
//
// The file has one row per figure (figure_index ≥ 0, in the extractor's order) and one row per
// document (figure_index −1, with the count of numbers not read as figures), each with the
// document's key; a document without figures is still known to the cache by its own row.
import type { DuckDBConnection } from "@duckdb/node-api";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Indicator } from "../ingest/catalog.ts";
import type { DocumentText } from "../ingest/documents.ts";
import { queryRows, quoteIdent, sqlString } from "../db/duckdb.ts";
import { TABLES } from "./tables.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The code the figures depend on: a change to any of it empties the cache. */
const EXTRACTOR_SOURCES = ["src/extract", "src/text", "src/pipeline/figures.ts", "docs/components/fold.js"];

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

export const documentKey = (version: string, d: DocumentText) => sha256(version, JSON.stringify(d.meta), d.text);

/** The columns of a cached figure: the figures table's, with the document's key and the figure's place. */
const FIGURE_COLUMNS = TABLES.figures.map((c) => quoteIdent(c.name)).join(", ");

export interface ExtractionCache {
  /** The documents' keys the cache holds, with their count of numbers not read as figures. */
  known: Map<string, number>;
  /**
   * Appends the cached figures of the documents in `documentsTable` (document_key, doc_index) to
   * `table`; with `only`, a condition on the cached figure (alias c), only those it holds for.
   */
  copyFigures(conn: DuckDBConnection, documentsTable: string, table: string, only?: string): Promise<void>;
  /** Writes the documents of `documentsTable` (document_key, skipped) and their figures in `table` as the cache. */
  save(conn: DuckDBConnection, documentsTable: string, table: string): Promise<void>;
}

export async function openExtractionCache(conn: DuckDBConnection, dataDir: string, dir = cacheDir()): Promise<ExtractionCache | null> {
  if (dir === null) return null;
  const file = join(dir, `figures-${sha256(resolve(dataDir)).slice(0, 16)}.parquet`);
  let known = new Map<string, number>();
  try {
    const rows = await queryRows<{ document_key: string; skipped: number }>(
      conn,
      `SELECT document_key, skipped FROM read_parquet(${sqlString(file)}) WHERE figure_index = -1`,
    );
    known = new Map(rows.map((r) => [r.document_key, r.skipped]));
  } catch {
    // No cache yet, or one that cannot be read: everything is extracted.
  }
  return {
    known,
    async copyFigures(conn, documentsTable, table, only) {
      if (known.size === 0) return;
      await conn.run(`INSERT INTO ${table} (document_key, doc_index, figure_index, ${FIGURE_COLUMNS})
        SELECT c.document_key, d.doc_index, c.figure_index, ${TABLES.figures.map((col) => `c.${quoteIdent(col.name)}`).join(", ")}
        FROM read_parquet(${sqlString(file)}) c JOIN ${documentsTable} d USING (document_key)
        WHERE c.figure_index >= 0 AND d.cached${only ? ` AND (${only})` : ""}`);
    },
    async save(conn, documentsTable, table) {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        mkdirSync(dir, { recursive: true });
        const nulls = TABLES.figures.map((c) => `NULL::${c.type} AS ${quoteIdent(c.name)}`).join(", ");
        await conn.run(`COPY (
          SELECT document_key, figure_index, NULL::INTEGER AS skipped, ${FIGURE_COLUMNS} FROM ${table}
          UNION ALL
          SELECT document_key, -1, skipped, ${nulls} FROM ${documentsTable}
        ) TO ${sqlString(temporary)} (FORMAT parquet, COMPRESSION zstd)`);
        renameSync(temporary, file);
      } catch {
        rmSync(temporary, { force: true }); // a cache that cannot be written only costs time
      }
    },
  };
}
