// Constructions of the second unseen set once it was released for tuning (issue 11, 2 December),
// each a rule of usage with sentences written for this test, not taken from any document. Every
// figure of a sentence is checked, in order.
import { describe, test } from "vitest";
import type { DocumentInfo } from "../../src/extract/extract.ts";
import { check, CONGRESS, PLAN, RESULTS, TERM_REPORT, type Row } from "../helpers/usage.ts";

/** A mid-term review, written in 2023, of the 2020-2025 term. */
const MIDTERM: Omit<DocumentInfo, "text"> = { name: "so-ket.txt", term_start: 2020, term_end: 2025, published: "2023-07-20", doc_type: "review_article" };

describe("'Nghị quyết … xác định …', 'Đại hội xác định …' set targets; 'Theo báo cáo …' reports results", () => {
  test("a plan text that reports last year first, then what the resolution sets", () => {
    check(PLAN)(
      "Theo báo cáo của UBND tỉnh, năm 2025 tổng sản phẩm trên địa bàn tăng 7,6%, thấp hơn kế hoạch 8%. Thu ngân sách ước đạt 21.000 tỷ đồng; tỷ lệ che phủ rừng đạt 41,5%.\n\n" +
        "Nghị quyết của HĐND tỉnh xác định tốc độ tăng trưởng GRDP từ 9% trở lên; thu ngân sách nhà nước 23.500 tỷ đồng; tỷ lệ che phủ rừng 42%.",
      [
        ["actual", "grdp_growth", "avg_growth", "eq", 7.6, null, "percent_per_year", 2025, 2025],
        // The plan the result fell short of is the plan of the result's year.
        ["target", "grdp_growth", "avg_growth", "eq", 8, null, "percent_per_year", 2025, 2025],
        ["actual", "budget_revenue", "level", "eq", 21000, null, "billion_vnd", null, 2025],
        ["actual", "forest_cover_rate", "level", "eq", 41.5, null, "percent", null, 2025],
        ["target", "grdp_growth", "avg_growth", "gte", 9, null, "percent_per_year", 2026, 2026],
        ["target", "budget_revenue", "level", "eq", 23500, null, "billion_vnd", null, 2026],
        ["target", "forest_cover_rate", "level", "eq", 42, null, "percent", null, 2026],
      ],
    );
  });
});

describe("no result is known of a year after the writing, and a year already written about holds results", () => {
  test("in a plan for the next year, 'Năm 2025, …' with no cue of its own reports 2025", () => {
    check(PLAN)(
      "Năm 2025, kinh tế tỉnh tăng trưởng 6,9%, thấp hơn kế hoạch 7,5%. Kim ngạch xuất khẩu ước đạt 3,2 tỷ USD.\n\n" +
        "Đại hội xác định các chỉ tiêu năm 2026: tốc độ tăng trưởng kinh tế 8%; kim ngạch xuất khẩu 3,6 tỷ USD.",
      [
        ["actual", "grdp_growth", "avg_growth", "eq", 6.9, null, "percent_per_year", 2025, 2025],
        ["target", "grdp_growth", "avg_growth", "eq", 7.5, null, "percent_per_year", 2025, 2025],
        ["actual", "export_turnover", "level", "eq", 3.2, null, "billion_usd", null, 2025],
        ["target", "grdp_growth", "avg_growth", "eq", 8, null, "percent_per_year", 2026, 2026],
        ["target", "export_turnover", "level", "eq", 3.6, null, "billion_usd", null, 2026],
      ],
    );
  });
  test("in a report of 2024, a line about 2025 after the results is the coming year's aim (stated once)", () => {
    check(RESULTS)(
      "Năm 2024, tổng sản phẩm trên địa bàn ước tăng 7,1%; kim ngạch xuất khẩu đạt 2,8 tỷ USD.\n\nNăm 2025: tăng trưởng kinh tế 8%\n\n" +
        "Năm 2025, tỉnh phấn đấu tăng trưởng kinh tế 8%; kim ngạch xuất khẩu 3,1 tỷ USD.",
      [
        ["actual", "grdp_growth", "avg_growth", "eq", 7.1, null, "percent_per_year", 2024, 2024],
        ["actual", "export_turnover", "level", "eq", 2.8, null, "billion_usd", null, 2024],
        ["target", "grdp_growth", "avg_growth", "eq", 8, null, "percent_per_year", 2025, 2025],
        ["target", "export_turnover", "level", "eq", 3.1, null, "billion_usd", null, 2025],
      ],
    );
  });
});

