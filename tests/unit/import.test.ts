// The import command on fixture tables in the layouts statistics offices publish
// (tests/fixtures/import/make-fixtures.ts writes them): the values read are the values in the
// fixtures, every value not written is listed with its reason, a file it cannot read gets a
// clear message and a non-zero exit, nothing is ever overwritten.
import { afterEach, describe, expect, test } from "vitest";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readIndicators, readProvinces } from "../../src/ingest/catalog.ts";
import { ProvinceResolver } from "../../src/ingest/province-resolver.ts";
import { IndicatorMatcher } from "../../src/extract/indicators.ts";
import { readTableFile } from "../../src/ingest/import/read-table.ts";
import { toActuals, type ImportFlags, type Imported } from "../../src/ingest/import/to-actuals.ts";
import { cellNumber, parseYearLabel, type TableRead } from "../../src/ingest/import/observations.ts";
import { decodePx, readPx } from "../../src/ingest/import/px.ts";
import { readJsonStat } from "../../src/ingest/import/jsonstat.ts";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { runCli } from "../helpers/run-cli.ts";

const F = "tests/fixtures/import";
const indicators = readIndicators("data/catalog/indicators.csv", []);
const provinces = new ProvinceResolver(readProvinces("data/catalog/provinces.csv", []));
const ctx = { indicators: new Map(indicators.map((i) => [i.code, i])), provinces, matcher: new IndicatorMatcher(indicators) };

async function importFile(name: string, flags: ImportFlags = {}): Promise<Imported> {
  const read = await readTableFile(join(F, name), provinces);
  if ("error" in read) throw new Error(read.error);
  const result = toActuals(join(F, name), read.table, read.notation, flags, ctx);
  if ("error" in result) throw new Error(result.error);
  return result;
}
const values = (r: Imported) => r.rows.map((x) => [x.province, x.year, x.value, x.status, x.units]);
const skips = (r: Imported) => r.skipped.map((s) => `${s.where}: ${s.text}: ${s.reason}`);

