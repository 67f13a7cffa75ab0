// Number forms of everyday Vietnamese (the kinds Duckling's Vietnamese corpora list: numerals in
// words with "mươi/mốt/lăm/linh/lẻ/không trăm", scales "nghìn/ngàn/triệu/tỷ", decimals said
// "phẩy" or "chấm", a K for thousands, amounts in "đồng", "VNĐ", "đô", ranges and bounds in
// words), in sentences written for this test. Every figure of a sentence is checked.
import { describe, expect, test } from "vitest";
import { extractFigures } from "../../src/extract/extract.ts";
import { findQuantities } from "../../src/extract/quantities.ts";
import { prepareText } from "../../src/extract/normalize.ts";
import { matcher } from "../helpers/corpus.ts";

type Row = [string, string, string, number, number | null, string, number | null, number | null];

const rows = (text: string): Row[] =>
  extractFigures({ name: "nghi-quyet.txt", text, term_start: 2025, term_end: 2030, published: "2025-10-10", doc_type: "party_congress_resolution" }, matcher).figures.map((f) => [
    f.indicator_code, f.kind, f.comparator, f.value_low, f.value_high, f.unit, f.period_start, f.year,
  ]);

const quantities = (text: string) => {
  const p = prepareText(text);
  return findQuantities(p.folded, p.clean).filter((q) => q.unit !== null).map((q) => [q.low, q.high, q.unit]);
};

describe("numerals in words", () => {
  test.each<[string, Row[]]>([
    // "không trăm" inside a number, "mốt" after tens
    ["Giải quyết việc làm cho ba mươi mốt nghìn không trăm linh tám lao động trong 5 năm.", [["jobs_created", "cumulative", "eq", 31008, null, "persons", 2026, 2030]]],
    // "chấm" as the decimal mark, "tư" after tens
    ["Tỷ lệ che phủ rừng đạt năm mươi tư chấm hai phần trăm.", [["forest_cover_rate", "level", "eq", 54.2, null, "percent", null, 2030]]],
    // "mỗi năm" before a number in words: "năm" is the year there, not five
    ["Tỷ lệ hộ nghèo giảm bình quân mỗi năm hai phẩy năm phần trăm.", [["poverty_rate", "annual_change", "eq", -2.5, null, "pp_per_year", 2026, 2030]]],
    // a scale word before "tỷ đồng" stays with the number; "ngàn" is "nghìn"
    ["Thu ngân sách trên địa bàn đạt bốn mươi lăm ngàn tỷ đồng.", [["budget_revenue", "level", "eq", 45000, null, "billion_vnd", null, 2030]]],
  ])("%s", (text, expected) => expect(rows(text)).toEqual(expected));
});

describe("digits with spoken decimals and a K", () => {
  test.each([
    ["tăng 6 phẩy 8%", [[6.8, null, "percent"]]],
    ["đạt 2 chấm 75 tỷ USD", [[2.75, null, "billion_usd"]]],
    ["mức lương 350K đồng", [[0.35, null, "million_vnd"]]],
    ["thu 12k tỷ đồng", [[12000, null, "billion_vnd"]]],
  ])("%s", (text, expected) => expect(quantities(text)).toEqual(expected));
  test("a K that is a word of its own is no thousands", () => expect(quantities("đạt 12 km đường")).toEqual([]));
});

describe("amounts in đồng, VNĐ and đô", () => {
  test.each([
    ["thu nhập 96.000.000 đồng", [[96, null, "million_vnd"]]],
    ["thu nhập 96 triệu VNĐ", [[96, null, "million_vnd"]]],
    ["giá trị 5.000.000 VNĐ", [[5, null, "million_vnd"]]],
    ["xuất khẩu 4,6 tỷ đô", [[4.6, null, "billion_usd"]]],
    ["xuất khẩu 640 triệu đô la Mỹ", [[640, null, "million_usd"]]],
    ["đạt 6.100 đô Mỹ", [[6100, null, "usd"]]],
  ])("%s", (text, expected) => expect(quantities(text)).toEqual(expected));
  test.each(["có 1.200 đồng bào được hỗ trợ", "10 đồng chí tham gia", "với 3 đồng", "đạt 5 đô thị loại II"])("no amount of money in '%s'", (text) => expect(quantities(text)).toEqual([]));
});

describe("ranges and bounds said in words", () => {
  test.each<[string, Row[]]>([
    ["Thu nhập bình quân đầu người từ 110 triệu đồng đến 120 triệu đồng.", [["income_per_capita", "level", "range", 110, 120, "million_vnd", null, 2030]]],
    ["Kim ngạch xuất khẩu giữa 6 và 7 tỷ USD vào năm 2030.", [["export_turnover", "level", "range", 6, 7, "billion_usd", null, 2030]]],
    ["GRDP bình quân đầu người từ 6.000 USD tới 6.500 USD.", [["grdp_per_capita", "level", "range", 6000, 6500, "usd", null, 2030]]],
    ["Tỷ lệ thất nghiệp thành thị không cao hơn 3%.", [["urban_unemployment_rate", "level", "lte", 3, null, "percent", null, 2030]]],
    ["Tỷ lệ thất nghiệp thành thị không vượt 3,5%.", [["urban_unemployment_rate", "level", "lte", 3.5, null, "percent", null, 2030]]],
    ["Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng ít hơn 8%.", [["child_malnutrition_rate", "level", "lte", 8, null, "percent", null, 2030]]],
    ["Tỷ lệ lao động qua đào tạo không kém 80%.", [["trained_labour_rate", "level", "gte", 80, null, "percent", null, 2030]]],
    ["Tỷ lệ đô thị hóa nhiều hơn 48%.", [["urbanization_rate", "level", "gte", 48, null, "percent", null, 2030]]],
  ])("%s", (text, expected) => expect(rows(text)).toEqual(expected));
});