describe("a quarter's percentage in a sentence about growth is that quarter's growth, of no yearly indicator", () => {
  test.each<[string, Row[]]>([
    ["Tăng trưởng kinh tế năm 2024 cải thiện qua từng quý: quý I đạt 5,2%, quý II 6,1%, quý III ước 6,9% và quý IV ước đạt 7,4%. Tỷ lệ giải ngân vốn đầu tư công quý IV đạt 92%.", [
      ["actual", "unknown", "avg_growth", "eq", 5.2, null, "percent_per_year", 2024, 2024],
      ["actual", "unknown", "avg_growth", "eq", 6.1, null, "percent_per_year", 2024, 2024],
      ["actual", "unknown", "avg_growth", "eq", 6.9, null, "percent_per_year", 2024, 2024],
      ["actual", "unknown", "avg_growth", "eq", 7.4, null, "percent_per_year", 2024, 2024],
      // A rate named before the quarter is a rate, not a growth.
      ["actual", "unknown", "level", "eq", 92, null, "percent", null, 2024],
    ]],
  ])("%s", check(RESULTS));
});

describe("'Lộ trình: năm Y đạt …', 'Cụ thể: …' lay out by year what the sentence before set, and share its subject", () => {
  test("a growth set for the term, then year by year; one value said of two years is a figure of each", () => {
    check(CONGRESS)(
      "Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2026 - 2030 đạt 9%/năm. Lộ trình: năm 2026 đạt 8%; năm 2027 đạt 8,5%; năm 2028 và năm 2029 mỗi năm đạt 9,2%; năm 2030 đạt 10%.",
      [
        ["target", "grdp_growth", "avg_growth", "eq", 9, null, "percent_per_year", 2026, 2030],
        ["target", "grdp_growth", "avg_growth", "eq", 8, null, "percent_per_year", 2026, 2026],
        ["target", "grdp_growth", "avg_growth", "eq", 8.5, null, "percent_per_year", 2027, 2027],
        ["target", "grdp_growth", "avg_growth", "eq", 9.2, null, "percent_per_year", 2028, 2028],
        ["target", "grdp_growth", "avg_growth", "eq", 9.2, null, "percent_per_year", 2029, 2029],
        ["target", "grdp_growth", "avg_growth", "eq", 10, null, "percent_per_year", 2030, 2030],
      ],
    );
  });
  test("levels by year after 'Cụ thể:'; a sentence with no such head names nothing", () => {
    check(CONGRESS)(
      "Thu ngân sách nhà nước năm 2030 đạt 40.000 tỷ đồng. Cụ thể: năm 2026 đạt 28.000 tỷ đồng; năm 2028 đạt 33.000 tỷ đồng.\nTỷ lệ che phủ rừng đạt 45%. Năm 2026 đạt 8%.",
      [
        ["target", "budget_revenue", "level", "eq", 40000, null, "billion_vnd", null, 2030],
        ["target", "budget_revenue", "level", "eq", 28000, null, "billion_vnd", null, 2026],
        ["target", "budget_revenue", "level", "eq", 33000, null, "billion_vnd", null, 2028],
        ["target", "forest_cover_rate", "level", "eq", 45, null, "percent", null, 2030],
      ],
    );
  });
});

