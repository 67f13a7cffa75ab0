// Constructions of the third unseen set once it was released for tuning (issue 11, 2 December),
// each a rule of usage with sentences written for this test, not taken from any document. Every
// figure of a sentence is checked, in order.
import { describe, test } from "vitest";
import { check, CONGRESS, PLAN, RESULTS } from "../helpers/usage.ts";

describe("a total of the economy or the budget less one of its parts is another series: unknown, its kind kept", () => {
  test("'không kể …', '(không tính …)' after GRDP, its per-capita figure and exports; the rise said next is of the variant too", () => {
    check(RESULTS)(
      "Năm 2024, GRDP không kể khai khoáng ước tăng 6,8%, vượt kế hoạch (6,5%). GRDP bình quân đầu người không tính dầu khí đạt 5.400 USD. Giá trị xuất khẩu (không bao gồm than) đạt 2,1 tỷ USD, tăng 9,3%.",
      [
        ["actual", "unknown", "avg_growth", "eq", 6.8, null, "percent_per_year", 2024, 2024],
        ["target", "unknown", "avg_growth", "eq", 6.5, null, "percent_per_year", 2024, 2024],
        ["actual", "unknown", "level", "eq", 5400, null, "usd", null, 2024],
        ["actual", "unknown", "level", "eq", 2.1, null, "billion_usd", null, 2024],
        ["actual", "unknown", "avg_growth", "eq", 9.3, null, "percent_per_year", 2024, 2024],
      ],
    );
  });
  test("the same names with no such words keep their codes", () => {
    check(RESULTS)(
      "Năm 2024, GRDP ước tăng 6,8%. GRDP bình quân đầu người đạt 5.400 USD. Kim ngạch xuất khẩu đạt 2,1 tỷ USD, tăng 9,3%.",
      [
        ["actual", "grdp_growth", "avg_growth", "eq", 6.8, null, "percent_per_year", 2024, 2024],
        ["actual", "grdp_per_capita", "level", "eq", 5400, null, "usd", null, 2024],
        ["actual", "export_turnover", "level", "eq", 2.1, null, "billion_usd", null, 2024],
        ["actual", "export_growth", "avg_growth", "eq", 9.3, null, "percent_per_year", 2024, 2024],
      ],
    );
  });
  test("a rate stated with what its definition leaves out is the same rate", () => {
    check(CONGRESS)(
      "Đến năm 2030, tỷ lệ che phủ rừng (không tính cây ăn quả) đạt 45%; số giường bệnh/vạn dân (không kể trạm y tế xã) đạt 33 giường.",
      [
        ["target", "forest_cover_rate", "level", "eq", 45, null, "percent", null, 2030],
        ["target", "hospital_beds_per_10k", "level", "eq", 33, null, "per_10k_pop", null, 2030],
      ],
    );
  });
});

describe("communes added to the stock are communes newly recognised, whatever bound or colon comes between", () => {
  test("'có thêm ít nhất …', 'tăng thêm: …'", () => {
    check(CONGRESS)("Phấn đấu đến năm 2030 có thêm tối thiểu 15 xã đạt chuẩn nông thôn mới.", [
      ["target", "ntm_communes_recognised", "cumulative", "gte", 15, null, "communes", 2026, 2030],
    ]);
    check(PLAN)("Số xã đạt chuẩn nông thôn mới tăng thêm: 9 xã.", [
      ["target", "ntm_communes_recognised", "annual", "eq", 9, null, "communes", 2026, 2026],
    ]);
  });
});

describe("a share of units that meet what follows the number names its own subject, whatever subject the list shares", () => {
  test("after a colon shared by the items", () => {
    check(RESULTS)("Về y tế, giáo dục: tỷ lệ hộ nghèo giảm còn 2,4%; 100% thôn, bản có nhà văn hóa; số giường bệnh đạt 30 giường/vạn dân.", [
      ["actual", "poverty_rate", "level", "eq", 2.4, null, "percent", null, 2024],
      ["actual", "unknown", "level", "eq", 100, null, "percent", null, 2024],
      ["actual", "hospital_beds_per_10k", "level", "eq", 30, null, "per_10k_pop", null, 2024],
    ]);
  });
});

