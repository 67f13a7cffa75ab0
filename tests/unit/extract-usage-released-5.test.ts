// Constructions of the fourth unseen set once it was released for tuning (issue 11, 2 December),
// each a rule of usage with sentences written for this test, not taken from any document. Every
// figure of a sentence is checked, in order.
import { describe, test } from "vitest";
import type { DocumentInfo } from "../../src/extract/extract.ts";
import { CONGRESS, check, PLAN, RESULTS, TERM_REPORT } from "../helpers/usage.ts";

/** A mid-term review of the 2020-2025 term, written in its third year. */
const MID_TERM: Omit<DocumentInfo, "text"> = { name: "so-ket.txt", term_start: 2020, term_end: 2025, published: "2022-09-20", doc_type: "review_article" };

describe("a result measured as a share of a target is a result: the target's words switch nothing", () => {
  test("'bằng 90% mục tiêu đến năm 2025', 'đạt 46,7% chỉ tiêu 5 năm' in a review: the results after them stay results, of the review's year; 'đề ra mục tiêu' sets targets", () => {
    check(MID_TERM)(
      "SƠ KẾT GIỮA NHIỆM KỲ\n\nNghị quyết Đại hội đề ra mục tiêu tỷ lệ đô thị hóa đến năm 2025 đạt 40% và kim ngạch xuất khẩu 5 năm đạt 3 tỷ USD.\n\nKết quả hai năm đầu nhiệm kỳ\n\nTỷ lệ đô thị hóa năm 2022 đạt 36%, bằng 90% mục tiêu đến năm 2025. Kim ngạch xuất khẩu 2 năm đạt 1,4 tỷ USD, đạt 46,7% chỉ tiêu 5 năm. Tỷ lệ lao động qua đào tạo đạt 62%.",
      [
        ["target", "urbanization_rate", "level", "eq", 40, null, "percent", null, 2025],
        ["target", "export_turnover", "cumulative", "eq", 3, null, "billion_usd", 2021, 2025],
        ["actual", "urbanization_rate", "level", "eq", 36, null, "percent", null, 2022],
        // A share of the term's target, not of the year's plan (the catalog's plan completions are of the year).
        ["actual", "unknown", "level", "eq", 90, null, "percent", null, 2022],
        ["actual", "export_turnover", "cumulative", "eq", 1.4, null, "billion_usd", 2021, 2022],
        ["actual", "unknown", "level", "eq", 46.7, null, "percent", null, 2022],
        ["actual", "trained_labour_rate", "level", "eq", 62, null, "percent", null, 2022],
      ],
    );
  });
  test("a share of the year's plan keeps its plan-completion code and the plan's year", () => {
    check(RESULTS)("Kim ngạch xuất khẩu đạt 2,1 tỷ USD, bằng 104% kế hoạch năm 2024.", [
      ["actual", "export_turnover", "level", "eq", 2.1, null, "billion_usd", null, 2024],
      ["actual", "export_plan_completion_rate", "level", "eq", 104, null, "percent", null, 2024],
    ]);
  });
});

describe("the fall of a rate is a change in points, whoever's rate it is and wherever the verb stands", () => {
  test("a group's poverty rate the catalog does not name falls in points; 'hộ nghèo' alone names the rate", () => {
    check(RESULTS)(
      "Tỷ lệ hộ nghèo còn 4,1%, giảm 1,3% so với cuối năm 2023; riêng hộ nghèo ở các xã biên giới giảm 3,2%. Năm 2025 phấn đấu giảm tỷ lệ hộ nghèo từ 1 - 1,5%, tỷ lệ hộ nghèo người dân tộc thiểu số giảm 2,5%.",
      [
        ["actual", "poverty_rate", "level", "eq", 4.1, null, "percent", null, 2024],
        ["actual", "poverty_rate", "annual_change", "eq", -1.3, null, "pp_per_year", 2024, 2024],
        ["actual", "unknown", "annual_change", "eq", -3.2, null, "pp_per_year", 2024, 2024],
        ["target", "poverty_rate", "annual_change", "range", -1.5, -1, "pp_per_year", 2025, 2025],
        ["target", "unknown", "annual_change", "eq", -2.5, null, "pp_per_year", 2025, 2025],
      ],
    );
  });
  test("'giảm tỷ lệ hộ nghèo …' with the verb first is a fall; 'giảm … xuống còn' is still a level", () => {
    check(PLAN)("Giảm tỷ lệ hộ nghèo đa chiều 1,2%; giảm tỷ lệ hộ nghèo xuống còn 2%.", [
      ["target", "poverty_rate", "annual_change", "eq", -1.2, null, "pp_per_year", 2026, 2026],
      ["target", "poverty_rate", "level", "eq", 2, null, "percent", null, 2026],
    ]);
  });
});

