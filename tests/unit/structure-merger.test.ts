// The economic structure on each basis, compared with target structures only like with like,
// and the 2025 merger (values of the new units from their old provinces). Hand arithmetic in the
// comments.
import { describe, expect, test } from "vitest";
import { measure, type TestTarget } from "../helpers/warehouse.ts";

const structureTarget = (doc: string, province: string, shares: [number, number, number], quote = "", year = 2025): TestTarget[] =>
  (["share_agri", "share_industry_construction", "share_services"] as const).map((indicator, i) => ({
    id: `${doc}${i}`.padEnd(12, "0"), doc, province, indicator, kind: "level" as const, low: shares[i], year, quote,
  }));
const shares = (province: string, year: number, values: (number | null)[], note = "") =>
  ["share_agri", "share_industry_construction", "share_services", "share_product_tax"]
    .map((indicator, i) => ({ province, indicator, year, value: values[i]!, note }))
    .filter((a) => a.value !== null && a.value !== undefined);

describe("the basis of each year of data", () => {
  test("Sóc Trăng: three sectors summing to 100, four components, three sectors summing to less (the taxes unstated)", async () => {
    const { query } = await measure([], [
      ...shares("94", 2019, [37.77, 17.82, 44.41]),
      ...shares("94", 2023, [41.81, 15.1, 39.95, 3.14]),
      ...shares("94", 2024, [40.97, 16.18, 39.77]),
    ]);
    const rows = await query("SELECT year, sector, data_basis, product_tax_share, share_total, share_taxes_in_services, share_without_taxes, sum_off FROM structure WHERE units = '63' AND province_code = '94' ORDER BY year, sector");
    const at = (year: number, sector: string) => rows.find((r) => r.year === year && r.sector === sector)!;
    // 37,77 + 17,82 + 44,41 = 100: the services hold the taxes; agriculture is still a share of all GRDP.
    expect([at(2019, "services").data_basis, at(2019, "services").share_total, at(2019, "services").share_taxes_in_services, at(2019, "services").share_without_taxes]).toEqual([
      "three_sectors_taxes_in_services", null, 44.41, null,
    ]);
    expect(at(2019, "agri").share_total).toBe(37.77);
    expect(at(2023, "services").data_basis).toBe("four_components");
    // 39,95 + 3,14 = 43,09 with the taxes in services; 39,95 / 96,86 without them.
    expect(at(2023, "services").share_taxes_in_services).toBeCloseTo(43.09, 9);
    expect(at(2023, "services").share_without_taxes).toBeCloseTo((100 * 39.95) / 96.86, 9);
    // 40,97 + 16,18 + 39,77 = 96,92: four components with the taxes the rest, 3,08.
    expect([at(2024, "services").data_basis, at(2024, "services").sum_off]).toEqual(["four_components", false]);
    expect(at(2024, "services").product_tax_share).toBeCloseTo(3.08, 9);
    expect(at(2024, "services").share_taxes_in_services).toBeCloseTo(42.85, 9);
  });

  test("Hà Tĩnh: the services share without taxes no longer jumps from 34,8 to 45,0 when a year folds the taxes in", async () => {
    const { query } = await measure([], [...shares("42", 2021, [15.52, 43.95, 31.76, 8.77]), ...shares("42", 2023, [14, 41, 45])]);
    const rows = await query("SELECT year, data_basis, share_without_taxes FROM structure WHERE units = '63' AND province_code = '42' AND sector = 'services' ORDER BY year");
    // 2021: 31,76 / (15,52 + 43,95 + 31,76) = 31,76 / 91,23 = 34,813 %; 2023 cannot be rescaled.
    expect(rows.map((r) => [r.year, r.data_basis])).toEqual([[2021, "four_components"], [2023, "three_sectors_taxes_in_services"]]);
    expect(rows[0].share_without_taxes).toBeCloseTo((100 * 31.76) / 91.23, 9);
    expect(rows[1].share_without_taxes).toBeNull();
  });

  test("two sectors only is incomplete, not 'taxes not reported'; a note saying the taxes are left out makes three sectors without taxes", async () => {
    const { query } = await measure([], [...shares("82", 2020, [38.6, 26.9]), ...shares("84", 2023, [20, 30, 50], "ba khu vực không tính thuế sản phẩm")]);
    const rows = await query("SELECT province_code, sector, data_basis, share_without_taxes FROM structure ORDER BY province_code, sector");
    expect(rows.map((r) => [r.province_code, r.sector, r.data_basis, r.share_without_taxes])).toEqual([
      ["82", "agri", "incomplete", null],
      ["82", "industry_construction", "incomplete", null],
      ["84", "agri", "three_sectors_without_taxes", 20],
      ["84", "industry_construction", "three_sectors_without_taxes", 30],
      ["84", "services", "three_sectors_without_taxes", 50],
    ]);
  });
});

