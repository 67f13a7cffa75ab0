// The constructions of Vietnamese official usage that decide how a number is read, each with
// sentences written for this test (not taken from any document). Every figure of a sentence is
// checked, in order: an extra or a missing figure fails the test as much as a wrong field.
import { describe, expect, test } from "vitest";
import { extractFigures, type DocumentInfo } from "../../src/extract/extract.ts";
import { matcher } from "../helpers/corpus.ts";

type Row = [string, string, string, string, number, number | null, string, number | null, number | null];

/** A congress resolution for 2025-2030, a yearly plan for 2026, a yearly report of 2025 results. */
const CONGRESS: Omit<DocumentInfo, "text"> = { name: "nghi-quyet.txt", term_start: 2025, term_end: 2030, published: "2025-10-10", doc_type: "party_congress_resolution" };
const PLAN: Omit<DocumentInfo, "text"> = { name: "ke-hoach.txt", term_start: 2026, term_end: 2026, published: "2025-12-20", doc_type: "annual_plan_news" };
const RESULTS: Omit<DocumentInfo, "text"> = { name: "ket-qua.txt", term_start: 2025, term_end: 2025, published: "2026-01-08", doc_type: "annual_results_news" };

const rows = (info: Omit<DocumentInfo, "text">, text: string): Row[] =>
  extractFigures({ ...info, text }, matcher).figures.map((f) => [f.role, f.indicator_code, f.kind, f.comparator, f.value_low, f.value_high, f.unit, f.period_start, f.year]);

const check = (info: Omit<DocumentInfo, "text">) => (text: string, expected: Row[]) => expect(rows(info, text)).toEqual(expected);

