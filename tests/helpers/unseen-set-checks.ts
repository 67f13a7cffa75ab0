// Checks every unseen whole-report set must pass (tests/unit/unseen-reports*.test.ts): its quotes
// are in its documents and its rows follow the gold sets' conventions.
import type { UnseenSet } from "../../src/extract/unseen-eval.ts";

const collapse = (s: string) => s.replace(/\s+/gu, " ");

/** Rows whose quote is not in their document once whitespace is collapsed, as "doc: quote". */
export function quotesNotInDocuments(set: UnseenSet): string[] {
  const texts = new Map(set.documents.map((d) => [d.name, collapse(d.text)]));
  return set.gold.flatMap((g, i) => (texts.get(g.doc)!.includes(collapse(set.quotes[i]!)) ? [] : [`${g.doc}: ${set.quotes[i]}`]));
}

/** Rows that break the gold sets' conventions (role, kind, comparator, values, period, unit of a kind). */
export function rowsAgainstConventions(set: UnseenSet): UnseenSet["gold"] {
  return set.gold.filter(
    (g) =>
      !["target", "actual"].includes(g.role) ||
      !["level", "avg_growth", "cumulative", "annual", "annual_change"].includes(g.kind) ||
      !["eq", "range", "gte", "lte"].includes(g.comparator) ||
      g.value_low === null || Number.isNaN(g.value_low) || g.year === null ||
      (g.comparator === "range") !== (g.value_high !== null) ||
      (g.value_high !== null && g.value_high <= g.value_low) ||
      (g.kind === "level") !== (g.period_start === null) ||
      (g.period_start !== null && g.period_start > g.year) ||
      (g.kind === "avg_growth" && g.unit !== "percent_per_year") ||
      (g.kind === "annual_change" && g.unit !== "pp_per_year"),
  );
}