describe("a target structure is compared on its own basis", () => {
  test("three sectors summing to 100 (Tiền Giang 2025: 29,7 + 35,6 + 34,7) against four-component data, taxes moved into services", async () => {
    const { query, byId } = await measure(structureTarget("tiengiang", "82", [29.7, 35.6, 34.7]), [
      ...shares("82", 2020, [33, 30, 30, 7]),
      ...shares("82", 2022, [30, 32, 31]),
    ]);
    const rows = await query("SELECT * FROM structure WHERE target_id IS NOT NULL ORDER BY year, sector");
    const at = (year: number, sector: string) => rows.find((r) => r.year === year && r.sector === sector)!;
    expect(at(2022, "agri").target_basis).toBe("three_sectors_taxes_in_services");
    expect([at(2020, "agri").share_on_target_basis, at(2020, "services").share_on_target_basis, at(2020, "agri").compared]).toEqual([33, 37, true]);
    // 2022 sums to 93: four components, the taxes the rest (7), services 31 + 7 = 38.
    expect([at(2022, "agri").data_basis, at(2022, "agri").sum_off, at(2022, "agri").share_on_target_basis]).toEqual(["four_components", false, 30]);
    expect(at(2022, "services").share_on_target_basis).toBe(38);
    expect(at(2022, "agri").gap_to_target).toBeCloseTo(30 - 29.7, 9);
    expect(at(2022, "agri").shift_since_base).toBeCloseTo(30 - 33, 9);
    expect(at(2022, "agri").shift_required_per_year).toBeCloseTo((29.7 - 30) / 3, 9);
    // The progress of the services target reads the same basis: 37 (2020) → 38 (2022) against 34,7,
    // a fall of 2,3 points required: (38 − 37)/2 = +0,5 a year the wrong way, R = −0,5 / 0,46 < 0.
    const services = byId.get("tiengiang200")!;
    expect([services.base_value, services.latest_value, services.status]).toEqual([37, 38, "deteriorating"]);
    expect(services.required_growth_from_base).toBeCloseTo((34.7 - 37) / 5, 9);
  });

  test("three sectors summing to less than 100 (Bến Tre 2020: 31,83 + 19,63 + 45,69 = 97,15) leave the rest to taxes: four components", async () => {
    const { query } = await measure(structureTarget("bentre", "83", [31.83, 19.63, 45.69], "", 2020).map((t) => ({ ...t, term: [2020, 2020] as [number, number] })), shares("83", 2020, [32, 20, 45, 3]));
    const [agri] = await query("SELECT * FROM structure WHERE sector = 'agri'");
    expect([agri.target_basis, agri.share_on_target_basis, agri.compared]).toEqual(["four_components", 32, true]);
    expect(agri.target_tax_share).toBeCloseTo(2.85, 9);
    expect(agri.gap_to_target).toBeCloseTo(32 - 31.83, 9);
  });

  test("a four-component target against a year that folds the taxes into services: agriculture compared, services not, with the reason", async () => {
    // 12 + 45 + 38 = 95: the taxes are 5. Hà Tĩnh 2023 prints 14 / 41 / 45 summing to 100.
    const { query } = await measure(structureTarget("hatinh", "42", [12, 45, 38]), shares("42", 2023, [14, 41, 45]));
    const rows = await query("SELECT sector, compared, share_on_target_basis, gap_to_target, not_compared_reason_vi FROM structure WHERE target_id IS NOT NULL ORDER BY sector");
    expect(rows.map((r) => [r.sector, r.compared, r.share_on_target_basis])).toEqual([
      ["agri", true, 14],
      ["industry_construction", true, 41],
      ["services", false, null],
    ]);
    expect(rows[0].gap_to_target).toBeCloseTo(2, 9);
    expect(rows[2].not_compared_reason_vi).toBe("Dịch vụ năm 2023 gồm cả thuế sản phẩm; chỉ tiêu tính riêng thuế: không so được khu vực này.");
  });

  test("a target without taxes, said so: four components rescaled, three sectors without taxes as published, an incomplete year not compared", async () => {
    const quote = "cơ cấu ba khu vực không tính thuế sản phẩm";
    const { query } = await measure(structureTarget("travinh", "84", [18, 32, 50], quote), [
      ...shares("84", 2021, [18, 27, 45, 10]),
      ...shares("84", 2023, [20, 30, 50], "không tính thuế"),
      ...shares("84", 2024, [19]),
    ]);
    const rows = await query("SELECT year, data_basis, target_basis, compared, share_on_target_basis, not_compared_reason_vi FROM structure WHERE sector = 'agri' ORDER BY year");
    // 2021: 18 / (18 + 27 + 45) = 20 %.
    expect(rows.map((r) => [r.year, r.data_basis, r.target_basis, r.compared, r.share_on_target_basis])).toEqual([
      [2021, "four_components", "three_sectors_without_taxes", true, 20],
      [2023, "three_sectors_without_taxes", "three_sectors_without_taxes", true, 20],
      [2024, "incomplete", "three_sectors_without_taxes", false, null],
    ]);
    expect(rows[2].not_compared_reason_vi).toBe("Số liệu năm 2024 không đủ ba khu vực: không quy được về cách tính của chỉ tiêu.");
  });

  test("a single sector target is incomplete and read as a share of all GRDP", async () => {
    const { query } = await measure(
      [{ id: "only0agri000", doc: "haugiang", province: "93", indicator: "share_agri", kind: "level", comparator: "lte", low: 20, year: 2025 }],
      [...shares("93", 2022, [24.06, 29.95, 36.86, 9.14]), ...shares("93", 2023, [21.95, 35.68, 42.37])],
    );
    const rows = await query("SELECT year, target_basis, compared, share_on_target_basis FROM structure WHERE sector = 'agri' ORDER BY year");
    expect(rows.map((r) => [r.year, r.target_basis, r.compared, r.share_on_target_basis])).toEqual([
      [2022, "incomplete", true, 24.06],
      [2023, "incomplete", true, 21.95],
    ]);
  });
});