describe("totals over a term are cumulative", () => {
  test.each<[string, Row[]]>([
    ["Tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 450.000 tỷ đồng.", [["target", "social_investment", "cumulative", "eq", 450000, null, "billion_vnd", 2026, 2030]]],
    ["Thu ngân sách nhà nước trên địa bàn 5 năm đạt 120.000 tỷ đồng.", [["target", "budget_revenue", "cumulative", "eq", 120000, null, "billion_vnd", 2026, 2030]]],
    ["Phấn đấu có thêm 3 huyện đạt chuẩn nông thôn mới.", [["target", "ntm_district_count", "cumulative", "eq", 3, null, "districts", 2026, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("items of a list, after a colon or a number", () => {
  test.each<[string, Row[]]>([
    ["GRDP bình quân đầu người: từ 8.300 đến 8.500 USD.", [["target", "grdp_per_capita", "level", "range", 8300, 8500, "usd", null, 2030]]],
    ["(4) Tốc độ tăng năng suất lao động bình quân từ 7 đến 7,5%/năm.", [["target", "labour_productivity_growth", "avg_growth", "range", 7, 7.5, "percent_per_year", 2026, 2030]]],
    ["Số bác sĩ/vạn dân: 15 bác sĩ.", [["target", "doctors_per_10k", "level", "eq", 15, null, "per_10k_pop", null, 2030]]],
    ["Số giường bệnh/vạn dân: 34 giường.", [["target", "hospital_beds_per_10k", "level", "eq", 34, null, "per_10k_pop", null, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("comparators after the value and around ranges", () => {
  test.each<[string, Row[]]>([
    ["Tốc độ tăng trưởng kinh tế bình quân đạt từ 9% trở lên.", [["target", "grdp_growth", "avg_growth", "gte", 9, null, "percent_per_year", 2026, 2030]]],
    ["Quy mô kinh tế đến năm 2030 đạt 500 nghìn tỷ đồng trở lên.", [["target", "grdp_current", "level", "gte", 500000, null, "billion_vnd", null, 2030]]],
    ["Tỷ lệ lao động qua đào tạo không dưới 75%.", [["target", "trained_labour_rate", "level", "gte", 75, null, "percent", null, 2030]]],
    ["Tỷ lệ che phủ rừng tối thiểu 45%.", [["target", "forest_cover_rate", "level", "gte", 45, null, "percent", null, 2030]]],
    ["Tỷ lệ hộ nghèo giảm còn dưới 1,5%.", [["target", "poverty_rate", "level", "lte", 1.5, null, "percent", null, 2030]]],
    ["Thu nhập bình quân đầu người khoảng 150 - 160 triệu đồng.", [["target", "income_per_capita", "level", "range", 150, 160, "million_vnd", null, 2030]]],
    ["Tỷ lệ hộ nghèo giảm bình quân 1 - 1,5%/năm.", [["target", "poverty_rate", "annual_change", "range", -1.5, -1, "pp_per_year", 2026, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("numbers written in words", () => {
  test.each<[string, Row[]]>([
    ["Tăng trưởng kinh tế năm 2026 đạt bảy phần trăm.", [["target", "grdp_growth", "avg_growth", "eq", 7, null, "percent_per_year", 2026, 2026]]],
    ["Giải quyết việc làm cho hai trăm nghìn lao động trong 5 năm.", [["target", "jobs_created", "cumulative", "eq", 200000, null, "persons", 2026, 2030]]],
    ["Đến năm 2030 có ba mươi ba xã đạt chuẩn nông thôn mới.", [["target", "ntm_communes", "level", "eq", 33, null, "communes", null, 2030]]],
    ["Thu hút từ tám triệu đến chín triệu lượt khách du lịch.", [["target", "tourist_arrivals", "level", "range", 8, 9, "million_visits", null, 2030]]],
    ["Số bác sĩ đạt mười bốn bác sĩ trên một vạn dân.", [["target", "doctors_per_10k", "level", "eq", 14, null, "per_10k_pop", null, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("multiples of a base year", () => {
  test.each<[string, Row[]]>([
    ["Quy mô kinh tế năm 2030 gấp hơn 2 lần so với năm 2025.", [["target", "grdp_current", "level", "gte", 2, null, "times_2025", null, 2030]]],
    ["Quy mô kinh tế tăng gấp đôi so với năm 2025.", [["target", "grdp_current", "level", "eq", 2, null, "times_2025", null, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("units", () => {
  test.each<[string, Row[]]>([
    ["GRDP bình quân đầu người đạt 5.200 USD.", [["target", "grdp_per_capita", "level", "eq", 5200, null, "usd", null, 2030]]],
    ["Giá trị sản phẩm trên 1 ha đất trồng trọt đạt 150 triệu đồng/ha.", [["target", "output_per_hectare", "level", "eq", 150, null, "million_vnd_per_ha", null, 2030]]],
    ["Tuổi thọ trung bình của người dân đạt 75,5 tuổi.", [["target", "life_expectancy", "level", "eq", 75.5, null, "years", null, 2030]]],
    ["Tuổi thọ bình quân đạt 76 năm.", [["target", "life_expectancy", "level", "eq", 76, null, "years", null, 2030]]],
    ["Số bác sỹ trên vạn dân đạt 12 bác sỹ.", [["target", "doctors_per_10k", "level", "eq", 12, null, "per_10k_pop", null, 2030]]],
    ["Tỷ lệ thất nghiệp khu vực thành thị dưới 3%.", [["target", "urban_unemployment_rate", "level", "lte", 3, null, "percent", null, 2030]]],
    ["Dân số đến năm 2030 đạt khoảng 1,9 triệu người.", [["target", "population", "level", "eq", 1900000, null, "persons", null, 2030]]],
    ["Tỷ lệ tăng dân số tự nhiên khoảng 0,9%.", [["target", "natural_population_growth_rate", "level", "eq", 0.9, null, "percent", null, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("results beside their plans", () => {
  test.each<[string, Row[]]>([
    ["Thu ngân sách nhà nước đạt 12.500 tỷ đồng, bằng 104% dự toán.", [
      ["actual", "budget_revenue", "level", "eq", 12500, null, "billion_vnd", null, 2025],
      ["actual", "unknown", "level", "eq", 104, null, "percent", null, 2025],
    ]],
    ["Tăng trưởng kinh tế đạt 7,2%, không đạt chỉ tiêu 8% đề ra.", [
      ["actual", "grdp_growth", "avg_growth", "eq", 7.2, null, "percent_per_year", 2025, 2025],
      ["target", "grdp_growth", "avg_growth", "eq", 8, null, "percent_per_year", 2025, 2025],
    ]],
    ["Tổng mức bán lẻ hàng hóa tăng 12% so với cùng kỳ.", [["actual", "retail_sales_growth", "avg_growth", "eq", 12, null, "percent_per_year", 2025, 2025]]],
    ["Kim ngạch xuất khẩu đạt 2 tỷ USD, vượt 15,7% KH.", [["actual", "export_turnover", "level", "eq", 2, null, "billion_usd", null, 2025]]],
    ["Thu ngân sách nội địa vượt 15,7% KH.", [["actual", "unknown", "level", "eq", 15.7, null, "percent", null, 2025]]],
    ["Riêng quý IV, GRDP tăng 8,22%.", [["actual", "unknown", "avg_growth", "eq", 8.22, null, "percent_per_year", 2025, 2025]]],
  ])("%s", check(RESULTS));
  test("a mid-term review's expected result is a result, of the year it names", () => {
    const review = { name: "so-ket.txt", term_start: 2015, term_end: 2020, published: "2018-08-01", doc_type: "term_results_news" };
    check(review)("Dự kiến năm 2018, tăng trưởng kinh tế đạt 6,8%.", [["actual", "grdp_growth", "avg_growth", "eq", 6.8, null, "percent_per_year", 2018, 2018]]);
  });
  test("the plan of a year is a target even when the result of the year is the nearest cue", () => {
    check(PLAN)("Năm 2025, tăng trưởng kinh tế ước đạt 8,5%. Năm 2026, phấn đấu tăng trưởng kinh tế 10%.", [
      ["actual", "grdp_growth", "avg_growth", "eq", 8.5, null, "percent_per_year", 2025, 2025],
      ["target", "grdp_growth", "avg_growth", "eq", 10, null, "percent_per_year", 2026, 2026],
    ]);
  });
  test("a plan list's items take the list's year", () => {
    check(PLAN)("Các chỉ tiêu chủ yếu năm 2026: tổng sản phẩm trên địa bàn tỉnh tăng 8%; thu ngân sách 15.000 tỷ đồng.", [
      ["target", "grdp_growth", "avg_growth", "eq", 8, null, "percent_per_year", 2026, 2026],
      ["target", "budget_revenue", "level", "eq", 15000, null, "billion_vnd", null, 2026],
    ]);
  });
});

describe("a subject does not cross a clause or item boundary", () => {
  test("after a semicolon, a number with no subject of its own is unknown", () => {
    check(CONGRESS)("Tỷ lệ trường đạt chuẩn quốc gia đạt 80%; có 90% trẻ em trong độ tuổi được tiêm chủng.", [
      ["target", "school_standard_rate", "level", "eq", 80, null, "percent", null, 2030],
      // A share of children of an age is a figure of its own (extract-usage-released.test.ts).
      ["target", "unknown", "level", "eq", 90, null, "percent", null, 2030],
    ]);
  });
  test("a subject shared before a colon reaches every item", () => {
    check(CONGRESS)("Tỷ lệ che phủ rừng: năm 2026 đạt 43%; năm 2030 đạt 45%.", [
      ["target", "forest_cover_rate", "level", "eq", 43, null, "percent", null, 2026],
      ["target", "forest_cover_rate", "level", "eq", 45, null, "percent", null, 2030],
    ]);
  });
  test("a growth after a comma is the growth of the level before it", () => {
    check(RESULTS)("Vốn đầu tư toàn xã hội đạt 60.000 tỷ đồng, tăng 11%.", [
      ["actual", "social_investment", "level", "eq", 60000, null, "billion_vnd", null, 2025],
      ["actual", "social_investment_growth", "avg_growth", "eq", 11, null, "percent_per_year", 2025, 2025],
    ]);
  });
});

describe("the role comes from the text and the document type, never from the file name", () => {
  test("a file named like a report holding a resolution's targets", () => {
    check({ ...CONGRESS, name: "bao-cao_ket-qua_actual.txt" })("Tốc độ tăng trưởng kinh tế bình quân 10%/năm.", [
      ["target", "grdp_growth", "avg_growth", "eq", 10, null, "percent_per_year", 2026, 2030],
    ]);
  });
  test("a document of results with no cue", () => {
    check({ ...RESULTS, name: "x.txt" })("Kim ngạch xuất khẩu 2,5 tỷ USD.", [["actual", "export_turnover", "level", "eq", 2.5, null, "billion_usd", null, 2025]]);
  });
});

describe("rules found where the first rules failed (own sentences)", () => {
  const REVIEW = { name: "so-ket.txt", term_start: 2020, term_end: 2025, published: "2023-07-01", doc_type: "term_results_news" };
  test("an item that only says when keeps the subject of the item before it", () => {
    check(REVIEW)("Tăng trưởng kinh tế dự kiến năm 2023 đạt 6,1%; bình quân giai đoạn 2021-2023 đạt 5,8%/năm (mục tiêu 2021-2025 đạt 7%).", [
      ["actual", "grdp_growth", "avg_growth", "eq", 6.1, null, "percent_per_year", 2023, 2023],
      ["actual", "grdp_growth", "avg_growth", "eq", 5.8, null, "percent_per_year", 2021, 2023],
      ["target", "grdp_growth", "avg_growth", "eq", 7, null, "percent_per_year", 2021, 2025],
    ]);
  });
  test("an increase over the term is not the level", () => {
    check({ ...REVIEW, published: "2025-09-01", term_start: 2020, term_end: 2025 })("Thu nhập bình quân đầu người đạt 62 triệu đồng, tăng 18 triệu đồng so với năm 2020.", [
      ["actual", "income_per_capita", "level", "eq", 62, null, "million_vnd", null, 2025],
      ["actual", "unknown", "cumulative", "eq", 18, null, "million_vnd", 2021, 2025],
    ]);
  });
  test("a subgroup, a share of labour and gross output are other indicators than the catalog's", () => {
    check(CONGRESS)("Tỷ lệ hộ nghèo giảm bình quân 1%/năm (riêng các xã đặc biệt khó khăn giảm 3%/năm).", [
      ["target", "poverty_rate", "annual_change", "eq", -1, null, "pp_per_year", 2026, 2030],
      ["target", "unknown", "annual_change", "eq", -3, null, "pp_per_year", 2026, 2030],
    ]);
    check(CONGRESS)("Tỷ lệ lao động trong khu vực nông nghiệp giảm còn 30%.", [["target", "unknown", "level", "eq", 30, null, "percent", null, 2030]]);
    check(PLAN)("Giá trị sản xuất các khu vực năm 2026: khu vực dịch vụ tăng 9%.", [["target", "unknown", "avg_growth", "eq", 9, null, "percent_per_year", 2026, 2026]]);
  });
  test("a share of GRDP is investment's only where the words say so", () => {
    check(CONGRESS)("Vốn đầu tư toàn xã hội bình quân chiếm 32% GRDP; kinh tế tư nhân đóng góp 50% GRDP.", [
      ["target", "social_investment_share_grdp", "level", "eq", 32, null, "percent", null, 2030],
      ["target", "unknown", "level", "eq", 50, null, "percent", null, 2030],
    ]);
  });
  test("a rate per 10.000 people is named by its noun", () => {
    check(PLAN)("Năm 2026 phấn đấu đạt 28 giường bệnh/10.000 dân.", [["target", "hospital_beds_per_10k", "level", "eq", 28, null, "per_10k_pop", null, 2026]]);
  });
  test("'không đạt mục tiêu' and 'để đạt được' are no cues of their own role", () => {
    check(RESULTS)("Tuy không đạt mục tiêu đề ra, khách du lịch đạt 3,2 triệu lượt.", [["actual", "tourist_arrivals", "level", "eq", 3.2, null, "million_visits", null, 2025]]);
    check(PLAN)("Để đạt được mục tiêu đó, ngành công nghiệp tăng trưởng 12%.", [["target", "industrial_output_growth", "avg_growth", "eq", 12, null, "percent_per_year", 2026, 2026]]);
  });
  test("a clause after a comparison with the plan states the plan; 'vượt so với kế hoạch và tăng' is a result", () => {
    check(RESULTS)("Kim ngạch xuất khẩu tăng 4% so với kế hoạch, tăng từ 6 - 7%.", [
      ["actual", "export_growth", "avg_growth", "eq", 4, null, "percent_per_year", 2025, 2025],
      ["target", "export_growth", "avg_growth", "range", 6, 7, "percent_per_year", 2025, 2025],
    ]);
  });
  test("a value restated in other words is the figure already found", () => {
    check(CONGRESS)("Tỷ lệ hộ có đoàn viên, hội viên đạt 85%. Đến năm 2030, số hộ tham gia các tổ chức chính trị - xã hội đạt 85%.", [
      ["target", "households_in_mass_org_rate", "level", "eq", 85, null, "percent", null, 2030],
    ]);
  });
});

describe("rules found on the phrase set's tune half (own sentences)", () => {
  const confidences = (text: string) => extractFigures({ ...CONGRESS, text }, matcher).figures.map((f) => f.confidence);
  test("the share of some units that meet a criterion is a figure, named where the catalog names the criterion", () => {
    check(CONGRESS)("Phấn đấu 100% trạm y tế có bác sĩ làm việc.", [["target", "unknown", "level", "eq", 100, null, "percent", null, 2030]]);
    check(CONGRESS)("Đến năm 2030, 100% xã, phường đạt Bộ tiêu chí quốc gia về y tế.", [["target", "health_standard_commune_rate", "level", "eq", 100, null, "percent", null, 2030]]);
  });
  test("where a change starts ('từ … lên/xuống …') is a result of its year, stated as it was", () => {
    check(CONGRESS)("GRDP bình quân đầu người tăng từ 4.800 USD năm 2025 lên 7.500 USD năm 2030.", [
      ["actual", "grdp_per_capita", "level", "eq", 4800, null, "usd", null, 2025],
      ["target", "grdp_per_capita", "level", "eq", 7500, null, "usd", null, 2030],
    ]);
    check(CONGRESS)("Tỷ lệ hộ nghèo giảm từ 3,2% xuống dưới 1%.", [
      ["actual", "poverty_rate", "level", "eq", 3.2, null, "percent", null, 2025],
      ["target", "poverty_rate", "level", "lte", 1, null, "percent", null, 2030],
    ]);
  });
  test("two subjects joined by 'và' that share the predicate: one figure for each", () => {
    check(CONGRESS)("Hằng năm có trên 85% tổ chức cơ sở đảng và đảng viên hoàn thành tốt nhiệm vụ.", [
      ["target", "party_org_good_rate", "annual", "gte", 85, null, "percent", 2026, 2030],
      ["target", "party_member_completion_rate", "annual", "gte", 85, null, "percent", 2026, 2030],
    ]);
  });
  test("'tăng trưởng' with no subject is GRDP growth held for review; with a subject no alias knows, unknown", () => {
    const generic = "Tăng trưởng bình quân 8,5%/năm.";
    check(CONGRESS)(generic, [["target", "grdp_growth", "avg_growth", "eq", 8.5, null, "percent_per_year", 2026, 2030]]);
    expect(confidences(generic)).toEqual([0.7]);
    expect(confidences("Tốc độ tăng trưởng kinh tế bình quân 8,5%/năm.")).toEqual([0.9]);
    check(CONGRESS)("Tốc độ tăng trưởng công nghiệp bình quân 12%/năm.", [["target", "unknown", "avg_growth", "eq", 12, null, "percent_per_year", 2026, 2030]]);
  });
  test("a rate per year after a level is its growth; after a share's words, the share's change", () => {
    check(CONGRESS)("GRDP bình quân đạt trên 9%/năm.", [["target", "grdp_growth", "avg_growth", "gte", 9, null, "percent_per_year", 2026, 2030]]);
    check(CONGRESS)("Tỷ trọng dịch vụ tăng bình quân 1%/năm.", [["target", "share_services", "annual_change", "eq", 1, null, "pp_per_year", 2026, 2030]]);
    check(CONGRESS)("Thuế sản phẩm tăng 10%.", [["target", "unknown", "avg_growth", "eq", 10, null, "percent_per_year", 2026, 2030]]);
  });
  test("an item naming another area takes the sibling indicator", () => {
    check(CONGRESS)("Tỷ lệ dân cư đô thị được sử dụng nước sạch đạt 99%, nông thôn trên 80%.", [
      ["target", "clean_water_urban_rate", "level", "eq", 99, null, "percent", null, 2030],
      ["target", "clean_water_rural_rate", "level", "gte", 80, null, "percent", null, 2030],
    ]);
  });
  test("words after a name that make it a part or another measure", () => {
    check(CONGRESS)("Số lượt khách quốc tế đạt 1,2 triệu lượt.", [["target", "unknown", "level", "eq", 1.2, null, "million_visits", null, 2030]]);
    check(CONGRESS)("Kim ngạch xuất khẩu hàng địa phương đạt 2 tỷ USD.", [["target", "unknown", "level", "eq", 2, null, "billion_usd", null, 2030]]);
    check(CONGRESS)("Quy mô GRDP theo giá so sánh đạt 200.000 tỷ đồng.", [["target", "unknown", "level", "eq", 200000, null, "billion_vnd", null, 2030]]);
  });
  test("GRDP alone, an abbreviation in brackets, an income per month, an average over the term", () => {
    check(CONGRESS)("GRDP đạt 240.000 tỷ đồng.", [["target", "grdp_current", "level", "eq", 240000, null, "billion_vnd", null, 2030]]);
    check(CONGRESS)("Tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người đạt 6.000 USD.", [["target", "grdp_per_capita", "level", "eq", 6000, null, "usd", null, 2030]]);
    check(CONGRESS)("Thu nhập bình quân đầu người đạt 9 triệu đồng/người/tháng.", [["target", "income_per_capita", "level", "eq", 9, null, "million_vnd_per_month", null, 2030]]);
    check(CONGRESS)("Tỷ lệ đô thị hóa giai đoạn 2026 - 2030 đạt bình quân 45%.", [["target", "urbanization_rate", "annual", "eq", 45, null, "percent", 2026, 2030]]);
  });
});

describe("precision of the indicator: a name from a neighbouring clause is not this number's (own sentences)", () => {
  test("a clause after a comma that opens with a measure's own head noun does not take the name before it", () => {
    check(RESULTS)("Kim ngạch xuất khẩu đạt 2,5 tỷ USD, tổng vốn đăng ký của các dự án mới 300 triệu USD.", [
      ["actual", "export_turnover", "level", "eq", 2.5, null, "billion_usd", null, 2025],
      ["actual", "unknown", "level", "eq", 300, null, "million_usd", null, 2025],
    ]);
  });
  test("a head noun with no words of its own restates the subject before it", () => {
    check(RESULTS)("Tỷ lệ hộ nghèo cuối năm theo chuẩn đa chiều, tỷ lệ 3,1%.", [["actual", "poverty_rate", "level", "eq", 3.1, null, "percent", null, 2025]]);
  });
  test("an amount per person is a per-capita figure, never a total", () => {
    check(RESULTS)("Năm 2025, GRDP đạt 96,5 triệu đồng/người.", [["actual", "grdp_per_capita", "level", "eq", 96.5, null, "million_vnd", null, 2025]]);
    check(RESULTS)("Quy mô nền kinh tế đạt 150.000 tỷ đồng, bình quân 95 triệu đồng/người.", [
      ["actual", "grdp_current", "level", "eq", 150000, null, "billion_vnd", null, 2025],
      ["actual", "grdp_per_capita", "level", "eq", 95, null, "million_vnd", null, 2025],
    ]);
    check(RESULTS)("Kim ngạch xuất khẩu đạt 2 tỷ USD, bình quân 1.200 USD/người.", [
      ["actual", "export_turnover", "level", "eq", 2, null, "billion_usd", null, 2025],
      ["actual", "unknown", "level", "eq", 1200, null, "usd", null, 2025],
    ]);
  });
  test("the growth of a share is not the share; exports of one kind of goods are not all exports", () => {
    check(CONGRESS)("Tốc độ tăng trưởng kinh tế số đạt 20%/năm.", [["target", "unknown", "avg_growth", "eq", 20, null, "percent_per_year", 2026, 2030]]);
    check(CONGRESS)("Tỷ trọng kinh tế số trong GRDP đạt 30%.", [["target", "digital_economy_share", "level", "eq", 30, null, "percent", null, 2030]]);
    check(CONGRESS)("Xuất khẩu nông sản đạt 1 tỷ USD.", [["target", "unknown", "level", "eq", 1, null, "billion_usd", null, 2030]]);
    check(CONGRESS)("Tăng trưởng xuất khẩu bình quân 10%/năm.", [["target", "export_growth", "avg_growth", "eq", 10, null, "percent_per_year", 2026, 2030]]);
  });
  test("a higher grade of a standard is a part of those meeting it; the standard itself keeps its code", () => {
    check(CONGRESS)("Có 30 xã đạt chuẩn nông thôn mới kiểu mẫu.", [["target", "unknown", "level", "eq", 30, null, "communes", null, 2030]]);
    check(CONGRESS)("Có 80 xã đạt chuẩn nông thôn mới.", [["target", "ntm_communes", "level", "eq", 80, null, "communes", null, 2030]]);
  });
  test("a share of GRDP after a sector's growth is that sector's share; after another measure, unknown", () => {
    check(CONGRESS)("Khu vực nông nghiệp tăng 3%, chiếm 20% GRDP.", [
      ["target", "agri_growth", "avg_growth", "eq", 3, null, "percent_per_year", 2026, 2030],
      ["target", "share_agri", "level", "eq", 20, null, "percent", null, 2030],
    ]);
    check(CONGRESS)("Kim ngạch xuất khẩu tăng 10%, bằng 50% GRDP.", [
      ["target", "export_growth", "avg_growth", "eq", 10, null, "percent_per_year", 2026, 2030],
      ["target", "unknown", "level", "eq", 50, null, "percent", null, 2030],
    ]);
  });
  test("the short name 'tổng sản phẩm' and a price basis before 'bình quân đầu người'", () => {
    check(RESULTS)("Tổng sản phẩm bình quân đầu người đạt 88 triệu đồng.", [["actual", "grdp_per_capita", "level", "eq", 88, null, "million_vnd", null, 2025]]);
    check(RESULTS)("GRDP giá hiện hành bình quân đầu người cuối năm đạt 71,5 triệu đồng.", [["actual", "grdp_per_capita", "level", "eq", 71.5, null, "million_vnd", null, 2025]]);
  });
});

describe("reports of results: a sector's amount then its share, sectors by number, counts out of all units", () => {
  test("a sector's amount is no figure of the catalog, but the share or rise right after it is the sector's", () => {
    check(RESULTS)("Khu vực công nghiệp - xây dựng đạt 42.500 tỷ đồng, chiếm 38,4%.", [["actual", "share_industry_construction", "level", "eq", 38.4, null, "percent", null, 2025]]);
    check(RESULTS)("Thuế sản phẩm trừ trợ cấp sản phẩm đạt 6.100 tỷ đồng, chiếm 5,2%.", [["actual", "share_product_tax", "level", "eq", 5.2, null, "percent", null, 2025]]);
    check(RESULTS)("Khu vực dịch vụ đạt 51.000 tỷ đồng, tăng 6,9%.", [["actual", "services_growth", "avg_growth", "eq", 6.9, null, "percent_per_year", 2025, 2025]]);
    // Another measure's amount gives the share no subject.
    check(RESULTS)("Tổng vốn đầu tư toàn xã hội đạt 30.000 tỷ đồng, chiếm 33%.", [["actual", "social_investment", "level", "eq", 30000, null, "billion_vnd", null, 2025]]);
    // "đầu tư" ends in the letters of "từ", which is no floor here.
    check(RESULTS)("Vốn đầu tư đạt 30.000 tỷ đồng.", [["actual", "unknown", "level", "eq", 30000, null, "billion_vnd", null, 2025]]);
  });
  test("the sectors as statistics number them: KV I, KV.II, khu vực III", () => {
    check(RESULTS)("Cơ cấu kinh tế: KV.I chiếm 18,5%.", [["actual", "share_agri", "level", "eq", 18.5, null, "percent", null, 2025]]);
    check(RESULTS)("Tỷ trọng KV II đạt 36,1%.", [["actual", "share_industry_construction", "level", "eq", 36.1, null, "percent", null, 2025]]);
    check(RESULTS)("Cơ cấu kinh tế, KV.III (40,2%).", [["actual", "share_services", "level", "eq", 40.2, null, "percent", null, 2025]]);
  });
  test("a count out of all communes is how many stand at the standard, not those recognised in the year", () => {
    check(RESULTS)("Toàn tỉnh có 61/98 xã nông thôn mới.", [["actual", "ntm_communes", "level", "eq", 61, null, "communes", null, 2025]]);
    check(RESULTS)("Lũy kế có 45/120 xã được công nhận đạt chuẩn NTM.", [["actual", "ntm_communes", "level", "eq", 45, null, "communes", null, 2025]]);
    check(RESULTS)("Trong năm có 7 xã được công nhận đạt chuẩn nông thôn mới.", [["actual", "ntm_communes_recognised", "annual", "eq", 7, null, "communes", 2025, 2025]]);
  });
  test("GDRP, a common misspelling, is GRDP; a quality after 'tăng trưởng' keeps it the economy's", () => {
    check(RESULTS)("Tốc độ tăng trưởng GDRP ước đạt 6,4%.", [["actual", "grdp_growth", "avg_growth", "eq", 6.4, null, "percent_per_year", 2025, 2025]]);
    expect(rows(RESULTS, "Kinh tế của tỉnh có mức tăng trưởng vượt bậc 9,1%.").map((r) => r[1])).toEqual(["grdp_growth"]);
  });
});

describe("a growth below zero", () => {
  test.each<[string, Row[]]>([
    ["Năm 2025, tăng trưởng GRDP -3,4% do thiên tai.", [["actual", "grdp_growth", "avg_growth", "eq", -3.4, null, "percent_per_year", 2025, 2025]]],
    ["Tăng trưởng kinh tế năm 2025 giảm mạnh tới 4,1% so với năm trước.", [["actual", "grdp_growth", "avg_growth", "eq", -4.1, null, "percent_per_year", 2025, 2025]]],
    ["GRDP năm 2025 tăng trưởng âm 0,8%.", [["actual", "grdp_growth", "avg_growth", "eq", -0.8, null, "percent_per_year", 2025, 2025]]],
    // A rate that falls "to" a level stays that level; a minus after a number links a range.
    ["Tỷ lệ hộ nghèo giảm đến 3,2%.", [["actual", "poverty_rate", "level", "eq", 3.2, null, "percent", null, 2025]]],
    ["Tăng trưởng kinh tế đạt 6 -6,5%.", [["actual", "grdp_growth", "avg_growth", "range", 6, 6.5, "percent_per_year", 2025, 2025]]],
  ])("%s", check(RESULTS));
});

describe("the year of a result", () => {
  test.each<[string, Row[]]>([
    // "so với cùng kỳ năm 2024" names the base of the change, not its year.
    ["Năm 2025, GRDP tăng 7,1% so với cùng kỳ năm 2024.", [["actual", "grdp_growth", "avg_growth", "eq", 7.1, null, "percent_per_year", 2025, 2025]]],
    // "32% năm 2020": a percentage of that year, not a rate per year.
    ["Tỷ trọng dịch vụ tăng (32% năm 2020 lên 35,5% năm 2025).", [
      ["actual", "share_services", "level", "eq", 32, null, "percent", null, 2020],
      ["actual", "share_services", "level", "eq", 35.5, null, "percent", null, 2025],
    ]],
    ["Tăng trưởng giai đoạn 2021 - 2025 bình quân 6,5%/năm, riêng năm 2023, kinh tế tăng trưởng 7,9%.", [
      ["actual", "grdp_growth", "avg_growth", "eq", 6.5, null, "percent_per_year", 2021, 2025],
      ["actual", "grdp_growth", "avg_growth", "eq", 7.9, null, "percent_per_year", 2023, 2023],
    ]],
  ])("%s", check(RESULTS));
});

describe("values said in turn ('tương ứng là', 'lần lượt là') go to the names before, one each", () => {
  test.each<[string, Row[]]>([
    ["Cơ cấu kinh tế khu vực I - II - III tương ứng là 24,5% - 30,1% - 41,2%.", [
      ["actual", "share_agri", "level", "eq", 24.5, null, "percent", null, 2025],
      ["actual", "share_industry_construction", "level", "eq", 30.1, null, "percent", null, 2025],
      ["actual", "share_services", "level", "eq", 41.2, null, "percent", null, 2025],
    ]],
    ["Tỷ trọng nông nghiệp, công nghiệp - xây dựng và dịch vụ lần lượt là 15%, 40% và 39%.", [
      ["actual", "share_agri", "level", "eq", 15, null, "percent", null, 2025],
      ["actual", "share_industry_construction", "level", "eq", 40, null, "percent", null, 2025],
      ["actual", "share_services", "level", "eq", 39, null, "percent", null, 2025],
    ]],
    ["Tỷ lệ hộ nghèo và tỷ lệ lao động qua đào tạo tương ứng là 1,9% và 72%.", [
      ["actual", "poverty_rate", "level", "eq", 1.9, null, "percent", null, 2025],
      ["actual", "trained_labour_rate", "level", "eq", 72, null, "percent", null, 2025],
    ]],
  ])("%s", check(RESULTS));
  test("a dash between two values alone still links a range", () => {
    check(RESULTS)("Tăng trưởng kinh tế đạt 6% - 6,5%.", [["actual", "grdp_growth", "avg_growth", "range", 6, 6.5, "percent_per_year", 2025, 2025]]);
  });
});

describe("targets: sectors that rise, counts named by their noun, values per hectare, rates brought below a bound", () => {
  test.each<[string, Row[]]>([
    ["Xây dựng tăng bình quân 11%/năm.", [["target", "construction_growth", "avg_growth", "eq", 11, null, "percent_per_year", 2026, 2030]]],
    // Construction as the second half of "công nghiệp và xây dựng" is that sector's.
    ["Công nghiệp và xây dựng tăng 9%/năm.", [["target", "industry_construction_growth", "avg_growth", "eq", 9, null, "percent_per_year", 2026, 2030]]],
    // A sector the catalog lacks: a figure to review, never GRDP's growth.
    ["Công nghiệp tăng 10 - 11%/năm.", [["target", "unknown", "avg_growth", "range", 10, 11, "percent_per_year", 2026, 2030]]],
    ["Ngành du lịch tăng trưởng 14%/năm.", [["target", "unknown", "avg_growth", "eq", 14, null, "percent_per_year", 2026, 2030]]],
    ["Đến năm 2030 có 12.000 doanh nghiệp đang hoạt động.", [["target", "unknown", "level", "eq", 12000, null, "enterprises", null, 2030]]],
    ["Giá trị sản phẩm thu hoạch trên 1 ha đất canh tác đạt 180 triệu đồng.", [["target", "output_per_hectare", "level", "eq", 180, null, "million_vnd_per_ha", null, 2030]]],
    ["Tỷ lệ hộ nghèo giảm dưới 1,5%.", [["target", "poverty_rate", "level", "lte", 1.5, null, "percent", null, 2030]]],
    ["Tỷ lệ hộ nghèo giảm xuống dưới 2%.", [["target", "poverty_rate", "level", "lte", 2, null, "percent", null, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("number forms of reports", () => {
  test.each<[string, Row[]]>([
    ["Năm 2025, GRDP ước đạt 52 ngàn 310 tỷ đồng.", [["actual", "grdp_current", "level", "eq", 52310, null, "billion_vnd", null, 2025]]],
    ["Quy mô kinh tế đạt 9 nghìn 50 tỷ đồng.", [["actual", "grdp_current", "level", "eq", 9050, null, "billion_vnd", null, 2025]]],
    // A year then a dash then an amount is a row of a table, not a period.
    ["Quy mô GRDP: 2025 - 61.204,5 tỷ đồng.", [["actual", "grdp_current", "level", "eq", 61204.5, null, "billion_vnd", null, 2025]]],
  ])("%s", check(RESULTS));
});

describe("a value in brackets right after the plan's name is the plan's", () => {
  test.each<[string, Row[]]>([
    ["Tăng trưởng kinh tế đạt 6,8%, thấp hơn kế hoạch (7,5%).", [
      ["actual", "grdp_growth", "avg_growth", "eq", 6.8, null, "percent_per_year", 2025, 2025],
      ["target", "grdp_growth", "avg_growth", "eq", 7.5, null, "percent_per_year", 2025, 2025],
    ]],
    ["Tăng trưởng kinh tế đạt 8,1%, vượt chỉ tiêu Nghị quyết (trên 7%).", [
      ["actual", "grdp_growth", "avg_growth", "eq", 8.1, null, "percent_per_year", 2025, 2025],
      ["target", "grdp_growth", "avg_growth", "gte", 7, null, "percent_per_year", 2025, 2025],
    ]],
  ])("%s", check(RESULTS));
});

describe("a contribution to GRDP is a share of it; a contribution to growth is not", () => {
  test.each<[string, Row[]]>([
    ["Kinh tế số đóng góp khoảng 25% vào GRDP.", [["target", "digital_economy_share", "level", "eq", 25, null, "percent", null, 2030]]],
    ["Kinh tế số đóng góp 40% vào tăng trưởng.", [["target", "unknown", "level", "eq", 40, null, "percent", null, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("abbreviations of reports: KH (kế hoạch), XK, BHYT, BHXH", () => {
  test.each<[string, Row[]]>([
    ["Tăng trưởng kinh tế ước đạt 7,4% (KH: 7%).", [
      ["actual", "grdp_growth", "avg_growth", "eq", 7.4, null, "percent_per_year", 2025, 2025],
      ["target", "grdp_growth", "avg_growth", "eq", 7, null, "percent_per_year", 2025, 2025],
    ]],
    ["Kim ngạch XK đạt 4,2 tỷ USD.", [["actual", "export_turnover", "level", "eq", 4.2, null, "billion_usd", null, 2025]]],
    ["Tỷ lệ dân số tham gia BHYT đạt 94,1%.", [["actual", "health_insurance_rate", "level", "eq", 94.1, null, "percent", null, 2025]]],
    ["Tỷ lệ lực lượng lao động tham gia BHXH đạt 38%.", [["actual", "social_insurance_rate", "level", "eq", 38, null, "percent", null, 2025]]],
  ])("%s", check(RESULTS));
});

describe("household solid waste of towns is the urban waste indicator; of the countryside it is not", () => {
  test.each<[string, Row[]]>([
    ["Tỷ lệ thu gom, xử lý chất thải rắn sinh hoạt đô thị đạt 97%.", [["target", "urban_waste_collection_rate", "level", "eq", 97, null, "percent", null, 2030]]],
    ["Tỷ lệ chất thải rắn sinh hoạt ở nông thôn được thu gom đạt 85%.", [["target", "unknown", "level", "eq", 85, null, "percent", null, 2030]]],
  ])("%s", check(CONGRESS));
});
