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
