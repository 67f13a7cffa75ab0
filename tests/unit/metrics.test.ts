// The measures on values computed by hand (python3, shown beside each case): one case per kind,
// each status boundary, a lower-is-better indicator, a range, a missing year, a target with no
// actuals, a one-year plan, price bases and units.
import { describe, expect, test } from "vitest";
import { measure } from "../helpers/warehouse.ts";

describe("level targets", () => {
  test("compound growth: observed, required from the base, required from now, projection", async () => {
    // GRDP per capita 100 (2020) → target 161.051 in 2025, i.e. 10 %/year; 121 in 2022 = 10 %/year.
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_per_capita", kind: "level", low: 161.051, year: 2025 }],
      [{ indicator: "grdp_per_capita", year: 2020, value: 100 }, { indicator: "grdp_per_capita", year: 2022, value: 121 }],
    );
    const r = byId.get("t")!;
    expect([r.base_year, r.latest_year, r.points, r.rate_unit]).toEqual([2020, 2022, 2, "percent_per_year"]);
    expect(r.achieved_growth).toBeCloseTo(10, 9);
    expect(r.required_growth_from_base).toBeCloseTo(10, 9);
    expect(r.required_growth).toBeCloseTo(10, 9); // (161.051/121)^(1/3) - 1
    expect(r.ratio).toBeCloseTo(1, 9);
    expect(r.projected_value).toBeCloseTo(161.051, 6);
    expect(r.status).toBe("on_track");
  });

  test.each([
    // Share of trained workers 50 % (2020) → 100 % (2025): 10 points a year required.
    [69, 0.95, "on_track"], // (69 - 50) / 2 = 9.5 points a year
    [68.99, 0.9495, "needs_acceleration"], // 9.495 points a year: just under the band
    [62, 0.6, "needs_acceleration"], // 6 points a year
    [61.99, 0.5995, "limited_progress"],
    [50, 0, "limited_progress"],
    [48, -0.1, "deteriorating"],
  ])("a share at %d two years in: ratio %d, %s (points a year, not CAGR)", async (latest, ratio, status) => {
    const { byId } = await measure(
      [{ id: "t", indicator: "trained_labour_rate", kind: "level", low: 100, year: 2025 }],
      [{ indicator: "trained_labour_rate", year: 2020, value: 50 }, { indicator: "trained_labour_rate", year: 2022, value: latest }],
    );
    const r = byId.get("t")!;
    expect(r.rate_unit).toBe("pp_per_year");
    expect(r.ratio).toBeCloseTo(ratio, 9);
    expect(r.status).toBe(status);
  });

  test("the ratio boundaries are inclusive: exactly 0,95 is on track, exactly 0,60 needs acceleration", async () => {
    const { byId } = await measure(
      [
        { id: "a", indicator: "trained_labour_rate", kind: "level", low: 100, year: 2025 },
        { id: "b", province: "83", indicator: "trained_labour_rate", kind: "level", low: 100, year: 2025 },
      ],
      [
        { indicator: "trained_labour_rate", year: 2020, value: 50 },
        { indicator: "trained_labour_rate", year: 2022, value: 69 },
        { province: "83", indicator: "trained_labour_rate", year: 2020, value: 50 },
        { province: "83", indicator: "trained_labour_rate", year: 2022, value: 62 },
      ],
    );
    expect([byId.get("a")!.ratio, byId.get("a")!.status]).toEqual([0.95, "on_track"]);
    expect([byId.get("b")!.ratio, byId.get("b")!.status]).toEqual([0.6, "needs_acceleration"]);
  });

  test("lower is better: child malnutrition 4 % (2020) → under 1 % in 2025", async () => {
    const { byId } = await measure(
      [
        { id: "slow", indicator: "child_malnutrition_rate", kind: "level", comparator: "lte", low: 1, year: 2025 },
        { id: "done", province: "83", indicator: "child_malnutrition_rate", kind: "level", comparator: "lte", low: 1, year: 2025 },
      ],
      [
        { indicator: "child_malnutrition_rate", year: 2020, value: 4 },
        { indicator: "child_malnutrition_rate", year: 2022, value: 3 }, // -0.5 points a year against -0.6 required
        { province: "83", indicator: "child_malnutrition_rate", year: 2020, value: 4 },
        { province: "83", indicator: "child_malnutrition_rate", year: 2023, value: 0.9 },
      ],
    );
    const slow = byId.get("slow")!;
    expect(slow.achieved_growth).toBeCloseTo(-0.5, 9);
    expect(slow.required_growth_from_base).toBeCloseTo(-0.6, 9);
    expect(slow.ratio).toBeCloseTo(0.5 / 0.6, 9);
    expect(slow.status).toBe("needs_acceleration");
    expect(slow.required_growth).toBeCloseTo(-2 / 3, 9); // (1 - 3) / 3 years
    expect(byId.get("done")!.status).toBe("achieved");
  });

  test("a range is judged against its lower end for a higher-is-better indicator", async () => {
    // Income 53 (2020) → 80-87 (2025): 8.583 %/year required for 80; 60 in 2022 is 6.399 %/year.
    const { byId } = await measure(
      [{ id: "t", indicator: "income_per_capita", kind: "level", comparator: "range", low: 80, high: 87, year: 2025 }],
      [{ indicator: "income_per_capita", year: 2020, value: 53 }, { indicator: "income_per_capita", year: 2022, value: 60 }],
    );
    const r = byId.get("t")!;
    expect([r.target_low, r.target_high]).toEqual([80, 87]);
    expect(r.required_growth_from_base).toBeCloseTo(8.583246778943243, 9);
    expect(r.achieved_growth).toBeCloseTo(6.399035319786295, 9);
    expect(r.ratio).toBeCloseTo(0.7455261959244441, 9);
    expect(r.required_growth).toBeCloseTo(10.064241629820891, 9);
    expect(r.projected_value).toBeCloseTo(72.27104285872275, 9);
    expect(r.status).toBe("needs_acceleration");
  });

  test("no actuals, or one value only: no data, with the reason, never a NaN", async () => {
    const { byId } = await measure(
      [
        { id: "none", indicator: "grdp_per_capita", kind: "level", low: 100, year: 2025 },
        { id: "one", province: "83", indicator: "grdp_per_capita", kind: "level", low: 100, year: 2025 },
      ],
      [{ province: "83", indicator: "grdp_per_capita", year: 2020, value: 50 }],
    );
    expect([byId.get("none")!.status, byId.get("none")!.reason_code, byId.get("none")!.reason_vi, byId.get("none")!.ratio]).toEqual([
      "no_data",
      "no_value",
      "Chưa có số liệu nào từ năm 2020 đến năm 2025.",
      null,
    ]);
    // The base year's value alone: no value of the period yet.
    expect([byId.get("one")!.status, byId.get("one")!.reason_code, byId.get("one")!.points, byId.get("one")!.achieved_growth]).toEqual(["no_data", "no_value_in_period", 1, null]);
  });

  test("a target stated in tỷ USD is compared in the indicator's million USD", async () => {
    const { byId } = await measure(
      [{ id: "t", indicator: "export_turnover", kind: "level", low: 4.5, unit: "billion_usd", year: 2025 }],
      [{ indicator: "export_turnover", year: 2020, value: 3000 }, { indicator: "export_turnover", year: 2023, value: 4600 }],
    );
    expect([byId.get("t")!.target_low, byId.get("t")!.stated_low, byId.get("t")!.status]).toEqual([4500, 4.5, "achieved"]);
  });
});