describe("the 2025 merger", () => {
  test("additive indicators are summed, shares from summed components, per capita from summed levels", async () => {
    // Vĩnh Long (86) merged Vĩnh Long (86), Bến Tre (83) and Trà Vinh (84).
    const parts = [
      { province: "86", grdp: 100, agri: 30, perCapita: 50 },
      { province: "83", grdp: 200, agri: 20, perCapita: 40 },
      { province: "84", grdp: 100, agri: 40, perCapita: 100 },
    ];
    const actuals = parts.flatMap((p) => [
      { province: p.province, indicator: "grdp_current", year: 2024, value: p.grdp },
      { province: p.province, indicator: "share_agri", year: 2024, value: p.agri },
      { province: p.province, indicator: "grdp_per_capita", year: 2024, value: p.perCapita },
    ]);
    actuals.push({ province: "86", indicator: "export_turnover", year: 2024, value: 1000 });
    const { query } = await measure([], actuals);
    const rows = await query("SELECT indicator_code, value, method, parts, parts_with_data, reason_vi FROM merged_units WHERE province_code = '86' ORDER BY indicator_code");
    const by = new Map(rows.map((r) => [r.indicator_code, r]));
    expect([by.get("grdp_current")!.value, by.get("grdp_current")!.method]).toEqual([400, "sum"]);
    // (30·100 + 20·200 + 40·100) / 400 = 27,5: the agricultural value added summed over GRDP summed.
    expect(by.get("share_agri")!.value).toBeCloseTo(27.5, 9);
    expect(by.get("share_agri")!.method).toBe("share_components");
    // No population: the population each part implies, 400 / (100/50 + 200/40 + 100/100) = 400 / 8 = 50.
    expect([by.get("grdp_per_capita")!.value, by.get("grdp_per_capita")!.method]).toEqual([50, "per_capita"]);
    // Exports of one part only: not summed, and the reason names the parts without a value.
    expect([by.get("export_turnover")!.value, by.get("export_turnover")!.method, by.get("export_turnover")!.parts_with_data]).toEqual([null, "not_computable", 1]);
    expect(by.get("export_turnover")!.reason_vi).toBe("thiếu số liệu năm 2024 của Bến Tre (83), Trà Vinh (84)");
  });

  test("per capita from summed GRDP and population where every part has its population", async () => {
    // Đồng Tháp (82) = Tiền Giang (82) + Đồng Tháp (87): (120.000 + 110.000) tỷ / (1.800.000 + 1.600.000)
    // persons = 230.000 / 3.400.000 tỷ a person = 67,647 triệu đồng.
    const actuals = [
      { province: "82", indicator: "grdp_current", year: 2024, value: 120000 },
      { province: "87", indicator: "grdp_current", year: 2024, value: 110000 },
      { province: "82", indicator: "population", year: 2024, value: 1800000 },
      { province: "87", indicator: "population", year: 2024, value: 1600000 },
      { province: "82", indicator: "grdp_per_capita", year: 2024, value: 66.7 },
    ];
    const { query } = await measure([], actuals);
    const [row] = await query("SELECT value, method FROM merged_units WHERE province_code = '82' AND indicator_code = 'grdp_per_capita'");
    expect(row.method).toBe("per_capita");
    expect(row.value).toBeCloseTo((1000 * 230000) / 3400000, 9);
    const [population] = await query("SELECT value, method FROM merged_units WHERE province_code = '82' AND indicator_code = 'population'");
    expect([population.value, population.method]).toEqual([3400000, "sum"]);
  });

  test("growth is weighted by the previous year's GRDP, or by the nearest year in which every part has one", async () => {
    const actuals = [
      { province: "82", indicator: "grdp_growth", year: 2024, value: 7 },
      { province: "87", indicator: "grdp_growth", year: 2024, value: 5 },
      // No 2023 GRDP for 87: the weights are those of 2022, the nearest year with both.
      { province: "82", indicator: "grdp_current", year: 2022, value: 300 },
      { province: "87", indicator: "grdp_current", year: 2022, value: 100 },
      { province: "82", indicator: "grdp_current", year: 2023, value: 320 },
    ];
    const { query } = await measure([], actuals);
    const [row] = await query("SELECT value, method, weight_year FROM merged_units WHERE province_code = '82' AND indicator_code = 'grdp_growth'");
    // (7·300 + 5·100) / 400 = 6,5.
    expect([row.method, row.weight_year]).toEqual(["grdp_weighted", 2022]);
    expect(row.value).toBeCloseTo(6.5, 9);
  });

  test("a unit that is one old province keeps its series", async () => {
    const { query } = await measure([], [{ province: "42", indicator: "grdp_growth", year: 2024, value: 7.1 }]);
    const rows = await query("SELECT value, method FROM merged_units WHERE province_code = '42'");
    expect(rows).toEqual([{ value: 7.1, method: "same_territory" }]);
  });
});
