import { describe, expect, test } from "vitest";
import { parseVietnameseNumber } from "../../src/extract/numbers.ts";
import { findQuantities } from "../../src/extract/quantities.ts";
import { readNumeralWords } from "../../src/extract/number-words.ts";
import { prepareText } from "../../src/extract/normalize.ts";

describe("parseVietnameseNumber", () => {
  test.each([
    ["7,5", 7.5],
    ["77.000", 77000],
    ["10.160,896", 10160.896],
    ["1.400", 1400],
    ["05", 5],
    ["01", 1],
    ["246.600", 246600],
    ["7.5", 7.5],
    ["3.000.000", 3000000],
  ])("%s is %d", (token, value) => expect(parseVietnameseNumber(token)).toBe(value));
  test.each(["05.11.2020", "1,2,3", "7,5,3"])("%s is not a number", (token) => expect(parseVietnameseNumber(token)).toBeNull());
});

const quantities = (text: string) =>
  findQuantities(prepareText(text).folded, prepareText(text).clean)
    .filter((q) => q.unit !== null)
    .map((q) => [q.low, q.high, q.unit]);

describe("findQuantities", () => {
  test.each([
    ["bình quân 7,0 - 7,5%/năm", [[7, 7.5, "percent_per_year"]]],
    ["đạt từ 8%-8,5%", [[8, 8.5, "percent"]]],
    ["đạt 115 – 120 triệu đồng", [[115, 120, "million_vnd"]]],
    ["đạt 91,5 — 93,5 triệu đồng/người", [[91.5, 93.5, "million_vnd"]]],
    ["từ 2 đến 3%", [[2, 3, "percent"]]],
    ["đạt 4,5 tỷ USD", [[4.5, null, "billion_usd"]]],
    ["1.400 triệu USD", [[1400, null, "million_usd"]]],
    ["hơn 105 nghìn tỷ đồng", [[105000, null, "billion_vnd"]]],
    ["1,42 nghìn tỷ đồng", [[1420, null, "billion_vnd"]]],
    ["3,1 triệu tỷ đồng", [[3100000, null, "billion_vnd"]]],
    ["3.000.000 nghìn USD", [[3000, null, "million_usd"]]],
    ["đạt 5 tỷ 508 triệu USD", [[5508, null, "million_usd"]]],
    ["288.858 tỉ đồng", [[288858, null, "billion_vnd"]]],
    ["8 bác sĩ/vạn dân", [[8, null, "per_10k_pop"]]],
    ["25 giường bệnh/vạn dân", [[25, null, "per_10k_pop"]]],
    ["8/8 đạt huyện nông thôn mới", [[8, null, "districts"]]],
    ["đạt 32/51 xã", [[32, null, "communes"]]],
    ["1.000 doanh nghiệp", [[1000, null, "enterprises"]]],
    ["80.000 lao động", [[80000, null, "persons"]]],
    ["bình quân 1,89 con", [[1.89, null, "children_per_woman"]]],
    ["gần 670.000 tấn", [[670000, null, "tonnes"]]],
    ["đón 6,5 triệu lượt khách", [[6.5, null, "million_visits"]]],
    ["chiếm 35,5%/GRDP", [[35.5, null, "percent"]]],
    ["tăng 1,58 lần so với năm 2020", [[1.58, null, "times"]]],
    ["đạt 5.200 USD", [[5200, null, "usd"]]],
    ["đạt 150 triệu đồng/ha", [[150, null, "million_vnd_per_ha"]]],
    ["khoảng 1,9 triệu người", [[1900000, null, "persons"]]],
  ])("%s", (text, expected) => expect(quantities(text)).toEqual(expected));

  test.each([
    "Ngày 5-11-2020, Chương trình hành động số 01-CTr/TU",
    "Nghị quyết số 21-NQ/TW ngày 02/6/2005",
    "nhiệm kỳ 2020 - 2025",
    "(1) Tập trung; 1.2. Giải pháp",
    "10 nhiệm vụ trọng tâm, 3 khâu đột phá",
    "trẻ em dưới 5 tuổi",
    "giá so sánh năm 2010",
    "xếp thứ 10/34 tỉnh, đạt 17/23 chỉ tiêu",
    "lần thứ XI, khóa 12",
  ])("no quantity with a unit in %s", (text) => expect(quantities(text)).toEqual([]));

  test("the denominator of a rate is not a quantity", () => {
    expect(quantities("số sinh viên trên 10.000 người dân là 225 sinh viên")).toEqual([[225, null, "persons"]]);
  });
});

describe("numbers written in words", () => {
  test.each([
    ["bảy", 7], ["mười bốn", 14], ["ba mươi ba", 33], ["hai mươi mốt", 21], ["bốn mươi lăm", 45], ["sáu mươi tư", 64],
    ["một trăm linh năm", 105], ["hai trăm nghìn", 200000], ["tám triệu", 8000000], ["hai triệu rưỡi", 2500000],
    ["năm nghìn tỷ", 5e12], ["hai tỷ ba trăm triệu", 2.3e9], ["một triệu hai trăm nghìn", 1200000], ["bảy phẩy năm", 7.5],
    ["ba chục", 30],
  ])("%s is %d", (words, value) => expect(readNumeralWords(words.split(" "))).toBe(value));
  test.each(["hai ba", "trăm", "linh năm", "mươi"])("%s is no number", (words) => expect(readNumeralWords(words.split(" "))).toBeNull());
  test.each([
    ["tăng trưởng bảy phần trăm", [[7, null, "percent"]]],
    ["cho hai trăm nghìn lao động", [[200000, null, "persons"]]],
    ["có ba mươi ba xã", [[33, null, "communes"]]],
    ["từ tám triệu đến chín triệu lượt khách", [[8, 9, "million_visits"]]],
    ["hai trăm tỷ đồng", [[200, null, "billion_vnd"]]],
    ["gấp ba lần năm 2020", [[3, null, "times"]]],
    ["tăng gấp đôi", [[2, null, "times"]]],
    // "từ" is not "tư", "năm" before a year is no number, an article "một" is no figure.
    ["từ năm 2020, một xã", []],
    ["trong năm 2025 đạt", []],
  ])("%s", (text, expected) => expect(quantities(text)).toEqual(expected));
});
