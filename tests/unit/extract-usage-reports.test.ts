// Constructions of whole yearly reports and resolutions, found on the tune half of the unseen
// report set (tests/fixtures/unseen-reports/), each as a rule of usage with sentences written for
// this test (not taken from any document). Every figure of a sentence is checked, in order.
import { describe, expect, test } from "vitest";
import { extractFigures, type DocumentInfo } from "../../src/extract/extract.ts";
import { matcher } from "../helpers/corpus.ts";

type Row = [string, string, string, string, number, number | null, string, number | null, number | null];

const CONGRESS: Omit<DocumentInfo, "text"> = { name: "nghi-quyet.txt", term_start: 2025, term_end: 2030, published: "2025-10-10", doc_type: "party_congress_resolution" };
const PLAN: Omit<DocumentInfo, "text"> = { name: "ke-hoach.txt", term_start: 2026, term_end: 2026, published: "2025-12-12", doc_type: "annual_resolution" };
const RESULTS: Omit<DocumentInfo, "text"> = { name: "ket-qua.txt", term_start: 2025, term_end: 2025, published: "2025-12-20", doc_type: "annual_results_news" };

const rows = (info: Omit<DocumentInfo, "text">, text: string): Row[] =>
  extractFigures({ ...info, text }, matcher).figures.map((f) => [f.role, f.indicator_code, f.kind, f.comparator, f.value_low, f.value_high, f.unit, f.period_start, f.year]);
const check = (info: Omit<DocumentInfo, "text">) => (text: string, expected: Row[]) => expect(rows(info, text)).toEqual(expected);

describe("what tourists spend, and trade through the border gates", () => {
  test.each<[string, Row[]]>([
    ["Tổng thu từ khách du lịch năm 2026 đạt 12.400 tỷ đồng.", [["target", "tourism_revenue", "level", "eq", 12400, null, "billion_vnd", null, 2026]]],
    ["Tổng thu từ du lịch khoảng 9.000 tỷ đồng.", [["target", "tourism_revenue", "level", "eq", 9000, null, "billion_vnd", null, 2026]]],
    // A part of all trade, not the province's export-import turnover.
    ["Kim ngạch xuất nhập khẩu qua cửa khẩu đạt 3,2 tỷ USD.", [["target", "unknown", "level", "eq", 3.2, null, "billion_usd", null, 2026]]],
  ])("%s", check(PLAN));
});

describe("the same value twice in one sentence is two items, not a restatement", () => {
  test("a sector's range equal to the economy's", () => {
    check(CONGRESS)("Kinh tế tăng trưởng bình quân 8 - 8,5%/năm; thuế sản phẩm trừ trợ cấp sản phẩm tăng 8 - 8,5%/năm.", [
      ["target", "grdp_growth", "avg_growth", "range", 8, 8.5, "percent_per_year", 2026, 2030],
      ["target", "unknown", "avg_growth", "range", 8, 8.5, "percent_per_year", 2026, 2030],
    ]);
  });
});