describe("a yearbook workbook: years across, provinces down", () => {
  test("values as numbers and Vietnamese text, subtotals, an unknown place, missing values, footnotes", async () => {
    const r = await importFile("grdp-growth-yearbook.xlsx", { indicator: "grdp_growth", source: "Niên giám thống kê 2024" });
    // "Sơ bộ 2024" makes that column's values estimates; the title says constant 2010 prices; the unit line says %.
    expect(r.rows.every((x) => x.indicator === "grdp_growth" && x.unit === "percent" && x.price_base === 2010 && x.source === "Niên giám thống kê 2024")).toBe(true);
    expect(values(r)).toEqual([
      ...[2019, 2020, 2021, 2022, 2023].map((y, i) => ["Tiền Giang", y, [6.64, 4.12, 6, 7, 6.5][i], "official", "63"]),
      ["Tiền Giang", 2024, 7.5, "estimate", "63"],
      ...[2019, 2020, 2021, 2022, 2023].map((y, i) => ["Bến Tre", y, [7.2, 7.8, 6.1, 6.4, 5.2][i], "official", "63"]),
      ["Bến Tre", 2024, 6.9, "estimate", "63"],
      ...[2019, 2020, 2021, 2022, 2023].map((y, i) => ["Hậu Giang", y, [7.1, 3.5, 3, 4, 5][i], "official", "63"]),
      ["Hậu Giang", 2024, 4.5, "estimate", "63"],
      ["Cần Thơ", 2019, 7.5, "official", "63"],
      ["Cần Thơ", 2020, 1, "official", "63"],
      ["Cần Thơ", 2022, 9.2, "official", "63"],
      ["Cần Thơ", 2023, 6.1, "official", "63"],
      ["Cần Thơ", 2024, 7.2, "estimate", "63"],
      ["Sơn La", 2019, 5.5, "official", "63"],
      ["Sơn La", 2020, 3.1, "official", "63"],
      ["Sơn La", 2021, 2, "official", "63"],
      ["Sơn La", 2022, 3, "official", "63"],
      ["Sơn La", 2024, 1.5, "estimate", "63"],
      ...[2019, 2020, 2021, 2022, 2023].map((y, i) => ["Đắk Lắk", y, [8.1, 2.4, -1, -2, 0.5][i], "official", "63"]),
      ["Đắk Lắk", 2024, -0.5, "estimate", "63"],
    ]);
    expect(skips(r)).toEqual([
      "'Bảng 12'!5:5: CẢ NƯỚC: a subtotal (a region or the whole country), not a province",
      "'Bảng 12'!6:6: Đồng bằng sông Cửu Long: a subtotal (a region or the whole country), not a province",
      `'Bảng 12'!D10: Cần Thơ 2021: no value ("-")`,
      "'Bảng 12'!11:11: Trung du và miền núi phía Bắc: a subtotal (a region or the whole country), not a province",
      `'Bảng 12'!F12: Sơn La 2023: no value ("..")`,
      "'Bảng 12'!13:13: Tây Nguyên: a subtotal (a region or the whole country), not a province",
      "'Bảng 12'!15:15: TP.HCM: not a province of the 63 before 1 July 2025 (add a spelling to data/catalog/provinces.csv, or pass --units)",
      "'Bảng 12'!17:17: (1) Năm 2021 điều chỉnh theo số liệu chính thức.: a note or heading, no values",
      "'Bảng 12'!18:18: Nguồn: Niên giám thống kê 2024: a note or heading, no values",
    ]);
    // 11 rows × 6 years: 34 written, 4 subtotal rows (24), one unknown place (6), two missing.
    expect([r.valuesRead, r.rows.length, r.notWritten]).toEqual([
      66,
      34,
      [
        ["in subtotal rows (regions, the whole country)", 24],
        ["marked missing (-, ..)", 2],
        ["of places that are not provinces", 6],
      ],
    ]);
    expect(r.rows[0].note).toBe("imported from grdp-growth-yearbook.xlsx, 'Bảng 12'!B7");
    expect(r.problems).toEqual([]);
  });

  test("years down, the 34 units across (Huế names the new set), text numbers with Vietnamese separators", async () => {
    const r = await importFile("grdp-current-34.xlsx", { indicator: "grdp_current", source: "Cục Thống kê" });
    expect(r.rows.every((x) => x.unit === "billion_vnd" && x.price_base === null)).toBe(true);
    expect(values(r)).toEqual([
      ["Hà Nội", 2024, 1426000, "official", "34"],
      ["Hà Nội", 2025, 1587000.8, "estimate", "34"],
      ["Huế", 2024, 73500.5, "official", "34"],
      ["Huế", 2025, 81100, "estimate", "34"],
      ["Đồng Tháp", 2024, 171300, "official", "34"],
      ["Đồng Tháp", 2025, 18700.5, "estimate", "34"],
      ["Vĩnh Long", 2024, 198200, "official", "34"],
      ["Cần Thơ", 2024, 189400.25, "official", "34"],
      ["Cần Thơ", 2025, 210900, "estimate", "34"],
    ]);
    expect(skips(r)).toEqual([
      `'GRDP hiện hành'!E6: Vĩnh Long 2025: no value ("-")`,
      "'GRDP hiện hành'!G:G: Đồng bằng sông Cửu Long: a subtotal (a region or the whole country), not a province",
    ]);
  });
});

test("a sheet that is not in the workbook: the message names the sheets there are", async () => {
  expect(await readTableFile(join(F, "grdp-growth-yearbook.xlsx"), provinces, "Bảng 13")).toEqual({ error: 'no sheet "Bảng 13" in the workbook; its sheets are "Bảng 12"' });
});

