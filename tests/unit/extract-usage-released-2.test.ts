// More constructions of the released sets (second pass, issue 11), each a rule of usage with
// sentences written for this test, not taken from any document. Every figure of a sentence is
// checked, in order.
import { describe, expect, test } from "vitest";
import { extractFigures, type DocumentInfo } from "../../src/extract/extract.ts";
import { matcher } from "../helpers/corpus.ts";
import { check, CONGRESS, PLAN, RESULTS, rows, TERM_REPORT, type Row } from "../helpers/usage.ts";

describe("'giảm từ A% (đầu năm Y) xuống B%': A is the level where the fall starts, a positive level of its year", () => {
  test.each<[string, Row[]]>([
    ["Tỷ lệ hộ nghèo giảm từ 7,4% đầu năm 2021 xuống còn 2,6% cuối năm 2025.", [
      ["actual", "poverty_rate", "level", "eq", 7.4, null, "percent", null, 2021],
      ["actual", "poverty_rate", "level", "eq", 2.6, null, "percent", null, 2025],
    ]],
  ])("%s", check(TERM_REPORT));
  // "đầu năm" with no year, in a report of one year: the level the year started from, last year's.
  test.each<[string, Row[]]>([
    ["Tỷ lệ hộ nghèo giảm từ 3,8% đầu năm xuống còn 2,9%.", [
      ["actual", "poverty_rate", "level", "eq", 3.8, null, "percent", null, 2023],
      ["actual", "poverty_rate", "level", "eq", 2.9, null, "percent", null, 2024],
    ]],
  ])("%s", check(RESULTS));
});

describe("'riêng năm Y …' sets a year apart, it names no subgroup", () => {
  test.each<[string, Row[]]>([
    ["Kim ngạch xuất khẩu 5 năm đạt 14 tỷ USD; riêng năm 2025 ước đạt 3,4 tỷ USD.", [
      ["actual", "export_turnover", "cumulative", "eq", 14, null, "billion_usd", 2021, 2025],
      ["actual", "export_turnover", "level", "eq", 3.4, null, "billion_usd", null, 2025],
    ]],
    // A plan beside the year's result is that year's plan.
    ["Thu ngân sách 5 năm ước đạt 61.000 tỷ đồng; riêng năm 2025 ước đạt 14.200 tỷ đồng, vượt chỉ tiêu Nghị quyết (13.000 tỷ đồng).", [
      ["actual", "budget_revenue", "cumulative", "eq", 61000, null, "billion_vnd", 2021, 2025],
      ["actual", "budget_revenue", "level", "eq", 14200, null, "billion_vnd", null, 2025],
      ["target", "budget_revenue", "level", "eq", 13000, null, "billion_vnd", null, 2025],
    ]],
    // "riêng" before a place or a group is still a part, of no catalog code.
    ["Tỷ lệ che phủ rừng đạt 47%, riêng vùng cao đạt 63%.", [
      ["actual", "forest_cover_rate", "level", "eq", 47, null, "percent", null, 2025],
      ["actual", "unknown", "level", "eq", 63, null, "percent", null, 2025],
    ]],
  ])("%s", check(TERM_REPORT));
});

describe("houses built or removed are a count the unit names ('căn nhà', 'nhà tạm', 'nhà đại đoàn kết')", () => {
  test.each<[string, Row[]]>([
    ["Cả nhiệm kỳ đã xóa 3.480 căn nhà tạm, nhà dột nát cho hộ nghèo.", [["actual", "unknown", "cumulative", "eq", 3480, null, "houses", 2021, 2025]]],
    ["Trong 5 năm hỗ trợ xây dựng hơn 7.000 nhà đại đoàn kết.", [["actual", "unknown", "cumulative", "gte", 7000, null, "houses", 2021, 2025]]],
    // A factory is no house.
    ["Năm 2023 có 4 nhà máy mới đi vào hoạt động.", []],
  ])("%s", check(TERM_REPORT));
  test("a plan of one year: that year's count", () => {
    check(PLAN)("Hoàn thành xóa 620 nhà tạm, nhà dột nát.", [["target", "unknown", "annual", "eq", 620, null, "houses", 2026, 2026]]);
  });
});