describe("a mid-term review: the resolution's plan in brackets is the whole term's; 'Riêng năm Y tăng …' keeps the subject before it", () => {
  test("growth so far against the resolution's plan, then single years", () => {
    check(MIDTERM)(
      "Tăng trưởng kinh tế bình quân 3 năm 2021 - 2023 ước đạt 6,1%/năm, thấp hơn mục tiêu Nghị quyết (bình quân 7 - 7,5%/năm). Riêng năm 2022 tăng 7,9%, năm 2023 dự kiến tăng 6,8%.",
      [
        ["actual", "grdp_growth", "avg_growth", "eq", 6.1, null, "percent_per_year", 2021, 2023],
        ["target", "grdp_growth", "avg_growth", "range", 7, 7.5, "percent_per_year", 2021, 2025],
        ["actual", "grdp_growth", "avg_growth", "eq", 7.9, null, "percent_per_year", 2022, 2022],
        ["actual", "grdp_growth", "avg_growth", "eq", 6.8, null, "percent_per_year", 2023, 2023],
      ],
    );
  });
  test("'chỉ tiêu 5 năm (…)' is the term's sum; a target year followed only by 'đã hoàn thành' is the target's own", () => {
    check(MIDTERM)(
      "Tổng thu ngân sách 3 năm 2021 - 2023 ước đạt 31.500 tỷ đồng, bằng 61% chỉ tiêu 5 năm (51.600 tỷ đồng). Tỷ lệ hộ nghèo năm 2022 còn 2,1%; mục tiêu dưới 3% vào năm 2025 đã hoàn thành sớm.",
      [
        ["actual", "budget_revenue", "cumulative", "eq", 31500, null, "billion_vnd", 2021, 2023],
        ["actual", "unknown", "level", "eq", 61, null, "percent", null, 2023],
        ["target", "budget_revenue", "cumulative", "eq", 51600, null, "billion_vnd", 2021, 2025],
        ["actual", "poverty_rate", "level", "eq", 2.1, null, "percent", null, 2022],
        ["target", "poverty_rate", "level", "lte", 3, null, "percent", null, 2025],
      ],
    );
  });
});

describe("in a review of a term, a plan named beside a result with no year of its own is the term's, of its last year", () => {
  test.each<[string, Row[]]>([
    ["Tỷ lệ hộ nghèo cuối năm 2022 còn 2,1%. Tỷ lệ lực lượng lao động tham gia bảo hiểm xã hội đạt 28,5%, còn cách xa mục tiêu 40%.", [
      ["actual", "poverty_rate", "level", "eq", 2.1, null, "percent", null, 2022],
      ["actual", "social_insurance_rate", "level", "eq", 28.5, null, "percent", null, 2022],
      ["target", "social_insurance_rate", "level", "eq", 40, null, "percent", null, 2025],
    ]],
  ])("%s", check(MIDTERM));
});

describe("a dash after a number ends its item: in 'A x% - B y%' each name is its own number's", () => {
  test.each<[string, Row[]]>([
    ["Cơ cấu kinh tế năm 2022: nông, lâm nghiệp và thủy sản 21,4% - công nghiệp, xây dựng 38,2% - dịch vụ 35,6% - thuế sản phẩm 4,8%.", [
      ["actual", "share_agri", "level", "eq", 21.4, null, "percent", null, 2022],
      ["actual", "share_industry_construction", "level", "eq", 38.2, null, "percent", null, 2022],
      ["actual", "share_services", "level", "eq", 35.6, null, "percent", null, 2022],
      ["actual", "share_product_tax", "level", "eq", 4.8, null, "percent", null, 2022],
    ]],
    // A sector the catalog does not name alone ("công nghiệp") takes no other sector's share.
    ["Cơ cấu kinh tế: nông nghiệp 20% - công nghiệp 40% - dịch vụ 40%.", [
      ["actual", "share_agri", "level", "eq", 20, null, "percent", null, 2024],
      ["actual", "unknown", "level", "eq", 40, null, "percent", null, 2024],
      ["actual", "share_services", "level", "eq", 40, null, "percent", null, 2024],
    ]],
    // A dash between two numbers is still a range.
    ["Tốc độ tăng trưởng kinh tế đạt 7% - 7,5%.", [["actual", "grdp_growth", "avg_growth", "range", 7, 7.5, "percent_per_year", 2024, 2024]]],
  ])("%s", check(RESULTS));
});