describe("average growth targets", () => {
  test("7,0 - 7,5 %/year over 2021-2025, with 2023 missing", async () => {
    // Growth 7 (2021), 7.5 (2022), 6 (2024): ĝ = (1.07·1.075·1.06)^(1/3) - 1 = 6.8315 %;
    // the two years without data must average ((1.07^5)/Π)^(1/2) - 1 = 7.2532 % (8.5106 % for 7.5).
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_growth", kind: "avg_growth", comparator: "range", low: 7, high: 7.5, period_start: 2021, year: 2025 }],
      [
        { indicator: "grdp_growth", year: 2021, value: 7 },
        { indicator: "grdp_growth", year: 2022, value: 7.5 },
        { indicator: "grdp_growth", year: 2024, value: 6 },
      ],
    );
    const r = byId.get("t")!;
    expect([r.points, r.latest_year, r.base_year]).toEqual([3, 2024, 2020]);
    expect(r.achieved_growth).toBeCloseTo(6.8315105252132025, 9);
    expect(r.required_growth).toBeCloseTo(7.253232593294268, 9);
    expect(r.required_growth_high).toBeCloseTo(8.510585545014049, 9);
    expect(r.ratio).toBeCloseTo(0.9767079432283882, 9);
    expect(r.gap).toBeCloseTo(6.8315105252132025 - 7, 9);
    expect(r.status).toBe("on_track");
  });

  test("a one-year plan still running compares that year's growth with the target", async () => {
    // Bến Tre 2020 read in mid-2020: 7,6 % planned, 0,84 % estimated: ln(1.0084)/ln(1.076) = 0.1142.
    const { byId } = await measure(
      [{ id: "t", province: "83", indicator: "grdp_growth", kind: "avg_growth", low: 7.6, period_start: 2020, year: 2020, term: [2020, 2020] }],
      [{ province: "83", indicator: "grdp_growth", year: 2020, value: 0.84 }],
      { asOf: "2020-11-01" },
    );
    const r = byId.get("t")!;
    expect(r.achieved_growth).toBeCloseTo(0.84, 9);
    expect(r.required_growth).toBeNull();
    expect(r.ratio).toBeCloseTo(0.1141960901402255, 9);
    expect([r.period_ended, r.status]).toEqual([false, "limited_progress"]);
  });

  test("a completed period that met the target is achieved", async () => {
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_growth", kind: "avg_growth", comparator: "gte", low: 7, period_start: 2021, year: 2022, term: [2021, 2022] }],
      [{ indicator: "grdp_growth", year: 2021, value: 8 }, { indicator: "grdp_growth", year: 2022, value: 6.5 }],
    );
    expect(byId.get("t")!.status).toBe("achieved"); // (1.08·1.065)^(1/2) - 1 = 7.247 %
  });

  test("actuals at another price base than the target are no data, with the reason", async () => {
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_growth", kind: "avg_growth", low: 7, period_start: 2021, year: 2025, quote: "Tăng trưởng kinh tế (GRDP giá so sánh năm 2010) bình quân 7%/năm" }],
      [{ indicator: "grdp_growth", year: 2021, value: 7, price_base: 2020 }, { indicator: "grdp_growth", year: 2022, value: 7, price_base: 2020 }],
    );
    expect([byId.get("t")!.status, byId.get("t")!.reason_code, byId.get("t")!.reason_vi, byId.get("t")!.price_base]).toEqual([
      "no_data",
      "price_base_mix",
      "Số liệu theo giá so sánh khác với chỉ tiêu (giá so sánh năm 2010).",
      2010,
    ]);
  });
});

