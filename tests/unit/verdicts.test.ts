// Final verdicts, the base-year rule, consistent series and the reported results of a whole
// period, on values computed by hand (the arithmetic is in the comments; python3 for the digits).
// As-of dates: 2025-06-01 while the 2021-2025 term runs, 2026-12-01 once it is over.
import { describe, expect, test } from "vitest";
import { measure, type TestTarget } from "../helpers/warehouse.ts";

const RUNNING = { asOf: "2025-06-01" };
const ENDED = { asOf: "2026-12-01" };

describe("the four verdicts the site got wrong", () => {
  // Tiền Giang's GRDP per capita: 57,4 (2020, provincial portal), 69,1 (2022, an aggregator), 68,7
  // (2023, statistics office); target 91,5 - 93,5 triệu in 2025.
  const perCapita = [
    { indicator: "grdp_per_capita", year: 2020, value: 57.4, status: "estimate" as const, source: "http://songoaivu.tiengiang.gov.vn/chi-tiet-tin" },
    { indicator: "grdp_per_capita", year: 2022, value: 69.1, status: "estimate" as const, source: "https://iphub.vn/tien-giang/" },
    { indicator: "grdp_per_capita", year: 2023, value: 68.7, status: "estimate" as const, source: "http://cucthongketiengiang.gso.gov.vn/tinh-hinh" },
  ];
  const perCapitaTarget = { id: "t", indicator: "grdp_per_capita", kind: "level" as const, comparator: "range" as const, low: 91.5, high: 93.5, year: 2025 };

  test("Tiền Giang GRDP per capita 2025: the 2022 aggregator value is an outlier, progress runs from 2020, needs acceleration", async () => {
    const { byId, query } = await measure([perCapitaTarget], perCapita, RUNNING);
    // Path between the neighbours: 57,4 · (68,7/57,4)^(2/3) = 64,7056; 69,1 is above both
    // neighbours and 69,1/64,7056 = 1,0679, more than 5 % off, from a third host: an outlier.
    const [outlier] = await query("SELECT year, outlier, path_value FROM series_values WHERE indicator_code = 'grdp_per_capita' AND outlier");
    expect([outlier.year, outlier.outlier]).toEqual([2022, true]);
    expect(outlier.path_value).toBeCloseTo(64.70558810558138, 9);
    const r = byId.get("t")!;
    // c = (68,7/57,4)^(1/3) − 1 = 6,1732 %; r = (91,5/57,4)^(1/5) − 1 = 9,7746 %; R = 0,63157.
    expect([r.base_year_used, r.base_value, r.latest_year, r.latest_value, r.points]).toEqual([2020, 57.4, 2023, 68.7, 2]);
    expect(r.achieved_growth).toBeCloseTo(6.173210091067949, 9);
    expect(r.required_growth_from_base).toBeCloseTo(9.774594198965602, 9);
    expect(r.ratio).toBeCloseTo(0.6315566626511441, 9);
    // Still required from 2023: (91,5/68,7)^(1/2) − 1 = 15,407 %.
    expect(r.required_growth).toBeCloseTo(15.407007120782822, 9);
    expect([r.period_ended, r.status]).toEqual([false, "needs_acceleration"]);
  });

  test("… and once 2025 is over without a 2025 value: no final value, with the progress measured to 2023", async () => {
    const { byId } = await measure([perCapitaTarget], perCapita, ENDED);
    const r = byId.get("t")!;
    expect([r.period_ended, r.status, r.progress_status, r.reason_code, r.final_value]).toEqual([true, "no_final_value", "needs_acceleration", "no_final_value", null]);
    expect(r.reason_vi).toBe("Giai đoạn đã kết thúc nhưng chưa có giá trị cuối kỳ (chưa có số liệu năm 2025); tiến độ đến năm 2023: tỷ số 0,63 (Cần tăng tốc).");
  });

  test("Tiền Giang budget revenue 77.000 tỷ over 2021-2025 from one year: no ratio, then no final value with the missing years", async () => {
    const target = { id: "t", indicator: "budget_revenue", kind: "cumulative" as const, low: 77000, period_start: 2021, year: 2025 };
    const actuals = [{ indicator: "budget_revenue", year: 2024, value: 11785 }];
    const running = (await measure([target], actuals, RUNNING)).byId.get("t")!;
    // One year of five: no pro-rata ratio (it would say 11.785 / (77.000 × 1/5) = 0,765, "needs acceleration").
    expect([running.status, running.reason_code, running.ratio, running.points]).toEqual(["no_data", "one_point", null, 1]);
    expect(running.missing_years).toBe("2021, 2022, 2023");
    const ended = (await measure([target], actuals, ENDED)).byId.get("t")!;
    expect([ended.status, ended.final_value, ended.missing_years, ended.reason_code]).toEqual(["no_final_value", null, "2021, 2022, 2023, 2025", "no_final_value"]);
    expect(ended.reason_vi).toBe(
      "Giai đoạn đã kết thúc nhưng chưa có giá trị cuối kỳ (thiếu số liệu các năm 2021, 2022, 2023, 2025 và không có tổng cả giai đoạn). Mới có một năm số liệu (2024) trong 5 năm: cần ít nhất hai để đo tiến độ.",
    );
  });

  test("Bến Tre's 2020 growth target of 7,6 %: 2020 is over, growth was 0,84 %: not achieved by 6,76 points", async () => {
    const { byId } = await measure(
      [{ id: "t", province: "83", indicator: "grdp_growth", kind: "avg_growth", low: 7.6, period_start: 2020, year: 2020, term: [2020, 2020] }],
      [{ province: "83", indicator: "grdp_growth", year: 2020, value: 0.84 }],
      ENDED,
    );
    const r = byId.get("t")!;
    // One year, complete: ĝ = 0,84; 0,84 − 7,6 = −6,76.
    expect([r.period_ended, r.term_label, r.status, r.final_value, r.final_basis]).toEqual([true, "2020", "not_achieved", 0.84, "yearly_actuals"]);
    expect(r.verdict_gap).toBeCloseTo(-6.76, 9);
  });

  test("Cần Thơ's 2025 target of over 10 %: growth 7,23 % (two sources against one early 8,3 %): not achieved by 2,77 points", async () => {
    const { byId, query } = await measure(
      [{ id: "t", province: "92", units: "34", indicator: "grdp_growth", kind: "avg_growth", comparator: "gte", low: 10, period_start: 2025, year: 2025, term: [2025, 2025] }],
      [
        { province: "92", units: "34", indicator: "grdp_growth", year: 2025, value: 8.3, status: "estimate", source: "https://thanhnien.vn/tang-truong" },
        { province: "92", units: "34", indicator: "grdp_growth", year: 2025, value: 7.23, status: "estimate", source: "https://vneconomy.vn/muc-tieu-2026" },
        { province: "92", units: "34", indicator: "grdp_growth", year: 2025, value: 7.23, status: "estimate", source: "https://vneconomy.vn/khong-dat-muc-tieu" },
      ],
      ENDED,
    );
    const [chosen] = await query("SELECT value, choice_reason FROM actuals_ranked WHERE chosen");
    expect([chosen.value, chosen.choice_reason]).toEqual([7.23, "given by 2 sources"]);
    const r = byId.get("t")!;
    expect([r.status, r.final_value]).toEqual(["not_achieved", 7.23]);
    expect(r.verdict_gap).toBeCloseTo(7.23 - 10, 9);
  });
});

