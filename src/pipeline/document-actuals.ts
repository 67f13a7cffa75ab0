// Results that documents report ("tăng trưởng kinh tế đạt 8,78%", "GRDP bình quân đầu người đạt
// 85,5 triệu đồng") join the actuals as status "reported", their quote as the source. Results for
// a whole period ("giai đoạn 2021-2025 đạt bình quân 5,51%/năm", "tổng thu ngân sách 5 năm đạt
// hơn 105 nghìn tỷ đồng") join the term results, which final verdicts rest on.
import type { FigureRow } from "./figures.ts";
import type { ActualCandidate } from "../ingest/actuals.ts";
import type { Indicator } from "../ingest/catalog.ts";
import type { DocumentMeta } from "../ingest/catalog.ts";
import { conversionFactor } from "../ingest/units.ts";
import { periodBasis, type TermResultCandidate } from "../ingest/term-results.ts";

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
    out.push({ ...fromDocument(f, indicator, factor, metas.get(f.doc)), year: f.year });
  }
  return out;
}

/** A period result: an average growth over several years, or a total over the period. */
export function reportedTermResults(figures: FigureRow[], indicators: Map<string, Indicator>, metas: Map<string, DocumentMeta>): TermResultCandidate[] {
  const out: TermResultCandidate[] = [];
  for (const f of figures) {
    if (f.role !== "actual" || f.comparator === "range" || f.year === null || f.period_start === null || f.period_start >= f.year) continue;
    if (f.kind !== "avg_growth" && f.kind !== "cumulative") continue;
    const indicator = indicators.get(f.indicator_code);
    if (!indicator) continue;
    const basis = periodBasis(indicator.unit, indicator.aggregation);
    // An average is a rate; a cumulative figure is a total of an amount that adds up.
    if (basis !== (f.kind === "avg_growth" ? "average" : "total")) continue;
    const factor = conversionFactor(f.unit, indicator.unit);
    if (factor === null) continue;
    out.push({ ...fromDocument(f, indicator, factor, metas.get(f.doc)), period_start: f.period_start, period_end: f.year, basis, value_column: 0 });
  }
  return out;
}

function fromDocument(f: FigureRow, indicator: Indicator, factor: number, meta: DocumentMeta | undefined): Omit<ActualCandidate, "year"> {
  return {
    file: f.doc,
    line: 0,
    province_code: f.province_code,
    units: f.units === "34" ? "34" : "63",
    province_name: meta?.province ?? "",
    indicator_code: indicator.code,
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
  };
}
