// Several rows for the same province, indicator and year are normal (an estimate, then the
// official figure; the statistics office and a newspaper). Where their values differ, each later
// row gets a warning naming the other; the pipeline still runs and chooses one (see the README).
import type { ActualCandidate } from "./actuals.ts";
import { Problem } from "./problems.ts";

export const CHOICE_RULE =
  "one value per province, indicator and year (the pipeline chooses one; README: Resolving a conflict)";

/**
 * The warnings, at most `limit` of them (the pipeline prints a screenful; `validate` all), and
 * how many conflicting rows there are in all.
 */
export function conflictWarnings(candidates: ActualCandidate[], dataDirOf: (file: string) => string, limit = Infinity): Problem[] & { total?: number } {
  const groups = new Map<string, ActualCandidate[]>();
  for (const c of candidates) {
    if (c.line === 0) continue; // values reported by documents are shown beside, not warned about
    const key = `${c.units}|${c.province_code}|${c.indicator_code}|${c.year}`;
    const group = groups.get(key);
    if (group) group.push(c);
    else groups.set(key, [c]);
  }
  const out: Problem[] & { total?: number } = [];
  let total = 0;
  for (const rows of groups.values()) {
    const first = rows[0];
    for (const other of rows.slice(1)) {
      if (other.value === first.value) continue;
      total++;
      if (out.length >= limit) continue;
      out.push(
        new Problem(
          dataDirOf(other.file),
          other.line,
          4,
          `${other.value_original} for ${other.province_name} ${other.indicator_code} ${other.year}, where ${first.file}:${first.line} gives ${first.value_original}`,
          CHOICE_RULE,
          "warning",
        ),
      );
    }
  }
  out.total = total;
  return out;
}
