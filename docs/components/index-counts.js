// The rows of index_counts.parquet (targets per unit, indicator and status; chosen actual values
// per unit and indicator) summed by a key of the row: the province's or the indicator's counts
// on the index pages.
export function countsBy(counts, keyOf) {
  const out = new Map();
  for (const r of counts) {
    const key = keyOf(r);
    let sums = out.get(key);
    if (!sums) out.set(key, (sums = {targets: 0, values: 0, byStatus: new Map()}));
    sums.targets += r.targets;
    sums.values += r.actual_values;
    // A row of values has no status (and no targets).
    if (r.status !== null) sums.byStatus.set(r.status, (sums.byStatus.get(r.status) ?? 0) + r.targets);
  }
  return out;
}