describe("child malnutrition is the catalog's of stunting; underweight and wasting are other measures", () => {
  test("'thể nhẹ cân', '(thể gầy còm)' are unknown, 'thể thấp còi' keeps the code", () => {
    check(RESULTS)("Năm 2024, tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân còn 8,7%. Tỷ lệ suy dinh dưỡng (thể gầy còm) còn 3,1%. Tỷ lệ suy dinh dưỡng thể thấp còi còn 16,2%.", [
      ["actual", "unknown", "level", "eq", 8.7, null, "percent", null, 2024],
      ["actual", "unknown", "level", "eq", 3.1, null, "percent", null, 2024],
      ["actual", "child_malnutrition_rate", "level", "eq", 16.2, null, "percent", null, 2024],
    ]);
  });
});

describe("names listed in brackets before a colon take the values after it in turn", () => {
  test("'Cơ cấu kinh tế (A - B - C): x% - y% - z%'", () => {
    check(CONGRESS)("Cơ cấu kinh tế năm 2030 (nông nghiệp - công nghiệp, xây dựng - dịch vụ): 12% - 40% - 43%; thuế sản phẩm: 5%.", [
      ["target", "share_agri", "level", "eq", 12, null, "percent", null, 2030],
      ["target", "share_industry_construction", "level", "eq", 40, null, "percent", null, 2030],
      ["target", "share_services", "level", "eq", 43, null, "percent", null, 2030],
      ["target", "share_product_tax", "level", "eq", 5, null, "percent", null, 2030],
    ]);
  });
});

describe("'so với (ước) thực hiện năm Y', 'so với kết quả năm Y' name the base of a change, not the figure's year", () => {
  test("in a yearly report, the figures after the base keep the report's year", () => {
    check(RESULTS)("Thu ngân sách nhà nước đạt 8.200 tỷ đồng, tăng 6,4% so với thực hiện năm 2023. Vốn đầu tư phát triển đạt 21.000 tỷ đồng, tăng 11% so với kết quả năm 2023.", [
      ["actual", "budget_revenue", "level", "eq", 8200, null, "billion_vnd", null, 2024],
      ["actual", "budget_revenue_growth", "avg_growth", "eq", 6.4, null, "percent_per_year", 2024, 2024],
      ["actual", "social_investment", "level", "eq", 21000, null, "billion_vnd", null, 2024],
      ["actual", "social_investment_growth", "avg_growth", "eq", 11, null, "percent_per_year", 2024, 2024],
    ]);
  });
  test("in a plan, the growth over the year's expected result is of the plan's year", () => {
    check(PLAN)("Năm 2026, tổng vốn đầu tư toàn xã hội tăng 15% so với ước thực hiện năm 2025.", [
      ["target", "social_investment_growth", "avg_growth", "eq", 15, null, "percent_per_year", 2026, 2026],
    ]);
  });
});

describe("'giảm từ X% trở lên' bounds a rate's fall (as 'giảm X% trở lên' does)", () => {
  test("in a plan of one year", () => {
    check(PLAN)("Tỷ lệ hộ nghèo giảm từ 1,5% trở lên; tỷ lệ lao động qua đào tạo đạt 72%.", [
      ["target", "poverty_rate", "annual_change", "lte", -1.5, null, "pp_per_year", 2026, 2026],
      ["target", "trained_labour_rate", "level", "eq", 72, null, "percent", null, 2026],
    ]);
  });
});

describe("a part of a year's fall 'so với cùng kỳ' and a rise 'trở lại' are growths of what the catalog does not name", () => {
  test("half a year then quarters", () => {
    check(RESULTS)("Quý I, GRDP giảm 1,2% so với cùng kỳ; quý II tăng trở lại 3,5%.", [
      ["actual", "unknown", "avg_growth", "eq", -1.2, null, "percent_per_year", 2024, 2024],
      ["actual", "unknown", "avg_growth", "eq", 3.5, null, "percent_per_year", 2024, 2024],
    ]);
  });
  test("a rate that fell over the same span is no growth", () => {
    check(RESULTS)("Sáu tháng đầu năm, tỷ lệ thất nghiệp giảm 0,2% so với cùng kỳ.", [
      ["actual", "unknown", "level", "eq", -0.2, null, "percent", null, 2024],
    ]);
  });
});