describe("ended periods", () => {
  test("a two-sided range: a level inside the range and a lower-is-better rate above it", async () => {
    const { byId } = await measure(
      [
        { id: "inside", indicator: "grdp_per_capita", kind: "level", comparator: "range", low: 91.5, high: 93.5, year: 2025 },
        { id: "above", province: "83", indicator: "child_malnutrition_rate", kind: "level", comparator: "range", low: 8, high: 10, year: 2025 },
      ],
      [
        { indicator: "grdp_per_capita", year: 2020, value: 60 },
        { indicator: "grdp_per_capita", year: 2025, value: 92.4 },
        { province: "83", indicator: "child_malnutrition_rate", year: 2020, value: 12 },
        { province: "83", indicator: "child_malnutrition_rate", year: 2025, value: 10.5 },
      ],
      ENDED,
    );
    // Higher is better: judged against the lower end, 92,4 − 91,5 = +0,9.
    const inside = byId.get("inside")!;
    expect([inside.status, inside.final_value]).toEqual(["achieved", 92.4]);
    expect(inside.verdict_gap).toBeCloseTo(0.9, 9);
    // Lower is better: judged against the upper end, −(10,5 − 10) = −0,5.
    const above = byId.get("above")!;
    expect([above.status, above.final_value, above.direction_sign]).toEqual(["not_achieved", 10.5, -1]);
    expect(above.verdict_gap).toBeCloseTo(-0.5, 9);
  });

  test("a sector share with no base value to tell its way must land in its range", async () => {
    // Lâm Đồng's 2024 plan: agriculture 36,1 - 36,6 % of GRDP, no 2023 value. 43,8 is 7,2 points
    // above the range: not achieved; 36,3 is inside: achieved.
    const target = (id: string, province: string): TestTarget => ({ id, province, indicator: "share_agri", kind: "level", comparator: "range", low: 36.1, high: 36.6, period_start: 2024, year: 2024, term: [2024, 2024] });
    const { byId } = await measure(
      [target("above", "68"), target("inside", "83")],
      [{ province: "68", indicator: "share_agri", year: 2024, value: 43.8 }, { province: "83", indicator: "share_agri", year: 2024, value: 36.3 }],
      ENDED,
    );
    expect([byId.get("above")!.status, byId.get("above")!.direction_sign]).toEqual(["not_achieved", 0]);
    expect(byId.get("above")!.verdict_gap).toBeCloseTo(36.6 - 43.8, 9);
    expect([byId.get("inside")!.status, byId.get("inside")!.verdict_gap]).toEqual(["achieved", 0]);
  });

  test("an average growth range with every year known: ĝ over the five years", async () => {
    // (1,06 · 1,07 · 1,08 · 1,05 · 1,09)^(1/5) − 1 = 6,9907 % against 7,0 - 7,5: not achieved by 0,0093.
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_growth", kind: "avg_growth", comparator: "range", low: 7, high: 7.5, period_start: 2021, year: 2025 }],
      [6, 7, 8, 5, 9].map((value, i) => ({ indicator: "grdp_growth", year: 2021 + i, value })),
      ENDED,
    );
    const r = byId.get("t")!;
    expect([r.status, r.final_basis]).toEqual(["not_achieved", "yearly_actuals"]);
    expect(r.final_value).toBeCloseTo(6.990653225850352, 9);
    expect(r.verdict_gap).toBeCloseTo(6.990653225850352 - 7, 9);
  });

  test("only the average reported for the whole period: the verdict rests on it", async () => {
    // Yearly growth 2021-2024 only; the province reported 5,51 %/năm for 2021-2025: 5,51 − 6,5 = −0,99.
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_growth", kind: "avg_growth", comparator: "gte", low: 6.5, period_start: 2021, year: 2025 }],
      [3, 6, 7, 6].map((value, i) => ({ indicator: "grdp_growth", year: 2021 + i, value })),
      { ...ENDED, termResults: [{ indicator: "grdp_growth", period_start: 2021, period_end: 2025, value: 5.51, source: "https://thanhnien.vn/dai-hoi" }] },
    );
    const r = byId.get("t")!;
    expect([r.status, r.final_value, r.final_basis, r.final_source, r.reason_code]).toEqual(["not_achieved", 5.51, "term_result", "https://thanhnien.vn/dai-hoi", "term_result"]);
    expect(r.verdict_gap).toBeCloseTo(-0.99, 9);
    expect(r.missing_years).toBe("2025");
  });

  test("a reported average of another period does not count", async () => {
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_growth", kind: "avg_growth", comparator: "gte", low: 6.5, period_start: 2021, year: 2025 }],
      [],
      { ...ENDED, termResults: [{ indicator: "grdp_growth", period_start: 2021, period_end: 2023, value: 3.9 }] },
    );
    expect([byId.get("t")!.status, byId.get("t")!.final_value]).toEqual(["no_final_value", null]);
  });

  test("a finished cumulative target: the sum of the five years, or the years known when they already reach it", async () => {
    const { byId } = await measure(
      [
        { id: "all", indicator: "budget_revenue", kind: "cumulative", low: 77000, period_start: 2021, year: 2025 },
        { id: "early", province: "83", indicator: "budget_revenue", kind: "cumulative", low: 20000, period_start: 2021, year: 2025 },
      ],
      [
        ...[14000, 15000, 16000, 15000, 16500].map((value, i) => ({ indicator: "budget_revenue", year: 2021 + i, value })),
        { province: "83", indicator: "budget_revenue", year: 2021, value: 9000 },
        { province: "83", indicator: "budget_revenue", year: 2023, value: 12000 },
      ],
      ENDED,
    );
    // 14.000 + 15.000 + 16.000 + 15.000 + 16.500 = 76.500 < 77.000: not achieved by 500.
    expect([byId.get("all")!.status, byId.get("all")!.final_value, byId.get("all")!.verdict_gap]).toEqual(["not_achieved", 76500, -500]);
    // 9.000 + 12.000 = 21.000 ≥ 20.000 with three years missing: achieved all the same.
    expect([byId.get("early")!.status, byId.get("early")!.final_value, byId.get("early")!.missing_years]).toEqual(["achieved", 21000, "2022, 2024, 2025"]);
  });

  test("an annual target with a missed year is not achieved, however many years are missing", async () => {
    const { byId } = await measure(
      [{ id: "t", indicator: "party_org_good_rate", kind: "annual", comparator: "gte", low: 85, period_start: 2021, year: 2025 }],
      [{ indicator: "party_org_good_rate", year: 2021, value: 90 }, { indicator: "party_org_good_rate", year: 2022, value: 80 }],
      ENDED,
    );
    // The worst year, 80, against 85: −5.
    expect([byId.get("t")!.status, byId.get("t")!.final_value, byId.get("t")!.verdict_gap]).toEqual(["not_achieved", 80, -5]);
  });
});

