// Scores extracted figures against hand-labelled gold figures, the way the project's shared
// scorer does: a match is strict when every field agrees, by value when doc, role, values, unit
// and year agree. Codes outside the reference catalog count as "unknown" on both sides.
const GOLD_UNITS = new Set([
  "percent", "percent_per_year", "pp_per_year", "million_vnd", "billion_vnd", "million_usd",
  "billion_usd", "persons", "enterprises", "communes", "districts", "per_10k_pop", "children_per_woman",
]);

export interface ScoredRow {
  doc: string;
  role: string;
  indicator_code: string;
  kind: string;
  comparator: string;
  value_low: number | null;
  value_high: number | null;
  unit: string;
  period_start: number | null;
  year: number | null;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  missed: ScoredRow[];
  extra: ScoredRow[];
  /** Whether each predicted row (in the order given; rows of other documents are false) matched a gold row. */
  right: boolean[];
}

const sameNumber = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

export function scoreFigures(gold: ScoredRow[], predicted: ScoredRow[], knownCodes: Set<string>, strict: boolean): Score {
  const norm = (r: ScoredRow): ScoredRow => ({
    ...r,
    indicator_code: knownCodes.has(r.indicator_code) ? r.indicator_code : "unknown",
    unit: GOLD_UNITS.has(r.unit) ? r.unit : "other",
  });
  const byValue = (g: ScoredRow, p: ScoredRow) =>
    g.doc === p.doc && g.role === p.role && sameNumber(g.value_low, p.value_low) && sameNumber(g.value_high, p.value_high) && g.unit === p.unit && sameNumber(g.year, p.year);
  const matches = (g: ScoredRow, p: ScoredRow) =>
    byValue(g, p) &&
    (!strict ||
      (g.indicator_code === p.indicator_code && g.kind === p.kind && g.comparator === p.comparator && (g.period_start === null || sameNumber(g.period_start, p.period_start))));
  const docs = new Set(gold.map((g) => g.doc));
  const G = gold.map(norm);
  const inScope = predicted.map((p, i) => [p, i] as const).filter(([p]) => docs.has(p.doc));
  const P = inScope.map(([p]) => norm(p));
  const used = new Set<number>();
  const missed: ScoredRow[] = [];
  for (const g of G) {
    const j = P.findIndex((p, k) => !used.has(k) && matches(g, p));
    if (j >= 0) used.add(j);
    else missed.push(g);
  }
  const tp = used.size;
  const right = predicted.map(() => false);
  for (const k of used) right[inScope[k][1]] = true;
  const precision = P.length ? tp / P.length : 0;
  const recall = G.length ? tp / G.length : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    missed,
    extra: P.filter((_, k) => !used.has(k)),
    right,
  };
}

export interface IndicatorErrors {
  /** Predicted figures that match a gold row by value (strict matches paired first). */
  found: number;
  /** Of those, figures carrying a catalog code other than the gold row's (a code outside the catalog is `unknown`). */
  wrong: number;
  rows: { gold: ScoredRow; predicted: ScoredRow }[];
}

/**
 * How many found figures put a wrong catalog indicator on a dashboard: each predicted figure is
 * paired with a gold row, strict matches first, then by value; a pair whose predicted code is a
 * catalog code and differs from the gold's (after mapping codes outside the catalog to
 * `unknown`) is wrong. `unknown` is never wrong: it names nothing.
 */
export function indicatorErrors(gold: ScoredRow[], predicted: ScoredRow[], knownCodes: Set<string>): IndicatorErrors {
  const code = (c: string) => (knownCodes.has(c) ? c : "unknown");
  const unit = (u: string) => (GOLD_UNITS.has(u) ? u : "other");
  const byValue = (g: ScoredRow, p: ScoredRow) =>
    g.doc === p.doc && g.role === p.role && sameNumber(g.value_low, p.value_low) && sameNumber(g.value_high, p.value_high) && unit(g.unit) === unit(p.unit) && sameNumber(g.year, p.year);
  const strict = (g: ScoredRow, p: ScoredRow) =>
    byValue(g, p) && code(g.indicator_code) === code(p.indicator_code) && g.kind === p.kind && g.comparator === p.comparator && (g.period_start === null || sameNumber(g.period_start, p.period_start));
  const docs = new Set(gold.map((g) => g.doc));
  const P = predicted.filter((p) => docs.has(p.doc));
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: [number, number][] = [];
  // Two figures of one value ("trên 90% tổ chức đảng và đảng viên …") pair with the gold rows of
  // their own codes before any other pairing, so a wrong kind does not read as swapped codes.
  const sameCode = (g: ScoredRow, p: ScoredRow) => byValue(g, p) && code(g.indicator_code) === code(p.indicator_code);
  for (const match of [strict, sameCode, byValue]) {
    gold.forEach((g, gi) => {
      if (usedGold.has(gi)) return;
      const j = P.findIndex((p, k) => !usedPred.has(k) && match(g, p));
      if (j < 0) return;
      usedGold.add(gi);
      usedPred.add(j);
      pairs.push([gi, j]);
    });
  }
  const rows = pairs
    .filter(([gi, j]) => code(P[j].indicator_code) !== "unknown" && code(P[j].indicator_code) !== code(gold[gi].indicator_code))
    .map(([gi, j]) => ({ gold: gold[gi], predicted: P[j] }));
  return { found: pairs.length, wrong: rows.length, rows };
}