describe("a PX file in windows-1258", () => {
  test("decoded with its declared code page; indicator, unit, price base, source and date from its keywords", async () => {
    const bytes = readFileSync(join(F, "grdp-growth-windows-1258.px"));
    expect(bytes.includes(Buffer.from("Tiền Giang"))).toBe(false); // not UTF-8 on disk
    const r = await importFile("grdp-growth-windows-1258.px");
    expect(r.decisions.slice(0, 4)).toEqual([
      'indicator grdp_growth (from the file\'s title "Tốc độ tăng trưởng GRDP"; --indicator chooses another)',
      "unit percent for grdp_growth (stated in the file)",
      "price base 2010 (stated in the file)",
      'source "Tổng cục Thống kê, Niên giám thống kê" (stated in the file)',
    ]);
    expect(r.rows.every((x) => x.published === "2025-06-12" && x.price_base === 2010)).toBe(true);
    expect(values(r)).toEqual([
      ["Tiền Giang", 2021, 6, "official", "63"],
      ["Tiền Giang", 2022, 7, "official", "63"],
      ["Tiền Giang", 2023, 6.5, "official", "63"],
      ["Bến Tre", 2021, 6.1, "official", "63"],
      ["Bến Tre", 2022, 6.4, "official", "63"],
      ["Cần Thơ", 2022, 9.2, "official", "63"],
      ["Cần Thơ", 2023, 6.1, "official", "63"],
      ["Thừa Thiên Huế", 2021, 4.3, "official", "63"],
      ["Thừa Thiên Huế", 2022, 7.5, "official", "63"],
      ["Thừa Thiên Huế", 2023, 6.8, "official", "63"],
      ["Sóc Trăng", 2021, -1.2, "official", "63"],
      ["Sóc Trăng", 2022, 6.3, "official", "63"],
      ["Sóc Trăng", 2023, 5.77, "official", "63"],
    ]);
    expect(skips(r)).toEqual([
      'Địa phương="CẢ NƯỚC": CẢ NƯỚC: a subtotal (a region or the whole country), not a province',
      'Địa phương="Đồng bằng sông Cửu Long": Đồng bằng sông Cửu Long: a subtotal (a region or the whole country), not a province',
      'Địa phương="Bến Tre", Năm="2023": Bến Tre 2023: no value ("..")',
      'Địa phương="Thành phố Cần Thơ", Năm="2021": Cần Thơ 2021: no value ("-")',
    ]);
  });

  test("a code page it does not know, and DATA that does not fit the variables, are clear errors", () => {
    expect(decodePx(Buffer.from('CODEPAGE="x-klingon";\nDATA=1;'))).toEqual({
      error: 'the PX file declares CODEPAGE="x-klingon", an encoding this program does not know (it knows utf-8, windows-1258, iso-8859-1 and the other WHATWG encodings)',
    });
    expect(readPx('STUB="A";\nHEADING="Năm";\nVALUES("A")="x","y";\nVALUES("Năm")="2020","2021";\nDATA=\n1 2 3;')).toEqual({
      error: "the PX file's DATA holds 3 values where its variables (A: 2, Năm: 2) make 4",
    });
  });
});

describe("JSON-stat 2.0", () => {
  test("an indicator dimension: each category read by its name, with its unit; missing values listed", async () => {
    const r = await importFile("economy.jsonstat.json");
    expect(r.rows.map((x) => [x.indicator, x.province, x.year, x.value, x.unit])).toEqual([
      ["export_turnover", "Tiền Giang", 2022, 4400.5, "million_usd"],
      ["export_turnover", "Tiền Giang", 2023, 4950, "million_usd"],
      ["export_turnover", "Bến Tre", 2022, 1456, "million_usd"],
      ["export_turnover", "Sóc Trăng", 2022, 1130, "million_usd"],
      ["export_turnover", "Sóc Trăng", 2023, 1205.3, "million_usd"],
      ["grdp_current", "Tiền Giang", 2022, 109500, "billion_vnd"],
      ["grdp_current", "Tiền Giang", 2023, 116420, "billion_vnd"],
      ["grdp_current", "Bến Tre", 2022, 70630, "billion_vnd"],
      ["grdp_current", "Bến Tre", 2023, 76240, "billion_vnd"],
      ["grdp_current", "Sóc Trăng", 2022, 68120, "billion_vnd"],
    ]);
    expect(r.rows.every((x) => x.source === "Cục Thống kê, cơ sở dữ liệu PX-Web" && x.published === "2025-03-31")).toBe(true);
    expect(skips(r)).toEqual([
      'Tỉnh="Bến Tre", Năm="2023", Chỉ tiêu="Kim ngạch xuất khẩu": Bến Tre 2023: no value (an empty cell)',
      'Tỉnh="Cả nước": Cả nước: a subtotal (a region or the whole country), not a province',
      'Tỉnh="Sóc Trăng", Năm="2023", Chỉ tiêu="GRDP theo giá hiện hành": Sóc Trăng 2023: no value ("..")',
    ]);
  });

  test("places given by code: 82 is Tiền Giang among the 63 (2024) and Đồng Tháp among the 34 (2026, or --units 34)", async () => {
    const byYear = await importFile("growth-by-code.jsonstat.json", { unit: "%", source: "Cục Thống kê" });
    expect(values(byYear)).toEqual([
      ["Tiền Giang", 2024, 6.9, "official", "63"],
      ["Đồng Tháp", 2026, 8.1, "official", "34"],
      ["Hà Nội", 2024, 6.52, "official", "63"],
      ["Hà Nội", 2026, 8.5, "official", "34"],
    ]);
    const forced = await importFile("growth-by-code.jsonstat.json", { unit: "%", source: "Cục Thống kê", units: "34" });
    expect(values(forced).map((v) => [v[0], v[1], v[4]])).toEqual([
      ["Đồng Tháp", 2024, "34"],
      ["Đồng Tháp", 2026, "34"],
      ["Hà Nội", 2024, "34"],
      ["Hà Nội", 2026, "34"],
    ]);
  });

  test("a value too large for a double (1e999 parses to Infinity) is listed, not written", () => {
    const cube = readJsonStat(JSON.stringify({ version: "2.0", class: "dataset", id: ["tinh", "nam"], size: [1, 2], dimension: { tinh: { category: { index: ["Tiền Giang"] } }, nam: { category: { index: ["2022", "2023"] } } }, value: [1, 2] }).replace('"value":[1,2]', '"value":[1e999,6.5]'));
    expect("error" in cube).toBe(false);
    expect(cellNumber((cube as { value(i: number[]): number | string | null }).value([0, 0]), "vi")).toEqual({ ok: false, missing: false, reason: "not a finite number (Infinity)" });
    expect(readJsonStat('{"class":"collection"}')).toEqual({ error: 'not a JSON-stat 2.0 dataset: at class: a JSON-stat dataset ("class": "dataset")' });
  });
});

