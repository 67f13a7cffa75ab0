// Party Congress terms: a target belongs to the term whose plan years hold its target year
// (the 2020–2025 term plans 2021–2025). Terms of 2020–2025 and before belong to the 63 provinces,
// the 2025–2030 term to the 34 units formed on 1 July 2025.
export const TERMS = [
  {key: "2025-2030", label: "Nhiệm kỳ 2025–2030", first: 2026, last: 2030, units: "34"},
  {key: "2020-2025", label: "Nhiệm kỳ 2020–2025", first: 2021, last: 2025, units: "63"},
  {key: "2015-2020", label: "Nhiệm kỳ 2015–2020", first: 2016, last: 2020, units: "63"}
];

export const termOf = (row) => TERMS.find((t) => row.target_year >= t.first && row.target_year <= t.last)?.key ?? "khac";
export const termByKey = (key) => TERMS.find((t) => t.key === key);

/** The term an analyst most likely asks about: the one that ended last, given the as-of year. */
export function defaultTerm(asOfYear, present) {
  const ended = TERMS.filter((t) => t.last < asOfYear && present.includes(t.key));
  return ended[0]?.key ?? present[0] ?? TERMS[1].key;
}

/** Whether a target's period is over: the pipeline's period_ended, else its year before the as-of year. */
export const periodEnded = (row, asOfYear) => (row.period_ended === true || row.period_ended === false ? row.period_ended : row.target_year < asOfYear);