describe("two points and the right base", () => {
  test("a level target with no value in its base year or before: no ratio from the first point inside the period", async () => {
    const targets = [{ id: "t", indicator: "grdp_per_capita", kind: "level" as const, low: 120, year: 2025 }];
    const actuals = [{ indicator: "grdp_per_capita", year: 2022, value: 80 }, { indicator: "grdp_per_capita", year: 2023, value: 90 }];
    const r = (await measure(targets, actuals, RUNNING)).byId.get("t")!;
    expect([r.status, r.reason_code, r.ratio, r.base_year_used, r.achieved_growth]).toEqual(["no_data", "no_base_value", null, null, null]);
    expect(r.reason_vi).toBe("Chưa có số liệu năm gốc 2020 hay năm nào trước đó: chưa đo được tiến độ (không lấy năm đầu tiên trong giai đoạn thay cho năm gốc).");
    // Still required from the latest: (120/90)^(1/2) − 1 = 15,4701 %.
    expect(r.required_growth).toBeCloseTo((Math.sqrt(120 / 90) - 1) * 100, 9);
  });

  test("a base year without a value: the nearest earlier year, named", async () => {
    // 100 (2018) → 150 (2023): (1,5)^(1/5) − 1 = 8,4472 %; target 200 in 2025: 2^(1/7) − 1 = 10,4090 %; R = 0,81153.
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_per_capita", kind: "level", low: 200, year: 2025 }],
      [{ indicator: "grdp_per_capita", year: 2018, value: 100 }, { indicator: "grdp_per_capita", year: 2023, value: 150 }],
      RUNNING,
    );
    const r = byId.get("t")!;
    expect([r.base_year, r.base_year_used, r.reason_code, r.status]).toEqual([2020, 2018, "base_year_substituted", "needs_acceleration"]);
    expect(r.achieved_growth).toBeCloseTo(8.447177119769854, 9);
    expect(r.required_growth_from_base).toBeCloseTo(10.408951367381224, 9);
    expect(r.ratio).toBeCloseTo(0.8115300784516077, 9);
    expect(r.reason_vi).toBe("Năm gốc 2020 không có số liệu: tính từ năm gần nhất trước đó, 2018.");
  });

  test("average growth from one year only: no ratio while the period runs", async () => {
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_growth", kind: "avg_growth", low: 7, period_start: 2021, year: 2025 }],
      [{ indicator: "grdp_growth", year: 2021, value: 8 }],
      RUNNING,
    );
    expect([byId.get("t")!.status, byId.get("t")!.reason_code, byId.get("t")!.ratio]).toEqual(["no_data", "one_point", null]);
  });
});