describe("a bare 'lượt' that ends the phrase counts visits, as 'nghìn lượt' and 'triệu lượt' do", () => {
  test.each<[string, Row[]]>([
    ["Năm 2024 đón 850.000 lượt khách, trong đó khách quốc tế 120.000 lượt. Ngân hàng chính sách cho 15.000 lượt hộ vay vốn.", [
      ["actual", "tourist_arrivals", "level", "eq", 0.85, null, "million_visits", null, 2024],
      ["actual", "unknown", "level", "eq", 0.12, null, "million_visits", null, 2024],
    ]],
  ])("%s", check(RESULTS));
});

describe("a population that describes the province (beside its area, after 'với') is no figure; a population target is", () => {
  test.each<[string, Row[]]>([
    ["Tỉnh có diện tích tự nhiên 5.100 km2, dân số khoảng 2,3 triệu người. Với dân số hơn 2,3 triệu người, tỉnh có lực lượng lao động dồi dào.\n- Quy mô dân số đến năm 2030 khoảng 2,5 triệu người.", [
      ["target", "population", "level", "eq", 2500000, null, "persons", null, 2030],
    ]],
  ])("%s", check(CONGRESS));
});

describe("'mỗi năm' said of a count in the first item does not make a rate after a semicolon yearly; said of a rate it does", () => {
  test.each<[string, Row[]]>([
    ["Mỗi năm giải quyết việc làm cho 45.000 lao động; tỷ lệ lao động qua đào tạo đạt 80%, tỷ lệ thất nghiệp khu vực thành thị dưới 3%.", [
      ["target", "jobs_created", "annual", "eq", 45000, null, "persons", 2026, 2030],
      ["target", "trained_labour_rate", "level", "eq", 80, null, "percent", null, 2030],
      ["target", "urban_unemployment_rate", "level", "lte", 3, null, "percent", null, 2030],
    ]],
    ["Hằng năm tỷ lệ hộ nghèo giảm 1,2%; tỷ lệ lao động có việc làm sau đào tạo đạt 85%.", [
      ["target", "poverty_rate", "annual_change", "eq", -1.2, null, "pp_per_year", 2026, 2030],
      ["target", "unknown", "annual", "eq", 85, null, "percent", 2026, 2030],
    ]],
  ])("%s", check(CONGRESS));
});

describe("a yearly report's shares of plans, last year's value in brackets beside a plan, and rates per 10.000 people with bare numbers", () => {
  test("two indicators each 'đạt 101,2% KH' are two figures ('KH.' ends a sentence); '(năm 2024: 6,8%)' restates a result; 'Số bác sĩ/vạn dân 11,5' is a rate", () => {
    check(RESULTS)(
      "Năm 2024, sản lượng lúa 3,1 triệu tấn, đạt 101,2% KH. Giải quyết việc làm cho 28.000 lao động, đạt 101,2% KH. Tăng trưởng GRDP ước đạt 6,8%.\n\n" +
        "Mục tiêu, chỉ tiêu chủ yếu năm 2025\n1. Tốc độ tăng trưởng GRDP 7,5% trở lên (năm 2024: 6,8%).\n2. Số bác sĩ/vạn dân 11,5; số giường bệnh/vạn dân 33.",
      [
        ["actual", "unknown", "level", "eq", 3.1, null, "million_tonnes", null, 2024],
        ["actual", "unknown", "level", "eq", 101.2, null, "percent", null, 2024],
        ["actual", "jobs_created", "annual", "eq", 28000, null, "persons", 2024, 2024],
        ["actual", "unknown", "level", "eq", 101.2, null, "percent", null, 2024],
        ["actual", "grdp_growth", "avg_growth", "eq", 6.8, null, "percent_per_year", 2024, 2024],
        ["target", "grdp_growth", "avg_growth", "gte", 7.5, null, "percent_per_year", 2025, 2025],
        ["target", "doctors_per_10k", "level", "eq", 11.5, null, "per_10k_pop", null, 2025],
        ["target", "hospital_beds_per_10k", "level", "eq", 33, null, "per_10k_pop", null, 2025],
      ],
    );
  });
});

