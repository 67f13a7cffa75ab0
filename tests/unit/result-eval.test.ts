// The result-phrase set (tests/fixtures/result-phrases.csv) read as one-sentence results reports:
// the labels its generator gives and the documents result-eval.ts builds, checked on rows read by hand.
import { describe, expect, test } from "vitest";
import { readResultRows, resultSet } from "../../src/extract/result-eval.ts";

const rows = readResultRows();

describe("result-phrase set", () => {
  test("whole provinces fall in one half, and both halves hold results of several provinces", () => {
    const halves = new Map<string, Set<string>>();
    for (const r of rows) halves.set(r.province, (halves.get(r.province) ?? new Set()).add(r.half));
    expect([...halves.values()].every((h) => h.size === 1)).toBe(true);
    expect(new Set(rows.filter((r) => r.half === "tune").map((r) => r.province)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(rows.filter((r) => r.half === "hold-out").map((r) => r.province)).size).toBeGreaterThanOrEqual(4);
  });
  test("a five-year total 'đạt hơn 96,4 nghìn tỷ đồng' is a cumulative lower bound read in a term-results report", () => {
    const set = resultSet(rows.filter((r) => r.phrase.includes("96,4 nghìn tỷ")));
    expect(set.gold).toEqual([
      { doc: "result_001.txt", role: "actual", indicator_code: "budget_revenue", kind: "cumulative", comparator: "gte", value_low: 96400, value_high: null, unit: "billion_vnd", period_start: 2021, year: 2025 },
    ]);
    expect(set.documents[0]).toMatchObject({ doc_type: "party_congress_news_results", term_start: 2020, term_end: 2025 });
  });
  test("a phrase that also states the year before is one document, the report of its latest year", () => {
    const set = resultSet(rows.filter((r) => r.phrase === "khu vực công nghiệp, xây dựng chiếm 27,2% (cùng kỳ 26,5%)"));
    expect(set.documents).toHaveLength(1);
    expect(set.documents[0]).toMatchObject({ doc_type: "annual_results_news", term_start: 2019, term_end: 2019 });
    expect(set.gold.map((g) => [g.value_low, g.year])).toEqual(expect.arrayContaining([[26.5, 2018]]));
  });
});