describe("a table of indicators: each value cell is a figure of its column's year and role", () => {
  test("tab-separated, dot decimals, an estimate beside a plan", () => {
    const table = [
      "Các chỉ tiêu chủ yếu",
      "TT\tChỉ tiêu\tĐơn vị tính\tƯớc thực hiện năm 2025\tKế hoạch năm 2026",
      "1\tTốc độ tăng trưởng GRDP\t%\t7.8\t9",
      "2\tThu ngân sách nhà nước trên địa bàn\tTỷ đồng\t4.350\t5.100",
      "3\tSố giường bệnh/vạn dân\tGiường\t30.5\t31",
      "4\tTỷ lệ che phủ rừng\t%\t61.25\t61.5",
    ].join("\n");
    check(PLAN)(table, [
      ["actual", "grdp_growth", "avg_growth", "eq", 7.8, null, "percent_per_year", 2025, 2025],
      ["target", "grdp_growth", "avg_growth", "eq", 9, null, "percent_per_year", 2026, 2026],
      ["actual", "budget_revenue", "level", "eq", 4350, null, "billion_vnd", null, 2025],
      ["target", "budget_revenue", "level", "eq", 5100, null, "billion_vnd", null, 2026],
      ["actual", "hospital_beds_per_10k", "level", "eq", 30.5, null, "per_10k_pop", null, 2025],
      ["target", "hospital_beds_per_10k", "level", "eq", 31, null, "per_10k_pop", null, 2026],
      ["actual", "forest_cover_rate", "level", "eq", 61.25, null, "percent", null, 2025],
      ["target", "forest_cover_rate", "level", "eq", 61.5, null, "percent", null, 2026],
    ]);
  });
  test("cells between bars, comma decimals, a comparison column that is no figure", () => {
    const table = [
      "| Chỉ tiêu | ĐVT | Thực hiện 2024 | Kế hoạch 2025 | So sánh (%) |",
      "|---|---|---|---|---|",
      "| Tỷ lệ hộ nghèo | % | 2,1 | 1,6 | 76,2 |",
      "| Tỷ lệ đô thị hóa | % | 31,4 | 33 | 105,1 |",
    ].join("\n");
    check({ ...PLAN, published: "2024-12-10", term_start: 2025, term_end: 2025 })(table, [
      ["actual", "poverty_rate", "level", "eq", 2.1, null, "percent", null, 2024],
      ["target", "poverty_rate", "level", "eq", 1.6, null, "percent", null, 2025],
      ["actual", "urbanization_rate", "level", "eq", 31.4, null, "percent", null, 2024],
      ["target", "urbanization_rate", "level", "eq", 33, null, "percent", null, 2025],
    ]);
  });
  test("lines with tabs but no header naming indicators and years are no table", () => {
    check(PLAN)("Họ và tên\tChức vụ\tNăm sinh\nNguyễn Văn A\tChủ tịch\t1970", []);
  });
});

describe("a year after 'gấp … lần' or 'so với' is a base, not the year of what follows", () => {
  test("a target list after a multiple of the base year keeps the list's year", () => {
    check(CONGRESS)("Đến năm 2030, quy mô kinh tế gấp 1,8 lần năm 2025; GRDP bình quân đầu người đạt 150 triệu đồng; tỷ lệ đô thị hóa đạt 40%.", [
      ["target", "grdp_current", "level", "eq", 1.8, null, "times_2025", null, 2030],
      ["target", "grdp_per_capita", "level", "eq", 150, null, "million_vnd", null, 2030],
      ["target", "urbanization_rate", "level", "eq", 40, null, "percent", null, 2030],
    ]);
  });
  test("a result after a multiple of last year's value is of the report's year", () => {
    check(RESULTS)("Vốn FDI thu hút đạt 600 triệu USD, gấp 2,1 lần năm 2024. Tỷ lệ hộ nghèo còn 1,2%.", [
      ["actual", "unknown", "level", "eq", 600, null, "million_usd", null, 2025],
      ["actual", "unknown", "level", "eq", 2.1, null, "times_2024", null, 2025],
      ["actual", "poverty_rate", "level", "eq", 1.2, null, "percent", null, 2025],
    ]);
  });
});

describe("multiples of a stated base, and visits named by their unit", () => {
  test.each<[string, Row[]]>([
    // "năm trước" is the year before the report's.
    ["Khách quốc tế đạt 640 nghìn lượt, gấp 1,5 lần năm trước.", [
      ["actual", "unknown", "level", "eq", 0.64, null, "million_visits", null, 2025],
      ["actual", "unknown", "level", "eq", 1.5, null, "times_2024", null, 2025],
    ]],
    // No base, no figure: "gấp đôi" of what cannot be measured.
    ["Số dự án mới tăng gấp đôi.", []],
  ])("%s", check(RESULTS));
});

