// The 2026-2030 term: each target's 2025 baseline (the new unit's value, or its old provinces'),
// the pace it requires from there, and that pace against the territory's record. Hand arithmetic
// in the comments.
import { describe, expect, test } from "vitest";
import { measure, type TestTarget } from "../helpers/warehouse.ts";

const NEW_TERM = { asOf: "2026-12-01" };
const newTermTarget = (over: Partial<TestTarget> & Pick<TestTarget, "id" | "indicator" | "low">): TestTarget => ({
  units: "34", kind: "level", year: 2030, term: [2025, 2030], ...over,
});

describe("the 2025 baseline of a new unit", () => {
  test("from three old provinces, one without a value: not computable, and the reason names it", async () => {
    // Vĩnh Long (86) = Vĩnh Long (86) + Bến Tre (83) + Trà Vinh (84); no 2025 GRDP for Bến Tre.
    const { byId } = await measure(
      [newTermTarget({ id: "t", province: "86", indicator: "grdp_current", low: 500000 })],
      [
        { province: "86", indicator: "grdp_current", year: 2025, value: 100000 },
        { province: "84", indicator: "grdp_current", year: 2025, value: 80000 },
      ],
      NEW_TERM,
    );
    const r = byId.get("t")!;
    expect([r.period_ended, r.status, r.baseline_year, r.baseline_value, r.baseline_method, r.required_pace, r.feasibility]).toEqual([
      false, "no_data", null, null, "not_computable", null, null,
    ]);
    expect(r.baseline_reason_vi).toBe("Không tính được giá trị năm 2025: thiếu số liệu năm 2025 của Bến Tre (83).");
  });

  test("from three old provinces, all with a value: their sum, and the growth a year it requires", async () => {
    // 100.000 + 70.000 + 80.000 = 250.000; 500.000 in 2030: 2^(1/5) − 1 = 14,8698 % a year.
    const { byId } = await measure(
      [newTermTarget({ id: "t", province: "86", indicator: "grdp_current", low: 500000 })],
      [
        { province: "86", indicator: "grdp_current", year: 2025, value: 100000 },
        { province: "83", indicator: "grdp_current", year: 2025, value: 70000 },
        { province: "84", indicator: "grdp_current", year: 2025, value: 80000 },
      ],
      NEW_TERM,
    );
    const r = byId.get("t")!;
    expect([r.baseline_year, r.baseline_value, r.baseline_method, r.pace_unit]).toEqual([2025, 250000, "sum", "percent_per_year"]);
    expect(r.required_pace).toBeCloseTo(14.869835499703509, 9);
    // No earlier year of every part: no pace on record.
    expect([r.pace_years, r.feasibility]).toEqual([0, "no_history"]);
  });

  test("the value reported for the new unit comes first", async () => {
    const { byId } = await measure(
      [newTermTarget({ id: "t", province: "86", indicator: "grdp_current", low: 500000 })],
      [
        { province: "86", units: "34", indicator: "grdp_current", year: 2025, value: 288858 },
        { province: "86", indicator: "grdp_current", year: 2025, value: 100000 },
        { province: "83", indicator: "grdp_current", year: 2025, value: 70000 },
        { province: "84", indicator: "grdp_current", year: 2025, value: 80000 },
      ],
      NEW_TERM,
    );
    expect([byId.get("t")!.baseline_value, byId.get("t")!.baseline_method]).toEqual([288858, "reported"]);
  });

  test("no 2025 value at all, a 2024 one: the nearest earlier year, named", async () => {
    const { byId } = await measure(
      [newTermTarget({ id: "t", province: "42", indicator: "grdp_per_capita", low: 150 })],
      [{ province: "42", indicator: "grdp_per_capita", year: 2024, value: 95 }],
      NEW_TERM,
    );
    const r = byId.get("t")!;
    // From 2024 over six years: (150/95)^(1/6) − 1.
    expect([r.baseline_year, r.baseline_value, r.baseline_method]).toEqual([2024, 95, "same_territory"]);
    expect(r.baseline_reason_vi).toBe("Năm 2025 chưa có số liệu: dùng năm 2024.");
    expect(r.required_pace).toBeCloseTo((Math.pow(150 / 95, 1 / 6) - 1) * 100, 9);
  });
});

