// The economic structure against target structures on either basis, and the 2025 merger.
import { describe, expect, test } from "vitest";
import { measure } from "../helpers/warehouse.ts";

describe("structure", () => {
  test("a target structure summing to 100 is compared without taxes; the sum check flags what is off", async () => {
    // Tiền Giang 2025: 29,7 + 35,6 + 34,7 = 100, a basis without product taxes. Actuals 2020 with taxes:
    // 33 + 30 + 30 + 7 = 100, so without taxes agriculture is 33/93 = 35,4839 %.
    const { query } = await measure(
      [
        { id: "a", indicator: "share_agri", kind: "level" as const, low: 29.7, year: 2025 },
        { id: "i", indicator: "share_industry_construction", kind: "level" as const, low: 35.6, year: 2025 },
        { id: "s", indicator: "share_services", kind: "level" as const, low: 34.7, year: 2025 },
      ].map((t) => ({ ...t, id: t.id.padEnd(12, "0"), doc: "tiengiang" })),
      [
        { indicator: "share_agri", year: 2020, value: 33 },
        { indicator: "share_industry_construction", year: 2020, value: 30 },
        { indicator: "share_services", year: 2020, value: 30 },
        { indicator: "share_product_tax", year: 2020, value: 7 },
        { indicator: "share_agri", year: 2022, value: 30 },
        { indicator: "share_industry_construction", year: 2022, value: 32 },
        { indicator: "share_services", year: 2022, value: 31 },
      ],
    );
    const rows = await query("SELECT * FROM structure WHERE sector = 'agri' ORDER BY year");
    expect(rows.map((r) => [r.year, r.data_basis, r.sum_off, r.target_basis])).toEqual([
      [2020, "four_components", false, "without_taxes"],
      [2022, "taxes_not_reported", true, "without_taxes"],
    ]);
    expect(rows[0].share_without_taxes).toBeCloseTo((100 * 33) / 93, 9);
    expect(rows[1].share_without_taxes).toBeCloseTo((100 * 30) / 93, 9);
    expect(rows[1].gap_to_target).toBeCloseTo((100 * 30) / 93 - 29.7, 9);
    expect(rows[1].shift_since_base).toBeCloseTo((100 * 30) / 93 - (100 * 33) / 93, 9);
    expect(rows[1].shift_required_per_year).toBeCloseTo((29.7 - (100 * 30) / 93) / 3, 9);
  });

  test("a target structure leaving room for taxes is compared with taxes", async () => {
    // Bến Tre 2020: 31,83 + 19,63 + 45,69 = 97,15, leaving 2,85 for product taxes.
    const { query } = await measure(
      [
        { id: "a0000000000b", doc: "bentre", province: "83", indicator: "share_agri", kind: "level", low: 31.83, year: 2020, term: [2020, 2020] },
        { id: "i0000000000b", doc: "bentre", province: "83", indicator: "share_industry_construction", kind: "level", low: 19.63, year: 2020, term: [2020, 2020] },
        { id: "s0000000000b", doc: "bentre", province: "83", indicator: "share_services", kind: "level", low: 45.69, year: 2020, term: [2020, 2020] },
      ],
      [
        { province: "83", indicator: "share_agri", year: 2020, value: 32 },
        { province: "83", indicator: "share_industry_construction", year: 2020, value: 20 },
        { province: "83", indicator: "share_services", year: 2020, value: 45 },
        { province: "83", indicator: "share_product_tax", year: 2020, value: 3 },
      ],
    );
    const [agri] = await query("SELECT * FROM structure WHERE sector = 'agri'");
    expect([agri.target_basis, agri.share_on_target_basis]).toEqual(["with_taxes", 32]);
    expect(agri.target_tax_share).toBeCloseTo(2.85, 9);
    expect(agri.gap_to_target).toBeCloseTo(32 - 31.83, 9);
  });
});

describe("the 2025 merger", () => {
  test("additive indicators are summed, shares weighted by GRDP, per capita by implied population", async () => {
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
    const rows = await query("SELECT indicator_code, value, method, parts, parts_with_data FROM merged_units WHERE province_code = '86' ORDER BY indicator_code");
    const by = new Map(rows.map((r) => [r.indicator_code, r]));
    expect([by.get("grdp_current")!.value, by.get("grdp_current")!.method]).toEqual([400, "sum"]);
    // (30·100 + 20·200 + 40·100) / 400 = 27,5
    expect(by.get("share_agri")!.value).toBeCloseTo(27.5, 9);
    // 400 / (100/50 + 200/40 + 100/100) = 400 / 8 = 50
    expect([by.get("grdp_per_capita")!.value, by.get("grdp_per_capita")!.method]).toEqual([50, "implied_population"]);
    // Exports of one part only: not summed.
    expect([by.get("export_turnover")!.value, by.get("export_turnover")!.method, by.get("export_turnover")!.parts_with_data]).toEqual([null, "incomplete", 1]);
  });

  test("a unit that is one old province keeps its series", async () => {
    const { query } = await measure([], [{ province: "42", indicator: "grdp_growth", year: 2024, value: 7.1 }]);
    const rows = await query("SELECT value, method FROM merged_units WHERE province_code = '42'");
    expect(rows).toEqual([{ value: 7.1, method: "same_territory" }]);
  });
});