describe("a rate that falls by some points in one year is that year's change, not a level", () => {
  test.each<[string, Row[]]>([
    ["Tỷ lệ hộ nghèo giảm 1,2% so với năm trước.", [["target", "poverty_rate", "annual_change", "eq", -1.2, null, "pp_per_year", 2026, 2026]]],
    // Brought below a bound, or down to a value, it is a level all the same.
    ["Tỷ lệ hộ nghèo giảm còn 1,1%.", [["target", "poverty_rate", "level", "eq", 1.1, null, "percent", null, 2026]]],
    ["Tỷ lệ hộ nghèo giảm xuống dưới 2%.", [["target", "poverty_rate", "level", "lte", 2, null, "percent", null, 2026]]],
  ])("%s", check(PLAN));
  test("points of a rate, in a report of results", () => {
    check(RESULTS)("Tỷ lệ hộ nghèo còn 2,4%, giảm 0,8 điểm phần trăm so với đầu năm.", [
      ["actual", "poverty_rate", "level", "eq", 2.4, null, "percent", null, 2025],
      ["actual", "poverty_rate", "annual_change", "eq", -0.8, null, "pp_per_year", 2025, 2025],
    ]);
  });
  test("points over a term with no year of their own are no figure; points are never a growth", () => {
    check(CONGRESS)("Tỷ trọng kinh tế tư nhân tăng 4 điểm phần trăm.", []);
  });
});

describe("results beside plans in a report (own sentences)", () => {
  test("a rise after how much of the plan was done is the growth of the indicator before both", () => {
    check(RESULTS)("Tổng mức bán lẻ hàng hóa đạt 41.000 tỷ đồng, bằng 102,3% kế hoạch, tăng 9,4% so với cùng kỳ.", [
      ["actual", "retail_sales", "level", "eq", 41000, null, "billion_vnd", null, 2025],
      ["actual", "unknown", "level", "eq", 102.3, null, "percent", null, 2025],
      ["actual", "retail_sales_growth", "avg_growth", "eq", 9.4, null, "percent_per_year", 2025, 2025],
    ]);
  });
  test("a one-year change in a report's paragraph on next year's plan is of the year it names", () => {
    check(RESULTS)("Năm 2026, tỉnh phấn đấu tỷ lệ hộ nghèo giảm 0,7%; tỷ lệ đô thị hóa đạt 38%.", [
      ["target", "poverty_rate", "annual_change", "eq", -0.7, null, "pp_per_year", 2026, 2026],
      ["target", "urbanization_rate", "level", "eq", 38, null, "percent", null, 2026],
    ]);
  });
});

describe("two counts sharing one 'per 10.000 people'; lifespans; shares of units meeting a criterion", () => {
  test.each<[string, Row[]]>([
    ["Phấn đấu có 12 bác sĩ và 30 giường bệnh trên vạn dân.", [
      ["target", "doctors_per_10k", "level", "eq", 12, null, "per_10k_pop", null, 2030],
      ["target", "hospital_beds_per_10k", "level", "eq", 30, null, "per_10k_pop", null, 2030],
    ]],
    // A healthy lifespan is no life expectancy of the catalog, but a figure all the same.
    ["Tuổi thọ trung bình 75 tuổi, trong đó số năm sống khỏe mạnh đạt 66 năm.", [
      ["target", "life_expectancy", "level", "eq", 75, null, "years", null, 2030],
      ["target", "unknown", "level", "eq", 66, null, "years", null, 2030],
    ]],
    ["Bảo đảm 100% trạm y tế xã có bác sĩ.", [["target", "unknown", "level", "eq", 100, null, "percent", null, 2030]]],
    ["Có 100% cụm công nghiệp đang hoạt động có hệ thống xử lý nước thải.", [["target", "unknown", "level", "eq", 100, null, "percent", null, 2030]]],
    // Two verbs of one name joined by a comma: the rate named before the comma is the number's.
    ["Tỷ lệ chất thải nguy hại được thu gom, xử lý đạt 90%.", [["target", "unknown", "level", "eq", 90, null, "percent", null, 2030]]],
    // Thousands of enterprises, named by their noun.
    ["Đến năm 2030 có 30 nghìn doanh nghiệp đang hoạt động.", [["target", "unknown", "level", "eq", 30000, null, "enterprises", null, 2030]]],
  ])("%s", check(CONGRESS));
  test("a clause that only says when after a level's growth states the level", () => {
    check(CONGRESS)("Thu ngân sách trên địa bàn tăng bình quân 9%/năm, đến năm 2030 đạt trên 20 nghìn tỷ đồng.", [
      ["target", "budget_revenue_growth", "avg_growth", "eq", 9, null, "percent_per_year", 2026, 2030],
      ["target", "budget_revenue", "level", "gte", 20000, null, "billion_vnd", null, 2030],
    ]);
    // A clause that names its own subject does not take the level.
    check(CONGRESS)("Thu ngân sách trên địa bàn tăng bình quân 9%/năm, vốn đầu tư công đạt 20 nghìn tỷ đồng.", [
      ["target", "budget_revenue_growth", "avg_growth", "eq", 9, null, "percent_per_year", 2026, 2030],
      ["target", "unknown", "level", "eq", 20000, null, "billion_vnd", null, 2030],
    ]);
  });
});