describe("a review's sums and averages over the years so far are of the indicator the years were told of", () => {
  test("'Bình quân 2 năm tăng …/năm' after the years one by one, 'trong đó năm 2022 …' of a sum, 'N năm' in a flow's own clause", () => {
    check(MID_TERM)(
      "Kết quả thực hiện\n\nNăm 2021 tăng trưởng kinh tế đạt 5,1%; năm 2022 ước đạt 6,3%. Bình quân 2 năm tăng 5,7%/năm. Thu ngân sách 2 năm đạt 9.800 tỷ đồng, trong đó năm 2022 ước đạt 5.100 tỷ đồng. Vốn đầu tư toàn xã hội năm 2022 đạt 21.000 tỷ đồng; tổng vốn đầu tư toàn xã hội 2 năm đạt 40.500 tỷ đồng.",
      [
        ["actual", "grdp_growth", "avg_growth", "eq", 5.1, null, "percent_per_year", 2021, 2021],
        ["actual", "grdp_growth", "avg_growth", "eq", 6.3, null, "percent_per_year", 2022, 2022],
        ["actual", "grdp_growth", "avg_growth", "eq", 5.7, null, "percent_per_year", 2021, 2022],
        ["actual", "budget_revenue", "cumulative", "eq", 9800, null, "billion_vnd", 2021, 2022],
        ["actual", "budget_revenue", "level", "eq", 5100, null, "billion_vnd", null, 2022],
        ["actual", "social_investment", "level", "eq", 21000, null, "billion_vnd", null, 2022],
        ["actual", "social_investment", "cumulative", "eq", 40500, null, "billion_vnd", 2021, 2022],
      ],
    );
  });
  test("'trong đó' before a part's own name still names a part, of no code", () => {
    check(RESULTS)("Thu ngân sách đạt 9.800 tỷ đồng, trong đó thu nội địa đạt 7.000 tỷ đồng.", [
      ["actual", "budget_revenue", "level", "eq", 9800, null, "billion_vnd", null, 2024],
      ["actual", "unknown", "level", "eq", 7000, null, "billion_vnd", null, 2024],
    ]);
  });
});

describe("another series than the catalog's indicator is unknown", () => {
  test("a total with a part left out in a clause before its name ('nếu không tính …, GRDP …', 'Loại trừ …, …')", () => {
    check(RESULTS)("Năm 2024, GRDP ước tăng 9,2%; nếu không tính khai khoáng, GRDP tăng 6,4%. Loại trừ dầu khí, kim ngạch xuất khẩu đạt 3,2 tỷ USD.", [
      ["actual", "grdp_growth", "avg_growth", "eq", 9.2, null, "percent_per_year", 2024, 2024],
      ["actual", "unknown", "avg_growth", "eq", 6.4, null, "percent_per_year", 2024, 2024],
      ["actual", "unknown", "level", "eq", 3.2, null, "billion_usd", null, 2024],
    ]);
  });
  test("a forest cover that counts crops ('tính cả cây cao su') is a green cover of another series; forest cover alone keeps its code", () => {
    check(RESULTS)("Tỷ lệ che phủ rừng (tính cả cây cao su) đạt 61%; tỷ lệ che phủ rừng đạt 48,5%.", [
      ["actual", "unknown", "level", "eq", 61, null, "percent", null, 2024],
      ["actual", "forest_cover_rate", "level", "eq", 48.5, null, "percent", null, 2024],
    ]);
  });
});