describe("series, not cells", () => {
  test("a change of price base inside the period stops the average; the reason names it", async () => {
    const { byId } = await measure(
      [{ id: "t", indicator: "grdp_growth", kind: "avg_growth", low: 7, period_start: 2021, year: 2025 }],
      [
        { indicator: "grdp_growth", year: 2021, value: 7, price_base: 2010 },
        { indicator: "grdp_growth", year: 2022, value: 7, price_base: 2010 },
        { indicator: "grdp_growth", year: 2023, value: 7, price_base: 2020 },
        { indicator: "grdp_growth", year: 2024, value: 7 },
      ],
      RUNNING,
    );
    const r = byId.get("t")!;
    expect([r.status, r.series_break, r.reason_code, r.achieved_growth]).toEqual(["no_data", true, "series_break", null]);
    expect(r.reason_vi).toBe("Chuỗi số liệu bị gãy (đổi giá so sánh từ năm 2010 sang năm 2020 từ năm 2023): không tính bình quân qua chỗ gãy.");
  });

  test("a change of poverty standard (2021 → 2022) stops the ratio, not the final verdict", async () => {
    const target = { id: "t", indicator: "poverty_rate", kind: "level" as const, comparator: "lte" as const, low: 1, year: 2025 };
    const actuals = [
      { indicator: "poverty_rate", year: 2020, value: 4, note: "chuẩn nghèo đa chiều 2016-2020" },
      // Measured at the end of 2021 under the new standard, as its note says.
      { indicator: "poverty_rate", year: 2021, value: 1.6, note: "chuẩn nghèo đa chiều 2022-2025" },
      { indicator: "poverty_rate", year: 2023, value: 1.2 },
    ];
    const running = (await measure([target], actuals, RUNNING)).byId.get("t")!;
    expect([running.status, running.series_break, running.reason_code, running.ratio]).toEqual(["no_data", true, "series_break", null]);
    expect(running.reason_vi).toBe("Chuỗi số liệu bị gãy (đổi chuẩn nghèo từ 2016-2020 sang 2022-2025 từ năm 2021): không tính tiến độ qua chỗ gãy.");
    const ended = (await measure([target], [...actuals, { indicator: "poverty_rate", year: 2025, value: 0.9 }], ENDED)).byId.get("t")!;
    // 0,9 ≤ 1: achieved; lower is better, so the gap is −(0,9 − 1) = +0,1.
    expect([ended.status, ended.final_value]).toEqual(["achieved", 0.9]);
    expect(ended.verdict_gap).toBeCloseTo(0.1, 9);
  });

  test("an old province that is its new unit's whole territory reads the new unit's 2025 value", async () => {
    // Hà Tĩnh (42) is one province among the 63 and one unit among the 34: its 2025 growth, reported
    // for the unit, completes the 2021-2025 average: (1,05·1,03·1,08·1,07·1,0878)^(1/5) − 1.
    const growth = [5, 3, 8, 7];
    const { byId } = await measure(
      [{ id: "t", province: "42", indicator: "grdp_growth", kind: "avg_growth", low: 7, period_start: 2021, year: 2025 }],
      [
        ...growth.map((value, i) => ({ province: "42", indicator: "grdp_growth", year: 2021 + i, value })),
        { province: "42", units: "34" as const, indicator: "grdp_growth", year: 2025, value: 8.78 },
      ],
      ENDED,
    );
    const expected = (Math.pow(1.05 * 1.03 * 1.08 * 1.07 * 1.0878, 1 / 5) - 1) * 100; // 6,148 %
    expect(byId.get("t")!.final_value).toBeCloseTo(expected, 9);
    expect(byId.get("t")!.status).toBe("not_achieved");
  });
});