describe("a name with a gap ('kết nạp … đảng viên') reaches over a number written with a thousands point", () => {
  test.each<[string, Row[]]>([
    ["- Hằng năm kết nạp từ 1.800 đảng viên trở lên.", [["target", "new_party_members", "annual", "gte", 1800, null, "persons", 2026, 2030]]],
    ["- Mỗi năm kết nạp 1.250 đảng viên.", [["target", "new_party_members", "annual", "eq", 1250, null, "persons", 2026, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("a part ('trong đó …') of a rate whose name reads like an indicator is a figure, though the catalog names neither", () => {
  test.each<[string, Row[]]>([
    ["- Tỷ lệ hộ gia đình dùng điện lưới quốc gia: 99,6%, trong đó điện an toàn theo quy chuẩn: 92%.", [
      ["target", "unknown", "level", "eq", 99.6, null, "percent", null, 2030],
      ["target", "unknown", "level", "eq", 92, null, "percent", null, 2030],
    ]],
  ])("%s", check(CONGRESS));
});

describe("'tuổi thọ' names a lifespan in its own sentence or item only", () => {
  test("an age in the next item ('trẻ em dưới 5 tuổi') is no lifespan", () => {
    check(CONGRESS)("- Tuổi thọ trung bình: 75 tuổi.\n- Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi: dưới 17%.", [
      ["target", "life_expectancy", "level", "eq", 75, null, "years", null, 2030],
      ["target", "child_malnutrition_rate", "level", "lte", 17, null, "percent", null, 2030],
    ]);
  });
  test("nor one after a semicolon; a lifespan with a decimal comma still is", () => {
    check(CONGRESS)("Tuổi thọ bình quân trên 74,5 tuổi; tỷ lệ người trên 60 tuổi được khám sức khỏe định kỳ đạt 85%.", [
      ["target", "life_expectancy", "level", "gte", 74.5, null, "years", null, 2030],
      ["target", "unknown", "level", "eq", 85, null, "percent", null, 2030],
    ]);
  });
});

describe("'gấp N lần nhiệm kỳ (giai đoạn) trước': the term's sum against the previous term's", () => {
  test.each<[string, Row[]]>([
    ["Tổng vốn đầu tư toàn xã hội 5 năm ước đạt 380 nghìn tỷ đồng, gấp 1,7 lần giai đoạn trước.", [
      ["actual", "social_investment", "cumulative", "eq", 380000, null, "billion_vnd", 2021, 2025],
      ["actual", "social_investment", "cumulative", "eq", 1.7, null, "times_2016-2020", 2021, 2025],
    ]],
    // An amount the catalog does not name, said of the whole term, is a sum over it too.
    ["Vốn FDI thu hút cả giai đoạn đạt trên 2,8 tỷ USD, gấp khoảng 4 lần nhiệm kỳ trước.", [
      ["actual", "unknown", "cumulative", "gte", 2.8, null, "billion_usd", 2021, 2025],
      ["actual", "unknown", "cumulative", "eq", 4, null, "times_2016-2020", 2021, 2025],
    ]],
    // Of one year, the amount stays that year's level.
    ["Năm 2023 vốn FDI thu hút đạt 0,9 tỷ USD.", [["actual", "unknown", "level", "eq", 0.9, null, "billion_usd", null, 2023]]],
  ])("%s", check(TERM_REPORT));
  test("a text of one year has no term to compare: no figure", () => {
    check(RESULTS)("Thu ngân sách đạt 8.200 tỷ đồng, gấp 1,5 lần nhiệm kỳ trước.", [["actual", "budget_revenue", "level", "eq", 8200, null, "billion_vnd", null, 2024]]);
  });
});

describe("a sentence ends after a short lower-case word ('nhiệm kỳ.'), not after an abbreviation ('TP.')", () => {
  test("the quote of the next sentence's figure starts at that sentence", () => {
    const [figure] = extractFigures({ ...TERM_REPORT, text: "Đầu tư là điểm sáng của nhiệm kỳ. Vốn FDI thu hút cả giai đoạn đạt 2 tỷ USD." }, matcher).figures;
    expect(figure.quote).toBe("Vốn FDI thu hút cả giai đoạn đạt 2 tỷ USD");
    const [other] = extractFigures({ ...TERM_REPORT, text: "Dân số TP. Hồ Chí Minh năm 2025 đạt 9,5 triệu người." }, matcher).figures;
    expect(other.quote).toBe("Dân số TP. Hồ Chí Minh năm 2025 đạt 9,5 triệu người");
  });
});

describe("a plan named right after a fall ('giảm …, đạt chỉ tiêu (a - b%/năm)') is a planned fall", () => {
  test.each<[string, Row[]]>([
    ["Tỷ lệ hộ nghèo giảm bình quân 1,6%/năm, đạt chỉ tiêu (1 - 1,5%/năm).", [
      ["actual", "poverty_rate", "annual_change", "eq", -1.6, null, "pp_per_year", 2021, 2025],
      ["target", "poverty_rate", "annual_change", "range", -1.5, -1, "pp_per_year", 2021, 2025],
    ]],
    // A floor on the fall is a ceiling on the signed value.
    ["Tỷ lệ hộ nghèo giảm bình quân 2,3%/năm, vượt mục tiêu (trên 2%/năm).", [
      ["actual", "poverty_rate", "annual_change", "eq", -2.3, null, "pp_per_year", 2021, 2025],
      ["target", "poverty_rate", "annual_change", "lte", -2, null, "pp_per_year", 2021, 2025],
    ]],
  ])("%s", check(TERM_REPORT));
  test("after a rise the plan keeps its sign", () => {
    check(TERM_REPORT)("Tốc độ tăng trưởng kinh tế bình quân 7,1%/năm, không đạt chỉ tiêu (7,5 - 8%/năm).", [
      ["actual", "grdp_growth", "avg_growth", "eq", 7.1, null, "percent_per_year", 2021, 2025],
      ["target", "grdp_growth", "avg_growth", "range", 7.5, 8, "percent_per_year", 2021, 2025],
    ]);
  });
});

describe("districts that 'hoàn thành nhiệm vụ xây dựng nông thôn mới' are districts at the standard; communes never count districts", () => {
  test.each<[string, Row[]]>([
    ["Có 6 huyện, thị xã hoàn thành nhiệm vụ xây dựng nông thôn mới.", [["actual", "ntm_district_count", "level", "eq", 6, null, "districts", null, 2025]]],
    ["Toàn tỉnh có 7 đơn vị cấp huyện hoàn thành nhiệm vụ, đạt chuẩn nông thôn mới.", [["actual", "ntm_district_count", "level", "eq", 7, null, "districts", null, 2025]]],
    // The words that name districts at the standard do not make communes districts.
    ["Có 95 xã hoàn thành nhiệm vụ xây dựng nông thôn mới.", []],
  ])("%s", check(TERM_REPORT));
  test("a count of districts out of all is no count of communes (it was read as one)", () => {
    const found = rows(RESULTS, "Toàn tỉnh duy trì 100% xã đạt chuẩn nông thôn mới, 6/8 huyện, thị xã đạt chuẩn.");
    expect(found[0]).toEqual(["actual", "ntm_commune_share", "level", "eq", 100, null, "percent", null, 2024]);
    expect(found.filter((r) => r[6] === "districts" && r[1] === "ntm_communes")).toEqual([]);
  });
});

describe("an item that only repeats the head noun of the name before it ('…; tổng thu 3 năm …') keeps that name", () => {
  const REVIEW: Omit<DocumentInfo, "text"> = { name: "so-ket.txt", term_start: 2020, term_end: 2025, published: "2023-07-20", doc_type: "political_report" };
  test.each<[string, Row[]]>([
    ["Thu ngân sách nhà nước trên địa bàn năm 2022 ước đạt 8.100 tỷ đồng; tổng thu 2 năm 2021 - 2022 đạt khoảng 15.600 tỷ đồng.", [
      ["actual", "budget_revenue", "level", "eq", 8100, null, "billion_vnd", null, 2022],
      ["actual", "budget_revenue", "cumulative", "eq", 15600, null, "billion_vnd", 2021, 2022],
    ]],
    ["Kim ngạch xuất khẩu năm 2022 đạt 2,1 tỷ USD; kim ngạch 2 năm 2021 - 2022 đạt 3,9 tỷ USD.", [
      ["actual", "export_turnover", "level", "eq", 2.1, null, "billion_usd", null, 2022],
      ["actual", "export_turnover", "cumulative", "eq", 3.9, null, "billion_usd", 2021, 2022],
    ]],
  ])("%s", check(REVIEW));
});

describe("a quality said of a bare 'tăng trưởng' ('dương', 'ngoạn mục', 'tốt') leaves it the economy's growth", () => {
  test.each<[string, Row[]]>([
    ["Năm 2024, tỉnh đạt mức tăng trưởng ngoạn mục 11,6%.", [["actual", "grdp_growth", "avg_growth", "eq", 11.6, null, "percent_per_year", 2024, 2024]]],
    ["Năm 2024, tỉnh giữ mức tăng trưởng dương, đạt 1,9%.", [["actual", "grdp_growth", "avg_growth", "eq", 1.9, null, "percent_per_year", 2024, 2024]]],
  ])("%s", check(RESULTS));
  test("held for review like any bare 'tăng trưởng' (below 0,8)", () => {
    const [figure] = extractFigures({ ...RESULTS, text: "Năm 2024, tỉnh đạt mức tăng trưởng ngoạn mục 11,6%." }, matcher).figures;
    expect(figure.confidence).toBeLessThan(0.8);
  });
});

describe("a bare value and its year after a semicolon ('…; 5,7% năm 2023 và …') is one more of the list before it", () => {
  test.each<[string, Row[]]>([
    ["Tăng trưởng kinh tế phục hồi, đạt 6,2% năm 2022; 5,9% năm 2023 và 7,4% năm 2024.", [
      ["actual", "grdp_growth", "avg_growth", "eq", 6.2, null, "percent_per_year", 2022, 2022],
      ["actual", "grdp_growth", "avg_growth", "eq", 5.9, null, "percent_per_year", 2023, 2023],
      ["actual", "grdp_growth", "avg_growth", "eq", 7.4, null, "percent_per_year", 2024, 2024],
    ]],
  ])("%s", check(TERM_REPORT));
  test("a value whose words after it name its own subject is not", () => {
    expect(rows(CONGRESS, "Tỷ lệ hộ nghèo giảm còn dưới 1%; 100% xã đạt chuẩn nông thôn mới.").map((r) => r[1])).toEqual(["poverty_rate", "ntm_commune_share"]);
  });
});

describe("sector names and levels in brackets", () => {
  test.each<[string, Row[]]>([
    // "nông, lâm, ngư nghiệp" (ngư: fishing) names the agricultural sector like "nông, lâm nghiệp và thủy sản".
    ["Năm 2024, khu vực nông, lâm, ngư nghiệp chiếm 21,3%.", [["actual", "share_agri", "level", "eq", 21.3, null, "percent", null, 2024]]],
    ["Khu vực nông - lâm - ngư nghiệp tăng 2,8%.", [["actual", "agri_growth", "avg_growth", "eq", 2.8, null, "percent_per_year", 2024, 2024]]],
    // The amount reached, in brackets after a growth, is the level of what grew.
    ["Xuất khẩu tăng trưởng gần 18% (đạt 2.310 triệu USD).", [
      ["actual", "export_growth", "avg_growth", "eq", 18, null, "percent_per_year", 2024, 2024],
      ["actual", "export_turnover", "level", "eq", 2310, null, "million_usd", null, 2024],
    ]],
  ])("%s", check(RESULTS));
});

describe("a share of GRDP reads like a figure whatever its name; 'nông, lâm và thủy sản' is the agricultural sector", () => {
  test.each<[string, Row[]]>([
    ["Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP đạt trên 25%.", [["target", "unknown", "level", "gte", 25, null, "percent", null, 2030]]],
    ["Khu vực nông, lâm và thủy sản tăng 3 - 3,5%/năm.", [["target", "agri_growth", "avg_growth", "range", 3, 3.5, "percent_per_year", 2026, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("the rise of GRDP at constant prices is GRDP's growth, though the level is no code's", () => {
  test.each<[string, Row[]]>([
    ["GRDP theo giá so sánh 2010 ước đạt 51.200 tỷ đồng, tăng 6,1% so với năm 2023.", [
      ["actual", "unknown", "level", "eq", 51200, null, "billion_vnd", null, 2024],
      ["actual", "grdp_growth", "avg_growth", "eq", 6.1, null, "percent_per_year", 2024, 2024],
    ]],
    ["GRDP (giá so sánh 2010) đạt 51.200 tỷ đồng, tăng 4,4%.", [
      ["actual", "unknown", "level", "eq", 51200, null, "billion_vnd", null, 2024],
      ["actual", "grdp_growth", "avg_growth", "eq", 4.4, null, "percent_per_year", 2024, 2024],
    ]],
  ])("%s", check(RESULTS));
});

describe("dollars with no scale ('9.000 USD') are an amount per head, a figure though nothing names it", () => {
  test.each<[string, Row[]]>([
    ["Hướng đến 9.000 - 9.500 USD vào năm 2030.", [["target", "unknown", "level", "range", 9000, 9500, "usd", null, 2030]]],
  ])("%s", check(CONGRESS));
});

describe("a line that states a figure is an item without its full stop, never a heading", () => {
  test("'kế hoạch' in such a line makes neither it nor the lines after it targets", () => {
    check(RESULTS)("- Tốc độ tăng trưởng kinh tế cả năm đạt 7,3% (kế hoạch tăng 7%)\n- Tỷ lệ hộ nghèo còn 2,1%", [
      ["actual", "grdp_growth", "avg_growth", "eq", 7.3, null, "percent_per_year", 2024, 2024],
      ["target", "grdp_growth", "avg_growth", "eq", 7, null, "percent_per_year", 2024, 2024],
      ["actual", "poverty_rate", "level", "eq", 2.1, null, "percent", null, 2024],
    ]);
  });
});

describe("the Party's inspection and discipline work is counted in cases, not figures; a change in their number is one", () => {
  test.each<[string, Row[]]>([
    ["Trong nhiệm kỳ, ủy ban kiểm tra các cấp đã kiểm tra 2.150 đảng viên và 340 tổ chức đảng.", []],
    ["Qua giám sát, các cấp ủy đã thi hành kỷ luật 95 đảng viên vi phạm.", []],
    ["Giải quyết dứt điểm 12 đơn tố cáo đảng viên; tỷ lệ hộ nghèo còn 1,9%.", [["actual", "poverty_rate", "level", "eq", 1.9, null, "percent", null, 2025]]],
  ])("%s", check(TERM_REPORT));
  test("a planned fall in the number disciplined stays a figure", () => {
    check(PLAN)("Kéo giảm 10% số đảng viên vi phạm bị xử lý kỷ luật so với năm 2025.", [["target", "party_discipline_cases_change", "level", "eq", -10, null, "percent", null, 2026]]);
  });
});