describe("names of the catalog's indicators in other words", () => {
  test("output per hectare with 'héc-ta' written out, hyphen or none", () => {
    check(TERM_REPORT)(
      "Giá trị sản phẩm thu hoạch bình quân trên một héc-ta đất trồng trọt năm 2025 đạt 110 triệu đồng. Giá trị thu được trên 1 hecta đất nông nghiệp năm 2024 đạt 104 triệu đồng.",
      [
        ["actual", "output_per_hectare", "level", "eq", 110, null, "million_vnd_per_ha", null, 2025],
        ["actual", "output_per_hectare", "level", "eq", 104, null, "million_vnd_per_ha", null, 2024],
      ],
    );
  });
  test("'tổng thu …' after the budget's revenue of a year is that revenue summed, its multiple too; 'tổng thu … từ du lịch' is not", () => {
    check(TERM_REPORT)(
      "Thu ngân sách nhà nước năm 2025 đạt 3.100 tỷ đồng; tổng thu cả nhiệm kỳ đạt 13.200 tỷ đồng, gấp 1,6 lần nhiệm kỳ trước. Kim ngạch xuất khẩu năm 2025 đạt 400 triệu USD; tổng thu 5 năm từ du lịch đạt 2.000 tỷ đồng.",
      [
        ["actual", "budget_revenue", "level", "eq", 3100, null, "billion_vnd", null, 2025],
        ["actual", "budget_revenue", "cumulative", "eq", 13200, null, "billion_vnd", 2021, 2025],
        ["actual", "budget_revenue", "cumulative", "eq", 1.6, null, "times_2016-2020", 2021, 2025],
        ["actual", "export_turnover", "level", "eq", 400, null, "million_usd", null, 2025],
        ["actual", "unknown", "cumulative", "eq", 2000, null, "billion_vnd", 2021, 2025],
      ],
    );
  });
});

describe("a resolution's plan named in brackets beside a result is the plan of the result's term", () => {
  test("in a congress text, beside the term just ended: of that term, not of the coming one", () => {
    check(CONGRESS)(
      "I. KẾT QUẢ THỰC HIỆN NHIỆM KỲ 2020 - 2025\n\nTốc độ tăng trưởng kinh tế bình quân giai đoạn 2021 - 2025 ước đạt 6,4%/năm, chưa đạt mục tiêu Nghị quyết (7,5%/năm).\n\nII. MỤC TIÊU NHIỆM KỲ 2025 - 2030\n\nTăng trưởng kinh tế bình quân 8%/năm.",
      [
        ["actual", "grdp_growth", "avg_growth", "eq", 6.4, null, "percent_per_year", 2021, 2025],
        ["target", "grdp_growth", "avg_growth", "eq", 7.5, null, "percent_per_year", 2021, 2025],
        ["target", "grdp_growth", "avg_growth", "eq", 8, null, "percent_per_year", 2026, 2030],
      ],
    );
  });
  test("in a mid-term review, the resolution's level is of the term's last year whatever year the result names; a year's plan stays of its year", () => {
    check(MID_TERM)("Năm 2022, tỷ lệ che phủ rừng đạt 47,1%, vượt chỉ tiêu Nghị quyết (46%); tỷ lệ đô thị hóa đạt 31%, thấp hơn kế hoạch năm 2022 (33%).", [
      ["actual", "forest_cover_rate", "level", "eq", 47.1, null, "percent", null, 2022],
      ["target", "forest_cover_rate", "level", "eq", 46, null, "percent", null, 2025],
      ["actual", "urbanization_rate", "level", "eq", 31, null, "percent", null, 2022],
      ["target", "urbanization_rate", "level", "eq", 33, null, "percent", null, 2022],
    ]);
  });
});

