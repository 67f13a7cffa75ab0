// The site's pure components: numbers, dates and targets as a Vietnamese reader writes them, the
// words shown for codes, the two CSV flavours, the tile grids and the terms.
import { describe, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { formatDate, formatNumber, formatTarget, formatValue, formatYear, unitLabel, numbersIn } from "../../docs/components/format.js";
import { choiceReasonLabel, reasonText, STATUS_KEYS, STATUS, bucketOf } from "../../docs/components/labels.js";
import { tableCsv } from "../../docs/components/csv.js";
import { GRID_34, GRID_63, tileLines } from "../../docs/components/tile-grid.js";
import { termOf, defaultTerm, periodEnded } from "../../docs/components/terms.js";

describe("numbers, years and dates", () => {
  test("vi-VN numbers: decimal comma, dot between thousands", () => {
    expect(formatNumber(7.5)).toBe("7,5");
    expect(formatNumber(670000)).toBe("670.000");
    expect(formatNumber(18700.456)).toBe("18.700,46");
    expect(formatNumber(null)).toBe("–");
    expect(formatNumber(Number.NaN)).toBe("–");
  });
  test("years never get a thousands separator", () => {
    expect(formatYear(2025)).toBe("2025");
    expect(formatYear(null)).toBe("–");
  });
  test("dates as day/month/year from ISO text and from epoch milliseconds", () => {
    expect(formatDate("2025-09-28")).toBe("28/09/2025");
    expect(formatDate(Date.UTC(2025, 8, 28))).toBe("28/09/2025");
    expect(formatDate("")).toBe("–");
  });
  test("units in words, an unknown code never shown", () => {
    expect(formatValue(18700, "billion_vnd")).toBe("18.700 tỷ đồng");
    expect(formatValue(7.5, "percent_per_year")).toBe("7,5%/năm");
    expect(formatValue(8, "per_10k_pop")).toBe("8/vạn dân");
    expect(unitLabel("persons_per_year")).toBe("người/năm");
    expect(unitLabel("furlongs")).toBe("đơn vị khác");
    // Units the extractor gives to multiples and to houses built or removed.
    expect(formatValue(1.9, "times_2016-2020")).toBe("1,9 lần so với giai đoạn 2016-2020");
    expect(formatValue(2, "times_2025")).toBe("2 lần so với năm 2025");
    expect(formatValue(5126, "houses")).toBe("5.126 căn nhà");
    expect(unitLabel("times_20x5")).toBe("đơn vị khác");
  });
  test("numbers read from a quote the Vietnamese way", () => {
    expect(numbersIn("đạt 18.700 tỷ đồng, tăng 7,5%").map((n) => n.value)).toEqual([18700, 7.5]);
  });
});

describe("targets written as the document wrote them", () => {
  const t = (comparator: string, quote: string, target_low: number, unit = "percent", extra: Record<string, unknown> = {}) =>
    formatTarget({ comparator, quote, target_low, target_high: null, unit, ...extra });
  test.each([
    ["gte", "Tuy chưa đạt mục tiêu đề ra là trên 10%", 10, "percent_per_year", "trên 10%/năm"],
    ["gte", "GRDP tăng từ 10% trở lên", 10, "percent_per_year", "từ 10%/năm trở lên"],
    ["gte", "tốc độ tăng trưởng GRDP bình quân đạt 10%/năm trở lên", 10, "percent_per_year", "10%/năm trở lên"],
    ["gte", "Tỷ lệ lao động qua đào tạo đến năm 2025 đạt từ 65%", 65, "percent", "từ 65%"],
    ["gte", "nước từ hệ thống cấp nước tập trung năm 2025 đạt trên 97%", 97, "percent", "trên 97%"],
    ["gte", "có ít nhất 4 đơn vị cấp huyện đạt chuẩn", 4, "districts", "ít nhất 4 huyện"],
    ["gte", "Thu ngân sách nhà nước trên địa bàn tăng tối thiểu 10%/năm", 10, "percent_per_year", "tối thiểu 10%/năm"],
    ["gte", "thu nhập bình quân đầu người đạt hơn 70 triệu đồng", 70, "million_vnd", "hơn 70 triệu đồng"],
    ["gte", "tỷ lệ bao phủ không dưới 95%", 95, "percent", "không dưới 95%"],
    ["lte", "tỷ lệ hộ nghèo còn dưới 1%", 1, "percent", "dưới 1%"],
    ["lte", "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng dưới 11%", 11, "percent", "dưới 11%"],
    ["lte", "tỷ lệ thất nghiệp không quá 3%", 3, "percent", "không quá 3%"],
    ["gte", "GRDP tăng 10%/năm", 10, "percent_per_year", "ít nhất 10%/năm"],
    ["eq", "năm 2025 đạt 18.700 tỷ đồng", 18700, "billion_vnd", "18.700 tỷ đồng"],
    ["lte", "tỷ lệ hộ nghèo giảm bình quân 3%/năm", -3, "pp_per_year", "giảm 3 điểm %/năm"]
  ])("%s: “%s”", (comparator, quote, low, unit, expected) => {
    expect(t(comparator, quote, low, unit)).toBe(expected);
  });
  test("a range keeps both ends, in the unit", () => {
    expect(formatTarget({ comparator: "range", quote: "bình quân 7,0 - 7,5%/năm", target_low: 7, target_high: 7.5, unit: "percent_per_year" })).toBe("7–7,5%/năm");
  });
  test("the number the comparator belongs to is the stated value, not a year before it", () => {
    expect(t("gte", "đến năm 2025 trên 90% số xã, năm 2030 từ 95%", 90, "percent")).toBe("trên 90%");
  });
});

describe("words for codes", () => {
  test("every status has words, a symbol and a bucket", () => {
    for (const s of STATUS_KEYS) expect(STATUS[s as keyof typeof STATUS].label).toMatch(/\p{L}/u);
    expect(bucketOf("not_achieved")).toBe("missed");
    expect(bucketOf("no_final_value")).toBe("unjudged");
    expect(bucketOf("something new")).toBe("unjudged");
  });
  test("the pipeline's English reasons become Vietnamese sentences", () => {
    expect(reasonText({ reason: "no actual value between 2020 and 2025" })).toBe("Chưa có số liệu thực tế nào từ 2020 đến 2025.");
    expect(reasonText({ reason: "one value only (2020): two are needed to measure progress" })).toBe("Mới có một giá trị (năm 2020); cần ít nhất hai giá trị để đo tiến độ.");
    expect(reasonText({ reason: "something unforeseen", status: "no_data" })).toBe("Chưa đủ số liệu để đánh giá.");
    expect(reasonText({ reason: "x", reason_vi: "Lý do của pipeline." })).toBe("Lý do của pipeline.");
  });
  test("choice reasons in words", () => {
    expect(choiceReasonLabel("chosen in data/reviews")).toBe("người phân tích chọn (data/reviews)");
    expect(choiceReasonLabel("status official")).toBe("số chính thức");
    expect(choiceReasonLabel("latest published")).toBe("công bố sau cùng");
  });
});

describe("the two CSV downloads", () => {
  const rows = [{ province: "Tiền Giang", year: 2024, value: 7.02, note: "=cmd", ok: true }, { province: "Bến Tre; cũ", year: 2020, value: 18700.5, note: null, ok: false }];
  const columns = [
    { key: "province", label: "Tỉnh" },
    { key: "year", label: "Năm" },
    { key: "value", label: "Giá trị" },
    { key: "note", label: "Ghi chú" },
    { key: "ok", label: "Được chọn" },
  ];
  test("for tools: commas, a decimal point, no byte order mark, formulas neutralised", () => {
    expect(tableCsv(rows, columns, "tools")).toBe("Tỉnh,Năm,Giá trị,Ghi chú,Được chọn\nTiền Giang,2024,7.02,'=cmd,có\nBến Tre; cũ,2020,18700.5,,không\n");
  });
  test("for Excel in Vietnamese: byte order mark, semicolons, decimal comma, CRLF", () => {
    const csv = tableCsv(rows, columns, "excel-vn");
    expect(csv).toBe("\ufeffTỉnh;Năm;Giá trị;Ghi chú;Được chọn\r\nTiền Giang;2024;7,02;'=cmd;có\r\n\"Bến Tre; cũ\";2020;18700,5;;không\r\n");
    // A reader that splits on semicolons gets the same cells back.
    const back = parse(csv.slice(1), { delimiter: ";", columns: true }) as Record<string, string>[];
    expect(back[1]).toEqual({ Tỉnh: "Bến Tre; cũ", Năm: "2020", "Giá trị": "18700,5", "Ghi chú": "", "Được chọn": "không" });
  });
});

describe("the tile grids", () => {
  const provinces = (parse(readFileSync("data/catalog/provinces.csv"), { columns: true }) as { code: string; unit_2025_code: string; name_vi: string }[]);
  test.each([
    ["63", GRID_63, provinces.map((p) => p.code)],
    ["34", GRID_34, [...new Set(provinces.map((p) => p.unit_2025_code))]],
  ])("the %s grid places every unit of the catalog once, each in its own square", (_, grid, codes) => {
    expect(Object.keys(grid).sort()).toEqual([...codes].sort());
    const cells = Object.values(grid).map(([c, r]) => `${c},${r}`);
    expect(new Set(cells).size).toBe(cells.length);
  });
  test("north above south, as on a map", () => {
    const row = (code: string) => GRID_63[code as keyof typeof GRID_63][1];
    // Hà Giang (02), Hà Nội (01), Huế (46), Hồ Chí Minh (79), Cà Mau (96).
    expect(row("02")).toBeLessThan(row("01"));
    expect(row("01")).toBeLessThan(row("46"));
    expect(row("46")).toBeLessThan(row("79"));
    expect(row("79")).toBeLessThan(row("96"));
  });
  test("the 34 units keep the north-south order of the country", () => {
    // The 34-unit grid is a compressed version of the 63 one: units keep their north-south order.
    const order = (grid: Record<string, number[]>, codes: string[]) => codes.map((c) => grid[c][1]);
    const north = ["04", "01", "38", "48", "79", "96"];
    const rows34 = order(GRID_34, north);
    expect([...rows34].sort((a, b) => a - b)).toEqual(rows34);
  });
  test("names on at most two lines", () => {
    expect(tileLines("Tiền Giang")).toEqual(["Tiền", "Giang"]);
    expect(tileLines("Bà Rịa - Vũng Tàu")).toEqual(["BR-VT"]);
    expect(tileLines("Thừa Thiên Huế")).toEqual(["Huế"]);
  });
});

describe("terms", () => {
  test("a target belongs to the term whose plan years hold its target year", () => {
    expect(termOf({ target_year: 2025 })).toBe("2020-2025");
    expect(termOf({ target_year: 2021 })).toBe("2020-2025");
    expect(termOf({ target_year: 2030 })).toBe("2025-2030");
    expect(termOf({ target_year: 2020 })).toBe("2015-2020");
  });
  test("the default term is the one that ended last", () => {
    expect(defaultTerm(2026, ["2025-2030", "2020-2025", "2015-2020"])).toBe("2020-2025");
    expect(defaultTerm(2031, ["2025-2030", "2020-2025"])).toBe("2025-2030");
  });
  test("a period has ended when the pipeline says so, else when its year is before the as-of year", () => {
    expect(periodEnded({ target_year: 2025 }, 2026)).toBe(true);
    expect(periodEnded({ target_year: 2025, period_ended: false }, 2026)).toBe(false);
    expect(periodEnded({ target_year: 2026 }, 2026)).toBe(false);
  });
});
