// Units of the actuals: the catalog's codes, or as analysts type them in Vietnamese ("tỷ đồng",
// "triệu USD", "%"), and how each converts to an indicator's canonical unit.
import { foldVietnamese } from "../text/fold.ts";

const SPELLINGS: Record<string, string> = {
  "%": "percent",
  "phan tram": "percent",
  "%/nam": "percent_per_year",
  "ty dong": "billion_vnd",
  "ti dong": "billion_vnd",
  "trieu dong": "million_vnd",
  "trieu dong/nguoi": "million_vnd",
  "ty usd": "billion_usd",
  "trieu usd": "million_usd",
  "nguoi": "persons",
  "lao dong": "persons",
  "doanh nghiep": "enterprises",
  "xa": "communes",
  "huyen": "districts",
};

/** The catalog code of a unit as written, or the text itself when unknown (validation says so). */
export function canonicalUnitName(text: string): string {
  const t = text.trim();
  const folded = foldVietnamese(t).replace(/\s+/g, " ");
  return SPELLINGS[folded] ?? t;
}

// Factor from a unit to another of the same dimension.
const SCALE: Record<string, { dimension: string; factor: number }> = {
  billion_vnd: { dimension: "vnd", factor: 1e9 },
  million_vnd: { dimension: "vnd", factor: 1e6 },
  billion_usd: { dimension: "usd", factor: 1e9 },
  million_usd: { dimension: "usd", factor: 1e6 },
};

/** Multiplier from `from` to `to`, or null when they do not convert. */
export function conversionFactor(from: string, to: string): number | null {
  if (from === to) return 1;
  // A growth rate written in percent is a growth rate in percent a year.
  if (from === "percent" && to === "percent_per_year") return 1;
  const a = SCALE[from];
  const b = SCALE[to];
  if (a && b && a.dimension === b.dimension) return a.factor / b.factor;
  return null;
}