describe("the words of a review that do not turn it to targets", () => {
  test("'Để đạt mục tiêu cả nhiệm kỳ, …' holds its own sentence only: the results after it stay results", () => {
    check(MID_TERM)(
      "Kết quả thực hiện\n\nTăng trưởng kinh tế bình quân 2 năm ước đạt 5,2%/năm. Để đạt mục tiêu cả nhiệm kỳ, ba năm còn lại phải tăng bình quân 8%/năm. Thu nhập bình quân đầu người năm 2022 đạt 52 triệu đồng; tỷ lệ lao động qua đào tạo đạt 61%.",
      [
        ["actual", "grdp_growth", "avg_growth", "eq", 5.2, null, "percent_per_year", 2021, 2022],
        ["actual", "income_per_capita", "level", "eq", 52, null, "million_vnd", null, 2022],
        ["actual", "trained_labour_rate", "level", "eq", 61, null, "percent", null, 2022],
      ],
    );
  });
  test("a heading 'Kết quả hai năm 2021 - 2022' names a span of years, not the year 2021", () => {
    check(MID_TERM)("Kết quả hai năm 2021 - 2022\n\nTăng trưởng kinh tế bình quân 2 năm ước đạt 5,2%/năm.", [
      ["actual", "grdp_growth", "avg_growth", "eq", 5.2, null, "percent_per_year", 2021, 2022],
    ]);
  });
});

describe("a level's or a sector's fall by a percentage is its growth below zero, as a rise is its growth", () => {
  test("a sector beside rising ones, a level's fall after its amount, a named level's fall; a share's fall stays a change of the share", () => {
    check(RESULTS)(
      "GRDP tăng 6,1%; trong đó khu vực công nghiệp - xây dựng tăng 9,4%, khu vực nông, lâm nghiệp và thủy sản giảm 1,1%, khu vực dịch vụ tăng 5%. Kim ngạch xuất khẩu đạt 2 tỷ USD, giảm 5%. Tổng mức bán lẻ hàng hóa giảm 2,3% so với năm trước. Tỷ trọng nông nghiệp giảm 1,5%.",
      [
        ["actual", "grdp_growth", "avg_growth", "eq", 6.1, null, "percent_per_year", 2024, 2024],
        ["actual", "industry_construction_growth", "avg_growth", "eq", 9.4, null, "percent_per_year", 2024, 2024],
        ["actual", "agri_growth", "avg_growth", "eq", -1.1, null, "percent_per_year", 2024, 2024],
        ["actual", "services_growth", "avg_growth", "eq", 5, null, "percent_per_year", 2024, 2024],
        ["actual", "export_turnover", "level", "eq", 2, null, "billion_usd", null, 2024],
        ["actual", "export_growth", "avg_growth", "eq", -5, null, "percent_per_year", 2024, 2024],
        ["actual", "retail_sales_growth", "avg_growth", "eq", -2.3, null, "percent_per_year", 2024, 2024],
        ["actual", "share_agri", "annual_change", "eq", -1.5, null, "pp_per_year", 2024, 2024],
      ],
    );
  });
});

describe("investment attracted over a span the sentence names is summed over it", () => {
  test("'Trong nhiệm kỳ …' and 'Trong 2 năm …' reach the capital said after the projects; a stock in the next clause is no cue for them", () => {
    check(TERM_REPORT)("Trong nhiệm kỳ thu hút 85 dự án FDI với tổng vốn đăng ký hơn 2,4 tỷ USD.", [
      ["actual", "unknown", "cumulative", "eq", 85, null, "projects", 2021, 2025],
      ["actual", "unknown", "cumulative", "gte", 2.4, null, "billion_usd", 2021, 2025],
    ]);
    check(MID_TERM)("Trong 2 năm thu hút mới 30 dự án FDI với vốn 6 tỷ USD; lũy kế có 410 dự án còn hiệu lực.", [
      ["actual", "unknown", "cumulative", "eq", 30, null, "projects", 2021, 2022],
      ["actual", "unknown", "cumulative", "eq", 6, null, "billion_usd", 2021, 2022],
      ["actual", "unknown", "level", "eq", 410, null, "projects", null, 2022],
    ]);
  });
});