describe("a yearly report's growth of a sector told in points, a level's rise over the year, and two shares of plans", () => {
  test("'đóng góp X điểm phần trăm' is a contribution to growth: a level of the year in points", () => {
    check(RESULTS)("Năm 2024, tổng sản phẩm trên địa bàn tăng 7,2%; trong đó khu vực nông, lâm nghiệp và thủy sản tăng 3,5%, đóng góp 0,9 điểm phần trăm; khu vực dịch vụ tăng 8,1%, đóng góp 3,2 điểm phần trăm.", [
      ["actual", "grdp_growth", "avg_growth", "eq", 7.2, null, "percent_per_year", 2024, 2024],
      ["actual", "agri_growth", "avg_growth", "eq", 3.5, null, "percent_per_year", 2024, 2024],
      ["actual", "unknown", "level", "eq", 0.9, null, "percentage_points", null, 2024],
      ["actual", "services_growth", "avg_growth", "eq", 8.1, null, "percent_per_year", 2024, 2024],
      ["actual", "unknown", "level", "eq", 3.2, null, "percentage_points", null, 2024],
    ]);
  });
  test("a rise 'so với cùng kỳ' after a level the catalog does not name (past its share of the plan) is that level's growth; the second share of a plan joined by 'và' is a result too", () => {
    check(RESULTS)(
      "Sản lượng thủy sản năm 2024 đạt 520.000 tấn, đạt 102% kế hoạch, tăng 4,1% so với cùng kỳ. Thu ngân sách năm 2024 đạt 9.800 tỷ đồng, đạt 106,2% dự toán Trung ương giao và 101,5% dự toán Hội đồng nhân dân tỉnh giao.",
      [
        ["actual", "unknown", "level", "eq", 520000, null, "tonnes", null, 2024],
        ["actual", "unknown", "level", "eq", 102, null, "percent", null, 2024],
        ["actual", "unknown", "avg_growth", "eq", 4.1, null, "percent_per_year", 2024, 2024],
        ["actual", "budget_revenue", "level", "eq", 9800, null, "billion_vnd", null, 2024],
        ["actual", "unknown", "level", "eq", 106.2, null, "percent", null, 2024],
        ["actual", "unknown", "level", "eq", 101.5, null, "percent", null, 2024],
      ],
    );
  });
});

describe("investment projects attracted are a count of unit `projects`: summed over a term, a stock where 'lũy kế'/'còn hiệu lực' says so", () => {
  test.each<[string, Row[]]>([
    ["Trong nhiệm kỳ thu hút 96 dự án đầu tư trực tiếp nước ngoài. Lũy kế đến nay toàn tỉnh có 640 dự án FDI còn hiệu lực. Năm 2024 khởi công 3 dự án giao thông trọng điểm.", [
      ["actual", "unknown", "cumulative", "eq", 96, null, "projects", 2021, 2025],
      ["actual", "unknown", "level", "eq", 640, null, "projects", null, 2025],
      // Works started are no investment attracted.
    ]],
  ])("%s", check(TERM_REPORT));
});

describe("rates of waste collected and treated: 'X% chất thải … được thu gom', 'thu gom, xử lý đạt chuẩn X%', two such items of one value", () => {
  test.each<[string, Row[]]>([
    ["Về môi trường, 100% chất thải rắn sinh hoạt được thu gom, xử lý đạt chuẩn; tỷ lệ nước thải tại các khu công nghiệp được thu gom, xử lý đạt chuẩn 95%.", [
      ["target", "unknown", "level", "eq", 100, null, "percent", null, 2030],
      ["target", "unknown", "level", "eq", 95, null, "percent", null, 2030],
    ]],
    ["Tỷ lệ che phủ rừng duy trì ở mức 29%. Tỷ lệ nước thải tại các khu công nghiệp được thu gom, xử lý đạt chuẩn 100%; tỷ lệ chất thải rắn sinh hoạt được thu gom và xử lý 100%.", [
      ["target", "forest_cover_rate", "level", "eq", 29, null, "percent", null, 2030],
      ["target", "unknown", "level", "eq", 100, null, "percent", null, 2030],
      ["target", "unknown", "level", "eq", 100, null, "percent", null, 2030],
    ]],
  ])("%s", check(CONGRESS));
});