describe("a wide CSV export", () => {
  test("a title line, a comma file, unaccented names", async () => {
    const r = await importFile("grdp-growth-wide.csv", { indicator: "grdp_growth", source: "Cục Thống kê" });
    expect(values(r)).toEqual([
      ["Cần Thơ", 2021, -0.9, "official", "63"],
      ["Cần Thơ", 2022, 9.2, "official", "63"],
      ["Cần Thơ", 2023, 6.1, "official", "63"],
      ["Tiền Giang", 2021, 6, "official", "63"],
      ["Tiền Giang", 2022, 7, "official", "63"],
      ["Tiền Giang", 2023, 6.5, "official", "63"],
      ["Bến Tre", 2022, 6.4, "official", "63"],
      ["Bến Tre", 2023, 5.2, "official", "63"],
    ]);
    expect(skips(r)).toEqual(["line 4: Toàn quốc: a subtotal (a region or the whole country), not a province", 'line 7, column 2: Bến Tre 2021: no value ("..")']);
  });
});

test("one province spelled three ways (TP. Cần Thơ, Thành phố Cần Thơ, Can Tho) is one province", async () => {
  const spellings = await Promise.all([
    importFile("grdp-growth-yearbook.xlsx", { indicator: "grdp_growth", source: "x" }),
    importFile("grdp-growth-windows-1258.px"),
    importFile("grdp-growth-wide.csv", { indicator: "grdp_growth", source: "x" }),
  ]);
  const canTho = spellings.map((r) => r.rows.filter((x) => x.province === "Cần Thơ" && x.year === 2022).map((x) => [x.value, x.note]));
  expect(canTho).toEqual([
    [[9.2, "imported from grdp-growth-yearbook.xlsx, 'Bảng 12'!E10"]],
    [[9.2, 'imported from grdp-growth-windows-1258.px, Địa phương="Thành phố Cần Thơ", Năm="2022"']],
    [[9.2, "imported from grdp-growth-wide.csv, line 5, column 3"]],
  ]);
});