describe("a rise over the year before the year named is that year's growth, and a revenue summed after its growth is the revenue", () => {
  test("'tăng 12,5% so với năm 2021' of a 2022 figure under a heading of two years", () => {
    check(MID_TERM)(
      "Kết quả 2 năm 2021 - 2022\n\nKim ngạch xuất khẩu năm 2022 ước đạt 410 triệu USD, tăng 12,5% so với năm 2021. Sản lượng lương thực năm 2022 đạt 300 nghìn tấn, tăng 2,1% so với năm trước.",
      [
        ["actual", "export_turnover", "level", "eq", 410, null, "million_usd", null, 2022],
        ["actual", "export_growth", "avg_growth", "eq", 12.5, null, "percent_per_year", 2022, 2022],
        ["actual", "food_output", "level", "eq", 300000, null, "tonnes", null, 2022],
        ["actual", "unknown", "avg_growth", "eq", 2.1, null, "percent_per_year", 2022, 2022],
      ],
    );
  });
  test("a level said after a semicolon with only its year, after its growth: '…tăng bình quân 12%/năm; đến năm 2030 đạt 6 tỷ USD'", () => {
    check(CONGRESS)("- Kim ngạch xuất khẩu tăng bình quân 12%/năm; đến năm 2030 đạt 6 tỷ USD.", [
      ["target", "export_growth", "avg_growth", "eq", 12, null, "percent_per_year", 2026, 2030],
      ["target", "export_turnover", "level", "eq", 6, null, "billion_usd", null, 2030],
    ]);
  });
  test("'Thu ngân sách … tăng bình quân 9%/năm, tổng thu 5 năm đạt …'", () => {
    check(CONGRESS)("Thu ngân sách nhà nước trên địa bàn tăng bình quân 9%/năm, tổng thu 5 năm đạt khoảng 210 nghìn tỷ đồng.", [
      ["target", "budget_revenue_growth", "avg_growth", "eq", 9, null, "percent_per_year", 2026, 2030],
      ["target", "budget_revenue", "cumulative", "eq", 210000, null, "billion_vnd", 2026, 2030],
    ]);
  });
});

describe("a value said again is a restatement only if its words speak of the same thing", () => {
  test("an unnamed item of the same value as an earlier figure, of other words, is a figure of its own", () => {
    check(CONGRESS)("Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%. Tỷ lệ chất thải rắn được thu gom, xử lý đạt 95%. Tỷ lệ người dân có thẻ bảo hiểm y tế đạt 95%.", [
      ["target", "health_insurance_rate", "level", "eq", 95, null, "percent", null, 2030],
      ["target", "unknown", "level", "eq", 95, null, "percent", null, 2030],
    ]);
  });
});

describe("an average per year in a clause of its own is over the term, whatever year the sentence opened with", () => {
  test("'Đến năm 2030, …; kinh tế tăng trưởng bình quân 10%/năm'; a year's growth in a results text keeps its year", () => {
    check(CONGRESS)(
      "- Năm 2030 đón 7 triệu lượt khách; doanh thu du lịch tăng bình quân 15%/năm.\n- Đến năm 2030, GRDP bình quân đầu người đạt 8.000 USD; kinh tế tăng trưởng bình quân 10%/năm.",
      [
        ["target", "tourist_arrivals", "level", "eq", 7, null, "million_visits", null, 2030],
        ["target", "unknown", "avg_growth", "eq", 15, null, "percent_per_year", 2026, 2030],
        ["target", "grdp_per_capita", "level", "eq", 8000, null, "usd", null, 2030],
        ["target", "grdp_growth", "avg_growth", "eq", 10, null, "percent_per_year", 2026, 2030],
      ],
    );
    check(RESULTS)("Năm 2024, kinh tế tăng trưởng 7,1%, thu ngân sách tăng 12%.", [
      ["actual", "grdp_growth", "avg_growth", "eq", 7.1, null, "percent_per_year", 2024, 2024],
      ["actual", "budget_revenue_growth", "avg_growth", "eq", 12, null, "percent_per_year", 2024, 2024],
    ]);
  });
});