describe("a term's review: districts 'được công nhận' meeting the standard, the plan 'mục tiêu chung đề ra (…)', a multiple of a named earlier term", () => {
  test("each figure of a review paragraph", () => {
    check(TERM_REPORT)(
      "Đến hết năm 2025, 100% số xã đạt chuẩn nông thôn mới; 6 đơn vị cấp huyện được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới. " +
        "Tốc độ tăng trưởng GRDP bình quân giai đoạn 2021 - 2025 ước đạt 7,9%/năm, vượt mục tiêu chung đề ra (7,5%/năm). " +
        "Tổng thu ngân sách 5 năm đạt 98.000 tỷ đồng, gấp 1,7 lần giai đoạn 2016 - 2020. Tỷ lệ hộ dân được sử dụng điện lưới quốc gia đạt 99,2%.",
      [
        ["actual", "ntm_commune_share", "level", "eq", 100, null, "percent", null, 2025],
        ["actual", "ntm_district_count", "level", "eq", 6, null, "districts", null, 2025],
        ["actual", "grdp_growth", "avg_growth", "eq", 7.9, null, "percent_per_year", 2021, 2025],
        ["target", "grdp_growth", "avg_growth", "eq", 7.5, null, "percent_per_year", 2021, 2025],
        ["actual", "budget_revenue", "cumulative", "eq", 98000, null, "billion_vnd", 2021, 2025],
        ["actual", "budget_revenue", "cumulative", "eq", 1.7, null, "times_2016-2020", 2021, 2025],
        ["actual", "household_electricity_rate", "level", "eq", 99.2, null, "percent", null, 2025],
      ],
    );
  });
});

describe("'bằng X% so với cùng kỳ' is a ratio to last year's value and 'chiếm X% GDP cả nước' a share of the nation's: figures, of no catalog code", () => {
  test.each<[string, Row[]]>([
    ["Kim ngạch xuất khẩu năm 2024 đạt 950 triệu USD, bằng 108,2% so với cùng kỳ. Quy mô kinh tế ước đạt 1,9 triệu tỷ đồng, chiếm khoảng 16% GDP cả nước.", [
      ["actual", "export_turnover", "level", "eq", 950, null, "million_usd", null, 2024],
      ["actual", "unknown", "level", "eq", 108.2, null, "percent", null, 2024],
      ["actual", "grdp_current", "level", "eq", 1900000, null, "billion_vnd", null, 2024],
      ["actual", "unknown", "level", "eq", 16, null, "percent", null, 2024],
    ]],
  ])("%s", check(RESULTS));
});

describe("'…; riêng <a group> giảm …' after a figure sets a part apart: a figure of no code, though a semicolon stands before it", () => {
  test.each<[string, Row[]]>([
    ["- Tỷ lệ hộ nghèo giảm bình quân 1,5 - 2%/năm; riêng các huyện nghèo giảm 3 - 4%/năm.", [
      ["target", "poverty_rate", "annual_change", "range", -2, -1.5, "pp_per_year", 2026, 2030],
      ["target", "unknown", "annual_change", "range", -4, -3, "pp_per_year", 2026, 2030],
    ]],
  ])("%s", check(CONGRESS));
});

describe("a subject, an aside of what it includes ('gồm …,'), then 'đạt X': X is the subject's, and its rise 'so với cùng kỳ' its growth", () => {
  test.each<[string, Row[]]>([
    ["Vốn FDI thu hút, gồm cấp mới, điều chỉnh và góp vốn, mua cổ phần, đạt 1,9 tỷ USD, tăng 14% so với cùng kỳ.", [
      ["actual", "unknown", "level", "eq", 1.9, null, "billion_usd", null, 2024],
      ["actual", "unknown", "avg_growth", "eq", 14, null, "percent_per_year", 2024, 2024],
    ]],
  ])("%s", check(RESULTS));
});

