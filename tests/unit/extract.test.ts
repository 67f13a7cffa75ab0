// Behaviour of the extractor on sentences written the way resolutions write them. Expected
// values are read off the sentences by hand.
import { describe, expect, test } from "vitest";
import { extractFigures, type DocumentInfo } from "../../src/extract/extract.ts";
import { matcher } from "../helpers/corpus.ts";

const TERM: Omit<DocumentInfo, "text"> = { name: "t.txt", term_start: 2020, term_end: 2025, published: "2020-11-05", doc_type: "action_programme" };
const run = (text: string, info: Partial<DocumentInfo> = {}) => extractFigures({ ...TERM, ...info, text }, matcher).figures;
const brief = (text: string, info: Partial<DocumentInfo> = {}) =>
  run(text, info).map((f) => [f.role, f.indicator_code, f.kind, f.comparator, f.value_low, f.value_high, f.unit, f.period_start, f.year]);

describe("comparators", () => {
  test.each([
    ["Tỷ lệ dân số tham gia bảo hiểm y tế trên 92%.", "gte", 92],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế đạt hơn 92%.", "gte", 92],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế ít nhất 92%.", "gte", 92],
    ["Tỷ lệ lao động qua đào tạo đạt từ 65%.", "gte", 65],
    ["Tỷ lệ lao động qua đào tạo đạt 65% trở lên.", "gte", 65],
    ["Giảm tỷ lệ hộ nghèo còn dưới 1% vào năm 2025.", "lte", 1],
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng không quá 11%.", "lte", 11],
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng tối đa 11%.", "lte", 11],
    ["Tỷ lệ dân số tham gia bảo hiểm y tế đạt 92%.", "eq", 92],
  ])("%s", (text, comparator, value) => {
    expect(run(text).map((f) => [f.comparator, f.value_low])).toEqual([[comparator, value]]);
  });
  test("a range with any dash or từ … đến", () => {
    expect(brief("Thu nhập bình quân đầu người từ 80 - 87 triệu đồng/người.")).toEqual([
      ["target", "income_per_capita", "level", "range", 80, 87, "million_vnd", null, 2025],
    ]);
    expect(run("Thu nhập bình quân đầu người từ 80 đến 87 triệu đồng.").map((f) => [f.comparator, f.value_low, f.value_high])).toEqual([["range", 80, 87]]);
  });
});

describe("kind and period", () => {
  test("average growth over the term", () => {
    expect(brief("Tăng trưởng kinh tế (GRDP giá so sánh năm 2010) bình quân 7,0 - 7,5%/năm.")).toEqual([
      ["target", "grdp_growth", "avg_growth", "range", 7, 7.5, "percent_per_year", 2021, 2025],
    ]);
  });
  test("a cumulative amount over a named period, and the level of one year in a parenthesis", () => {
    expect(brief("Tổng thu ngân sách Nhà nước trên địa bàn giai đoạn 2021 - 2025 đạt 77.000 tỷ đồng (năm 2025 đạt 18.700 tỷ đồng).")).toEqual([
      ["target", "budget_revenue", "cumulative", "eq", 77000, null, "billion_vnd", 2021, 2025],
      ["target", "budget_revenue", "level", "eq", 18700, null, "billion_vnd", null, 2025],
    ]);
  });
  test("a shared subject hands its year to each item", () => {
    expect(brief("Cơ cấu kinh tế đến năm 2025: Khu vực nông, lâm, thủy sản chiếm 29,7%; khu vực công nghiệp và xây dựng chiếm 35,6%; khu vực dịch vụ chiếm 34,7%.")).toEqual([
      ["target", "share_agri", "level", "eq", 29.7, null, "percent", null, 2025],
      ["target", "share_industry_construction", "level", "eq", 35.6, null, "percent", null, 2025],
      ["target", "share_services", "level", "eq", 34.7, null, "percent", null, 2025],
    ]);
  });
  test("each year and per year", () => {
    expect(brief("Số lao động được tạo việc làm giai đoạn 2021 - 2025 là 80.000 lao động, bình quân mỗi năm tạo việc làm cho 16.000 lao động.")).toEqual([
      ["target", "jobs_created", "cumulative", "eq", 80000, null, "persons", 2021, 2025],
      ["target", "jobs_created", "annual", "eq", 16000, null, "persons", 2021, 2025],
    ]);
    expect(brief("Giảm tỷ lệ hộ nghèo bình quân mỗi năm từ 1%.")).toEqual([
      ["target", "poverty_rate", "annual_change", "lte", -1, null, "pp_per_year", 2021, 2025],
    ]);
    expect(brief("Giảm tỷ lệ hộ nghèo từ 2-3%/năm.").map((r) => r.slice(3, 7))).toEqual([["range", -3, -2, "pp_per_year"]]);
  });
  test("a list heading sets the period of the items under it", () => {
    const text = "Một số chỉ tiêu chủ yếu năm 2020\n\nTốc độ tăng trưởng kinh tế đạt 7,6%; tạo việc làm mới cho 18.000 người.";
    expect(brief(text, { term_start: 2020, term_end: 2020 })).toEqual([
      ["target", "grdp_growth", "avg_growth", "eq", 7.6, null, "percent_per_year", 2020, 2020],
      ["target", "jobs_created", "annual", "eq", 18000, null, "persons", 2020, 2020],
    ]);
  });
});