describe("what the file does not say is asked for, never guessed", () => {
  const table = (metadata: string[], value: number | string = 7.5): TableRead => ({
    observations: [{ place: "Tiền Giang", year: 2023, value, where: "B5", placeWhere: "5:5" }],
    skipped: [],
    metadata,
    stated: {},
    layout: "",
  });
  test.each([
    [{}, ["Tốc độ tăng GRDP"], "which indicator does the table hold? Pass --indicator CODE (a code of data/catalog/indicators.csv, such as grdp_growth)"],
    [{ indicator: "grdp_growth", source: "x" }, ["Bảng 1"], "which unit are the values of grdp_growth in? The file does not say; pass --unit (for example --unit %)"],
    [{ indicator: "grdp_growth", unit: "%" }, [], "where was the table published? Pass --source URL (or the yearbook's title and page); every value keeps it"],
    [{ indicator: "grdp_growth", unit: "%", source: "x" }, ["Tốc độ tăng GRDP theo giá so sánh"], "the file says the values are at constant prices (giá so sánh) without the base year; pass --price-base 2010 or 2020"],
    [{ indicator: "grdp_current", unit: "triệu USD", source: "x" }, [], 'the unit "triệu USD" (--unit) does not convert to billion_vnd, the unit of grdp_current; pass --unit'],
    [{ indicator: "no_such_code" }, [], "--indicator no_such_code is not a code of data/catalog/indicators.csv"],
  ])("%j with %j", (flags, metadata, error) => {
    expect(toActuals("t.xlsx", table(metadata), "vi", flags as ImportFlags, ctx)).toEqual({ error });
  });

  test("a value the actuals checks refuse (a share of 130 %) is reported and nothing is to be written", () => {
    const r = toActuals("t.xlsx", table([], 130), "vi", { indicator: "share_agri", unit: "%", source: "x" }, ctx) as Imported;
    expect(r.problems.map((p) => `${p.found}; ${p.expected}`)).toEqual(['"130" in column "value"; a share or rate between 0 and 100 for share_agri']);
  });

  test.each([
    [2024, { year: 2024 }],
    ["2024", { year: 2024 }],
    ["Năm 2021", { year: 2021 }],
    ["Sơ bộ 2024", { year: 2024, status: "estimate" }],
    ["2025 (ước tính)", { year: 2025, status: "estimate" }],
    ["Prel. 2023", { year: 2023, status: "estimate" }],
    ["2020-2024", null],
    ["Tỉnh, thành phố", null],
    [2024.5, null],
  ])("the heading %j is %j", (cell, year) => {
    expect(parseYearLabel(cell)).toEqual(year);
  });
});

describe("npm run import", () => {
  let data: DataDir;
  afterEach(() => data?.dispose());
  const yearbook = [join(F, "grdp-growth-yearbook.xlsx"), "--indicator", "grdp_growth", "--source", "Niên giám thống kê 2024"];

  test("writes an actuals file that validate accepts; a second run refuses to overwrite it", async () => {
    data = makeDataDir({ documents: false });
    const out = join(data.dir, "actuals", "grdp-growth-yearbook.csv");
    const first = await runCli("src/cli/import.ts", [...yearbook, "--data", data.dir]);
    expect(first.status).toBe(0);
    expect(first.stderr).toContain("import: read 66 values: 34 to write, 24 in subtotal rows (regions, the whole country), 2 marked missing (-, ..), 6 of places that are not provinces\n");
    expect(first.stderr).toContain(`import: wrote 34 rows to ${out}`);
    const written = readFileSync(out, "utf8");
    expect(written.split("\n")[0]).toBe("province,indicator,year,value,unit,status,source,price_base,note,published,units");
    const validated = await runCli("src/cli/validate.ts", ["--data", data.dir, out]);
    expect([validated.status, validated.stdout]).toEqual([0, ""]);
    const second = await runCli("src/cli/import.ts", [...yearbook, "--data", data.dir]);
    expect([second.status, second.stderr.trim()]).toEqual([1, `import: ${out} exists: the import never overwrites a file; name another with --out`]);
    expect(readFileSync(out, "utf8")).toBe(written);
  }, 180_000); // three commands, each starting Node and DuckDB: sized for a loaded two-core machine

  test("--dry-run prints the rows and writes nothing; a file it cannot read exits 1 with a clear message", async () => {
    data = makeDataDir({ documents: false });
    const dry = await runCli("src/cli/import.ts", [...yearbook, "--data", data.dir, "--dry-run"]);
    expect(dry.status).toBe(0);
    expect(dry.stdout.trim().split("\n")).toHaveLength(35);
    expect(existsSync(join(data.dir, "actuals", "grdp-growth-yearbook.csv"))).toBe(false);
    const broken = join(data.dir, "broken.xlsx");
    writeFileSync(broken, "this is not a zip file");
    const bad = await runCli("src/cli/import.ts", [broken, "--indicator", "grdp_growth", "--source", "x", "--data", data.dir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(new RegExp(`^import: ${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not a readable \\.xlsx workbook \\(.+\\)\\n$`));
    const xls = await runCli("src/cli/import.ts", [join(data.dir, "old.xls"), "--data", data.dir]);
    expect([xls.status, xls.stderr.includes("cannot read")]).toEqual([1, true]);
  }, 180_000);
});