describe("'…; trong đó <a part> đạt N <the same unit>' is a part of the figure before; a pace 'phải' reach 'để đạt mục tiêu' is no target", () => {
  test("a part in tonnes after a level in tonnes", () => {
    check(RESULTS)("Tổng sản lượng thủy sản năm 2024 đạt 310.000 tấn, tăng 3% so với cùng kỳ; trong đó tôm đạt 95.000 tấn.", [
      ["actual", "unknown", "level", "eq", 310000, null, "tonnes", null, 2024],
      ["actual", "unknown", "avg_growth", "eq", 3, null, "percent_per_year", 2024, 2024],
      ["actual", "unknown", "level", "eq", 95000, null, "tonnes", null, 2024],
    ]);
  });
  test("the growth still required is worked out, the aim after it is set", () => {
    check(MIDTERM)("Để đạt mục tiêu của Nghị quyết, hai năm 2024 - 2025 tỉnh phải tăng trưởng bình quân 11,5%/năm. Tỉnh phấn đấu tăng trưởng năm 2024 đạt 8%.", [
      ["target", "grdp_growth", "avg_growth", "eq", 8, null, "percent_per_year", 2024, 2024],
    ]);
  });
});

describe("an annex table's bounds written as signs ('≥ 51,5', '≤ 3,5') are comparators", () => {
  test("each cell of the two year columns", () => {
    check(PLAN)("Phụ lục: các chỉ tiêu chủ yếu\n\n| STT | Chỉ tiêu | Đơn vị tính | Ước thực hiện năm 2025 | Kế hoạch năm 2026 |\n|---|---|---|---|---|\n| 1 | Tỷ lệ che phủ rừng | % | 51,2 | ≥ 51,5 |\n| 2 | Tỷ lệ hộ nghèo | % | 4,1 | ≤ 3,5 |\n", [
      ["actual", "forest_cover_rate", "level", "eq", 51.2, null, "percent", null, 2025],
      ["target", "forest_cover_rate", "level", "gte", 51.5, null, "percent", null, 2026],
      ["actual", "poverty_rate", "level", "eq", 4.1, null, "percent", null, 2025],
      ["target", "poverty_rate", "level", "lte", 3.5, null, "percent", null, 2026],
    ]);
  });
});

describe("a span in the figure's own clause ('…; tổng thu 5 năm đạt …') sums a flow over the term, though an earlier item named a year", () => {
  test.each<[string, Row[]]>([
    ["Thu ngân sách nhà nước trên địa bàn đến năm 2030 đạt 3.200 tỷ đồng; tổng thu 5 năm đạt khoảng 13.500 tỷ đồng.", [
      ["target", "budget_revenue", "level", "eq", 3200, null, "billion_vnd", null, 2030],
      ["target", "budget_revenue", "cumulative", "eq", 13500, null, "billion_vnd", 2026, 2030],
    ]],
  ])("%s", check(CONGRESS));
});

describe("a clause of a bare noun after a figure is that figure's sibling: 'đón … lượt khách, doanh thu đạt …', '… xã đạt chuẩn nông thôn mới, mỗi năm tăng thêm … xã'", () => {
  test.each<[string, Row[]]>([
    ["Năm 2030 đón 12 triệu lượt khách, doanh thu đạt 30.000 tỷ đồng. Đến năm 2030 có 95 xã đạt chuẩn nông thôn mới, bình quân mỗi năm tăng thêm 5 - 6 xã.", [
      ["target", "tourist_arrivals", "level", "eq", 12, null, "million_visits", null, 2030],
      ["target", "tourism_revenue", "level", "eq", 30000, null, "billion_vnd", null, 2030],
      ["target", "ntm_communes", "level", "eq", 95, null, "communes", null, 2030],
      ["target", "ntm_communes_recognised", "annual", "range", 5, 6, "communes", 2026, 2030],
    ]],
  ])("%s", check(CONGRESS));
});

describe("a level's increase over one year ('tăng 5,4 triệu đồng so với năm 2023') is summed over that year, as a term's increase is over the term", () => {
  test.each<[string, Row[]]>([
    ["GRDP bình quân đầu người năm 2024 đạt 82 triệu đồng, tăng 5,4 triệu đồng so với năm 2023.", [
      ["actual", "grdp_per_capita", "level", "eq", 82, null, "million_vnd", null, 2024],
      ["actual", "unknown", "cumulative", "eq", 5.4, null, "million_vnd", 2024, 2024],
    ]],
  ])("%s", check(RESULTS));
});
