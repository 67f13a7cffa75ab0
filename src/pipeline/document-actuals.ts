// Results that documents report ("tăng trưởng kinh tế đạt 8,78%", "GRDP bình quân đầu người đạt
// 85,5 triệu đồng") join the actuals as status "reported", their quote as the source.
import type { FigureRow } from "./figures.ts";
import type { ActualCandidate } from "../ingest/actuals.ts";
import type { Indicator } from "../ingest/catalog.ts";
import type { DocumentMeta } from "../ingest/catalog.ts";
import { conversionFactor } from "../ingest/units.ts";

export function reportedActuals(figures: FigureRow[], indicators: Map<string, Indicator>, metas: Map<string, DocumentMeta>): ActualCandidate[] {
  const out: ActualCandidate[] = [];
  for (const f of figures) {
    if (f.role !== "actual" || f.comparator === "range" || f.year === null) continue;
    // One year's value: a level, or the growth of that single year.
    const oneYear = f.kind === "level" || (f.kind === "avg_growth" && f.period_start === f.year);
    if (!oneYear) continue;
    const indicator = indicators.get(f.indicator_code);
    if (!indicator) continue;
    const factor = conversionFactor(f.unit, indicator.unit);
    if (factor === null) continue;
    const meta = metas.get(f.doc);
    out.push({
      file: f.doc,
      line: 0,
      province_code: f.province_code,
      units: f.units === "34" ? "34" : "63",
      province_name: meta?.province ?? "",
      indicator_code: indicator.code,
      year: f.year,
      value: Number((f.value_low * factor).toPrecision(12)),
      unit: indicator.unit,
      value_original: f.value_low,
      unit_original: f.unit,
      status: "reported",
      source: `${meta?.publisher ? meta.publisher + ": " : ""}${meta?.title ?? f.doc}${meta?.source_url ? " " + meta.source_url : ""} (${f.doc}, figure ${f.id})`,
      source_kind: "document",
      price_base: null,
      quote: f.quote,
      note: f.comparator === "eq" ? "" : `${f.comparator === "gte" ? "at least" : "at most"} this value`,
      published: meta?.published || null,
    });
  }
  return out;
}