describe("feasibility: the required pace against the last ten years", () => {
  // Hà Tĩnh's GRDP per capita: 80 (2021), 84 (2022), 88,2 (2023), 95,256 (2024) as an old province,
  // 100 (2025) reported for the unit. Yearly growth: 5 %, 5 %, 8 %, 100/95,256 − 1 = 4,9803 %;
  // median (4,9803, 5, 5, 8) = 5, best 8 (2024).
  const history = [
    { province: "42", indicator: "grdp_per_capita", year: 2021, value: 80 },
    { province: "42", indicator: "grdp_per_capita", year: 2022, value: 84 },
    { province: "42", indicator: "grdp_per_capita", year: 2023, value: 88.2 },
    { province: "42", indicator: "grdp_per_capita", year: 2024, value: 95.256 },
    { province: "42", units: "34" as const, indicator: "grdp_per_capita", year: 2025, value: 100 },
  ];

  test.each([
    // 100 · 1,1^5 = 161,051: 10 % a year, more than the best year.
    ["never_reached", 161.051, 10],
    // 100 · 1,07^5 = 140,2551731: 7 %, above the median, below the best.
    ["above_median", 140.2551731, 7],
    // 125: 1,25^(1/5) − 1 = 4,5640 %, below the median.
    ["within_record", 125, 4.563955259127317],
  ])("%s: a 2030 target of %d needs %d % a year", async (feasibility, target, pace) => {
    const { byId } = await measure([newTermTarget({ id: "t", province: "42", indicator: "grdp_per_capita", low: target })], history, NEW_TERM);
    const r = byId.get("t")!;
    expect([r.baseline_year, r.baseline_value, r.baseline_method]).toEqual([2025, 100, "reported"]);
    expect(r.required_pace).toBeCloseTo(pace, 6);
    expect([r.best_pace, r.best_pace_year, r.median_pace, r.pace_years, r.feasibility]).toEqual([expect.closeTo(8, 9), 2024, expect.closeTo(5, 9), 4, feasibility]);
  });

  test("a running average growth target: Tiền Giang needs 27,09 % in 2025 and never grew faster than 8,5 %", async () => {
    // Growth 2021-2024: 1, 2, 3, 4 %: the last year must reach 1,07^5 / (1,01·1,02·1,03·1,04) − 1 = 27,0945 %.
    // On record 2016-2024: 5, 6, 8,5, 7, 0,5, 1, 2, 3, 4: best 8,5 (2018), median 4.
    const growth = [5, 6, 8.5, 7, 0.5, 1, 2, 3, 4];
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_growth", kind: "avg_growth", comparator: "gte", low: 7, period_start: 2021, year: 2025 }],
      growth.map((value, i) => ({ indicator: "grdp_growth", year: 2016 + i, value })),
      { asOf: "2025-06-01" },
    );
    const r = byId.get("t")!;
    expect(r.required_growth).toBeCloseTo(27.09450642682114, 9);
    expect(r.required_pace).toBeCloseTo(27.09450642682114, 9);
    expect([r.best_pace, r.best_pace_year, r.median_pace, r.pace_years, r.feasibility]).toEqual([8.5, 2018, 4, 9, "never_reached"]);
  });

  test("a cumulative target: the growth a year of the yearly amount that makes the total", async () => {
    // 16.000 in 2025; 100.000 over 2026-2030: 16.000 · Σ(1+g)^t, t = 1..5, = 100.000 gives g = 7,5327 %.
    const { byId } = await measure(
      [newTermTarget({ id: "t", province: "42", indicator: "budget_revenue", kind: "cumulative", low: 100000, period_start: 2026 })],
      [{ province: "42", units: "34", indicator: "budget_revenue", year: 2025, value: 16000 }],
      NEW_TERM,
    );
    expect(byId.get("t")!.required_pace).toBeCloseTo(7.532727362573032, 6);
  });
});
