// The extractor on the development sets: strict F1 ≥ 0.95 and value F1 ≥ 0.98 on the five seed
// documents; the current-term reports must not regress below their score when this test was set.
import { describe, expect, test } from "vitest";
import { extractDefaultCorpus, goldCatalogCodes, readGold } from "../helpers/corpus.ts";
import { scoreFigures } from "../../src/extract/score.ts";

const predicted = extractDefaultCorpus();
const codes = goldCatalogCodes();
const show = (rows: { doc: string; role: string; indicator_code: string; value_low: number | null; year: number | null }[]) =>
  rows.map((r) => `${r.doc} ${r.role} ${r.indicator_code} ${r.value_low} y${r.year}`);

describe.each([
  ["seed-figures", 0.95, 0.98],
  ["current-term-figures", 0.95, 0.97],
])("%s", (name, minStrict, minValue) => {
  const gold = readGold(`tests/fixtures/${name}.csv`);
  test(`strict F1 ≥ ${minStrict}`, () => {
    const s = scoreFigures(gold, predicted, codes, true);
    expect(s.f1, `missed: ${show(s.missed).join("; ")}\nextra: ${show(s.extra).join("; ")}`).toBeGreaterThanOrEqual(minStrict);
  });
  test(`value F1 ≥ ${minValue}`, () => {
    const s = scoreFigures(gold, predicted, codes, false);
    expect(s.f1, `missed: ${show(s.missed).join("; ")}`).toBeGreaterThanOrEqual(minValue);
  });
});

test("document 002 (counts of tasks, resolution numbers, dates) has no figure", () => {
  expect(predicted.filter((f) => f.doc.startsWith("002_"))).toEqual([]);
});