describe("cumulative, annual and annual change targets", () => {
  test("a cumulative amount against the pro-rata path", async () => {
    // 77.000 over 2021-2025; 15.000 + 16.000 in two years against 77.000 × 2/5 = 30.800.
    const { byId } = await measure(
      [{ id: "t", indicator: "budget_revenue", kind: "cumulative", low: 77000, period_start: 2021, year: 2025 }],
      [{ indicator: "budget_revenue", year: 2021, value: 15000 }, { indicator: "budget_revenue", year: 2022, value: 16000 }],
    );
    const r = byId.get("t")!;
    expect(r.ratio).toBeCloseTo(1.0064935064935066, 12);
    expect(r.required_growth).toBeCloseTo(15333.333333333334, 6);
    expect(r.achieved_growth).toBe(15500);
    expect(r.gap).toBe(31000 - 77000);
    expect(r.status).toBe("on_track");
  });

  test("an annual target: the years met out of the years with data", async () => {
    const { byId } = await measure(
      [{ id: "t", indicator: "party_org_good_rate", kind: "annual", comparator: "gte", low: 85, period_start: 2021, year: 2025 }],
      [
        { indicator: "party_org_good_rate", year: 2021, value: 90 },
        { indicator: "party_org_good_rate", year: 2022, value: 80 },
        { indicator: "party_org_good_rate", year: 2023, value: 88 },
      ],
    );
    expect([byId.get("t")!.ratio, byId.get("t")!.status, byId.get("t")!.reason_vi]).toEqual([2 / 3, "needs_acceleration", "2/3 năm có số liệu đạt chỉ tiêu."]);
  });

  test("a yearly change: malnutrition to fall by at least 1 point a year", async () => {
    // 5 % (2020) → 2,6 % (2023): -0,8 points a year; (−1·5 − (2,6 − 5)) / 2 = −1,3 still required.
    const { byId } = await measure(
      [{ id: "t", indicator: "child_malnutrition_rate", kind: "annual_change", comparator: "lte", low: -1, unit: "pp_per_year", period_start: 2021, year: 2025 }],
      [{ indicator: "child_malnutrition_rate", year: 2020, value: 5 }, { indicator: "child_malnutrition_rate", year: 2023, value: 2.6 }],
    );
    const r = byId.get("t")!;
    expect(r.achieved_growth).toBeCloseTo(-0.8, 9);
    expect(r.ratio).toBeCloseTo(0.8, 9);
    expect(r.required_growth).toBeCloseTo(-1.3, 9);
    expect(r.status).toBe("needs_acceleration");
  });
});