describe("roles", () => {
  test("a result and the target it is measured against in one sentence", () => {
    const text = "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2015 - 2020\n\nThu nhập bình quân đầu người đạt 53 triệu đồng/người so với Nghị quyết đề ra là 55 triệu đồng/người.";
    expect(brief(text, { term_start: 2015, term_end: 2020, published: "2020-08-01", doc_type: "political_report" })).toEqual([
      ["actual", "income_per_capita", "level", "eq", 53, null, "million_vnd", null, 2020],
      ["target", "income_per_capita", "level", "eq", 55, null, "million_vnd", null, 2020],
    ]);
  });
  test("a congress report's results are those of the term that just ended", () => {
    const text = "Đại hội khẳng định kết quả ấn tượng với mức tăng trưởng kinh tế bình quân 6,4%/năm. Đại hội đặt ra mục tiêu mới: GRDP tăng từ 10% trở lên mỗi năm.";
    expect(brief(text, { term_start: 2025, term_end: 2030, published: "2025-10-01", doc_type: "party_congress_news" })).toEqual([
      ["actual", "grdp_growth", "avg_growth", "eq", 6.4, null, "percent_per_year", 2021, 2025],
      ["target", "grdp_growth", "avg_growth", "gte", 10, null, "percent_per_year", 2026, 2030],
    ]);
  });
  test("growth named by the level before it: exports, retail sales", () => {
    const text = "Kim ngạch xuất khẩu năm 2025 ước đạt 9,208 tỷ USD, tăng trưởng bình quân 16,8%/năm. Tổng mức bán lẻ hàng hóa đạt 80.500 tỷ đồng, tăng 15%.";
    expect(brief(text, { term_start: 2021, term_end: 2025, published: "2025-12-22", doc_type: "report" }).map((r) => [r[1], r[2], r[7], r[8]])).toEqual([
      ["export_turnover", "level", null, 2025],
      ["export_growth", "avg_growth", 2021, 2025],
      ["retail_sales", "level", null, 2025],
      ["retail_sales_growth", "avg_growth", 2021, 2025],
    ]);
  });
});

describe("what is not a figure", () => {
  test("counts of tasks, resolution numbers, dates, ages, price bases", () => {
    const text = "Ngày 10/12/2025, HĐND ban hành Nghị quyết số 291/NQ-HĐND với 4 quan điểm, 5 nhiệm vụ trọng tâm, 3 khâu đột phá; chăm sóc trẻ dưới 5 tuổi; GRDP giá so sánh năm 2010.";
    expect(run(text)).toEqual([]);
  });
  test("a surplus over the target is not a second figure", () => {
    expect(brief("Tỷ lệ hộ dân sử dụng điện đạt 99,6%, vượt 0,6%.", { doc_type: "report" }).map((r) => r[4])).toEqual([99.6]);
  });
  test("a number with no indicator named before it is skipped and reported", () => {
    const r = extractFigures({ ...TERM, text: "Cấp ủy có 03/51 Tỉnh ủy viên là người dân tộc Khmer, chiếm 5,88%." }, matcher);
    expect(r.figures).toEqual([]);
    expect(r.skipped.map((s) => s.quote)).toEqual(["chiếm 5,88%"]);
  });
  test("an unnamed subject that reads like an indicator is kept as unknown", () => {
    expect(run("Tỷ lệ lấp đầy khu công nghiệp là 54%.").map((f) => [f.indicator_code, f.subject, f.value_low, f.confidence < 0.8])).toEqual([
      ["unknown", "Tỷ lệ lấp đầy khu công nghiệp là", 54, true],
    ]);
  });
});

describe("noisy text", () => {
  const base = "Kim ngạch xuất khẩu năm 2025 đạt 4,5 tỷ USD.";
  test.each([
    ["NBSP and thin spaces", "Kim\u00a0ngạch xuất\u2009khẩu năm 2025 đạt 4,5\u00a0tỷ USD."],
    ["NFD accents", base.normalize("NFD")],
    ["a line break inside the sentence", "Kim ngạch xuất khẩu\nnăm 2025 đạt 4,5 tỷ USD."],
    ["CRLF line ends", "Tiêu đề\r\n" + base + "\r\n"],
    ["curly quotes and a page number", "“Kim ngạch xuất khẩu” năm 2025 đạt 4,5 tỷ USD.- 3 -"],
  ])("%s", (_name, text) => {
    const figures = run(text);
    expect(figures.map((f) => [f.indicator_code, f.value_low, f.unit, f.year])).toEqual([["export_turnover", 4.5, "billion_usd", 2025]]);
    // The offsets point into the original text, whatever its normalisation.
    const f = figures[0];
    expect(text.slice(f.start, f.end).replace(/\s+/g, " ").normalize("NFC")).toBe(f.quote.normalize("NFC"));
    expect(f.quote.normalize("NFC")).toContain("4,5");
  });
  test("a figure repeated in the same document is reported once", () => {
    expect(run(`${base} Mục tiêu: ${base}`)).toHaveLength(1);
  });
  test("ids are stable across runs and independent of unrelated edits", () => {
    const ids = (text: string) => run(text).map((f) => f.id);
    const [a] = ids(base);
    expect(ids(base)).toEqual([a]);
    expect(ids("Mở đầu mới. " + base)).toEqual([a]);
    expect(ids(base.replace("4,5", "4,6"))).toHaveLength(1);
    expect(ids(base.replace("4,5", "4,6"))[0]).not.toBe(a);
  });
});