describe("a bound after the number does not keep the name after it from the number", () => {
  test("'từ … trở lên' then the units the share counts", () => {
    check(CONGRESS)("Hằng năm có từ 85% trở lên tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.", [
      ["target", "party_org_good_rate", "annual", "gte", 85, null, "percent", 2026, 2030],
    ]);
  });
});

describe("totals over a term: 'cả giai đoạn', 'thêm' up to the term's last year", () => {
  test.each<[string, Row[]]>([
    ["Tổng vốn đầu tư toàn xã hội cả giai đoạn đạt 420 nghìn tỷ đồng.", [["target", "social_investment", "cumulative", "eq", 420000, null, "billion_vnd", 2026, 2030]]],
    ["Đến năm 2030 có thêm 25 xã đạt chuẩn nông thôn mới.", [["target", "ntm_communes_recognised", "cumulative", "eq", 25, null, "communes", 2026, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("beating a plan by some percent is not how much of it was done", () => {
  test("'vượt 4% kế hoạch' is unknown; 'bằng 104% kế hoạch' is the completion", () => {
    expect(rows(RESULTS, "Kim ngạch xuất khẩu đạt 900 triệu USD, tăng 6% so với năm trước và vượt 4% kế hoạch.").map((r) => r[1])).not.toContain("export_plan_completion_rate");
    check(RESULTS)("Kim ngạch xuất khẩu đạt 900 triệu USD, bằng 104% kế hoạch.", [
      ["actual", "export_turnover", "level", "eq", 900, null, "million_usd", null, 2025],
      ["actual", "export_plan_completion_rate", "level", "eq", 104, null, "percent", null, 2025],
    ]);
  });
});

describe("'năm' after the tens is the word year ('lăm' is five there)", () => {
  test.each<[string, Row[]]>([
    ["Tuổi thọ trung bình đạt bảy mươi hai năm.", [["target", "life_expectancy", "level", "eq", 72, null, "years", null, 2030]]],
    ["Tuổi thọ trung bình đạt tám mươi năm.", [["target", "life_expectancy", "level", "eq", 80, null, "years", null, 2030]]],
    ["Tuổi thọ trung bình đạt bảy mươi lăm tuổi.", [["target", "life_expectancy", "level", "eq", 75, null, "years", null, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("a mid-term review: expectations and aims in items that only say when", () => {
  const REVIEW = { name: "so-ket.txt", term_start: 2020, term_end: 2025, published: "2023-08-01", doc_type: "term_results_news" };
  test("'dự kiến năm …' and 'phấn đấu đến năm …' keep the subject of the item before", () => {
    check(REVIEW)("Thu ngân sách trên địa bàn năm 2022 đạt 9.800 tỷ đồng; dự kiến năm 2023 đạt 10.400 tỷ đồng, phấn đấu đến năm 2025 đạt 12.000 tỷ đồng.", [
      ["actual", "budget_revenue", "level", "eq", 9800, null, "billion_vnd", null, 2022],
      ["actual", "budget_revenue", "level", "eq", 10400, null, "billion_vnd", null, 2023],
      ["target", "budget_revenue", "level", "eq", 12000, null, "billion_vnd", null, 2025],
    ]);
  });
  test("a year in brackets right after a number is that number's", () => {
    check(REVIEW)("Tỷ lệ hộ nghèo giảm từ 6,4% (cuối năm 2020) xuống 3,9% (cuối năm 2022).", [
      ["actual", "poverty_rate", "level", "eq", 6.4, null, "percent", null, 2020],
      ["actual", "poverty_rate", "level", "eq", 3.9, null, "percent", null, 2022],
    ]);
  });
});
