// The project's default documents and catalog, read the way the pipeline reads them.
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocumentMeta, readIndicators } from "../../src/ingest/catalog.ts";
import { IndicatorMatcher } from "../../src/extract/indicators.ts";
import { extractFigures } from "../../src/extract/extract.ts";
import type { Figure } from "../../src/extract/figure.ts";
import type { ScoredRow } from "../../src/extract/score.ts";

export const matcher = new IndicatorMatcher(readIndicators("data/catalog/indicators.csv", []));

export function extractDefaultCorpus(): Figure[] {
  const metas = readDocumentMeta("data/documents.csv", []);
  return metas.flatMap((m) =>
    extractFigures({ name: m.file, text: readFileSync(join("data/documents", m.file), "utf8"), ...m }, matcher).figures,
  );
}

export function readGold(file: string): ScoredRow[] {
  const rows = parse(readFileSync(file, "utf8"), { columns: true, bom: true }) as Record<string, string>[];
  const num = (s: string) => (s === "" || s === undefined ? null : Number(s));
  return rows.map((r) => ({
    doc: r.doc,
    role: r.role,
    indicator_code: r.indicator_code,
    kind: r.kind,
    comparator: r.comparator,
    value_low: num(r.value_low),
    value_high: num(r.value_high),
    unit: r.unit,
    period_start: num(r.period_start),
    year: num(r.year),
  }));
}

/** The codes of the catalog the gold was labelled against (the shared one, before our additions). */
export function goldCatalogCodes(): Set<string> {
  const rows = parse(readFileSync("tests/fixtures/gold-catalog-indicators.csv", "utf8"), { columns: true }) as { code: string }[];
  return new Set(rows.map((r) => r.code));
}
