// Ingestion of analysts' actuals: every bad file gets its exact message with file, line and
// column; the files Excel writes (BOM, semicolons, CRLF, decomposed accents) read as intended.
import { describe, expect, test } from "vitest";
import { join } from "node:path";
import { readIndicators, readProvinces } from "../../src/ingest/catalog.ts";
import { ProvinceResolver } from "../../src/ingest/province-resolver.ts";
import type { ActualCandidate } from "../../src/ingest/actuals.ts";
import { createActualCandidates, readActualsIntoDb } from "../../src/ingest/actuals-bulk.ts";
import { conflictWarnings } from "../../src/ingest/conflicts.ts";
import { openDatabase, queryRows } from "../../src/db/duckdb.ts";
import { parseCsvNumber } from "../../src/ingest/values.ts";
import { Problem } from "../../src/ingest/problems.ts";
import { runCli } from "../helpers/run-cli.ts";
import { makeDataDir } from "../helpers/data-dir.ts";

const indicators = new Map(readIndicators("data/catalog/indicators.csv", []).map((i) => [i.code, i]));
const provinces = new ProvinceResolver(readProvinces("data/catalog/provinces.csv", []));
const DIR = "tests/fixtures/actuals";

/** Reads a file as the pipeline does: into a database, then the conflicts between its rows. */
async function read(name: string): Promise<{ rows: ActualCandidate[]; messages: string[] }> {
  const problems: Problem[] = [];
  const conn = await openDatabase();
  await createActualCandidates(conn);
  await readActualsIntoDb(conn, [join(DIR, name)], { indicators, provinces }, problems);
  problems.push(...(await conflictWarnings(conn, (f) => join(DIR, f))).warnings);
  const rows = await queryRows<ActualCandidate>(conn, "SELECT * FROM actual_candidates ORDER BY file, line");
  return { rows, messages: problems.map(String) };
}

describe("bad files", () => {
  test.each([
    ["wrong-column-count.csv", `${DIR}/wrong-column-count.csv:2:7: found 6 columns; expected 7 columns as in the header (province,indicator,year,value,unit,status,source); a value that contains "," must be quoted`],
    ["unknown-province.csv", `${DIR}/unknown-province.csv:2:1: found "Sài Gòn" in column "province"; expected a statistics office code or a province name of the 63 provinces before 1 July 2025`],
    ["two-decimal-marks.csv", `${DIR}/two-decimal-marks.csv:2:4: found "7,5,3" in column "value"; expected one number with at most one decimal mark (7.5 or 7,5)`],
    ["empty-value.csv", `${DIR}/empty-value.csv:2:4: found "" in column "value"; expected a number (the value is empty)`],
    ["text-in-value.csv", `${DIR}/text-in-value.csv:2:4: found "khoảng 7" in column "value"; expected a number such as 7.5 or 7,5`],
    ["share-of-130.csv", `${DIR}/share-of-130.csv:2:4: found "130" in column "value"; expected a share or rate between 0 and 100 for share_agri`],
    ["year-20245.csv", `${DIR}/year-20245.csv:2:3: found "20245" in column "year"; expected a year between 1990 and 2050`],
    ["conflict.csv", `${DIR}/conflict.csv:3:4: warning: found 7.26 for Tiền Giang grdp_growth 2019, where conflict.csv:2 gives 6.64; expected one value per province, indicator and year (the pipeline chooses one; README: Resolving a conflict)`],
  ])("%s", async (name, message) => {
    expect((await read(name)).messages).toEqual([message]);
  });
});

describe("files as Excel writes them", () => {
  test("a BOM before the header", async () => {
    const { rows, messages } = await read("bom.csv");
    expect(messages).toEqual([]);
    expect(rows.map((r) => [r.province_code, r.indicator_code, r.year, r.value])).toEqual([["82", "grdp_growth", 2019, 6.64]]);
  });
  test("semicolons, a decimal comma, a thousands dot and Vietnamese unit names", async () => {
    const { rows, messages } = await read("semicolons.csv");
    expect(messages).toEqual([]);
    expect(rows.map((r) => [r.province_code, r.indicator_code, r.value, r.unit, r.unit_original])).toEqual([
      ["82", "grdp_growth", 6.64, "percent_per_year", "percent_per_year"],
      ["82", "grdp_current", 66316, "billion_vnd", "billion_vnd"],
    ]);
  });
  test("CRLF line ends", async () => {
    expect((await read("crlf.csv")).rows.map((r) => r.value)).toEqual([6.64]);
  });
  test("decomposed accents and 'Tỉnh' in names; tỷ USD converted to the canonical million USD", async () => {
    const { rows, messages } = await read("nfd-names.csv");
    expect(messages).toEqual([]);
    expect(rows.map((r) => [r.province_code, r.province_name, r.indicator_code, r.value, r.unit, r.value_original, r.unit_original])).toEqual([
      ["82", "Tiền Giang", "grdp_growth", 6.64, "percent_per_year", 6.64, "percent"],
      ["82", "Tiền Giang", "export_turnover", 1200, "million_usd", 1.2, "billion_usd"],
    ]);
  });
});

describe("province names and codes", () => {
  test.each([
    ["82", "63", "82", "Tiền Giang"],
    ["82", "34", "82", "Đồng Tháp"],
    ["1", "63", "01", "Hà Nội"],
    ["01", "63", "01", "Hà Nội"],
    ["tien giang", "63", "82", "Tiền Giang"],
    ["Tỉnh Tiền Giang", "63", "82", "Tiền Giang"],
    ["TP. Cần Thơ", "63", "92", "Cần Thơ"],
    ["Khánh Hoà", "63", "56", "Khánh Hòa"],
    ["Thừa Thiên Huế", "63", "46", "Thừa Thiên Huế"],
  ])("%s among the %s", (text, set, code, name) => {
    const p = provinces.resolve(text, set as "63" | "34");
    expect([p?.code, p?.name_vi]).toEqual([code, name]);
  });
});

describe("parseCsvNumber", () => {
  test.each([
    ["7.5", ",", 7.5],
    ["7,5", ",", 7.5],
    ["7,5", ";", 7.5],
    ["18.700", ";", 18700],
    ["18.700", ",", 18.7],
    ["1.234,5", ",", 1234.5],
    ["1,234.5", ",", 1234.5],
    ["10.160,896", ";", 10160.896],
    ["-15,31", ";", -15.31],
    ["1 234", ";", 1234],
  ])("%s with delimiter %s is %d", (raw, delimiter, value) => {
    expect(parseCsvNumber(raw, delimiter as "," | ";")).toEqual({ ok: true, value });
  });
  test.each(["7,5,3", "1,234", "abc", "", "1.2.3,4,5"])("%s is refused", (raw) => {
    expect(parseCsvNumber(raw, ",").ok).toBe(false);
  });
});

describe("npm run validate", () => {
  test("reports every problem of every file in one run and exits 1", async () => {
    // A data folder without actuals: the fixtures alone, no neighbours or conflicts from data/actuals/.
    const data = makeDataDir({ documents: false });
    const r = await runCli("src/cli/validate.ts", ["--data", data.dir, join(DIR, "share-of-130.csv"), join(DIR, "year-20245.csv"), join(DIR, "bom.csv")]);
    data.dispose();
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split("\n")).toEqual([
      `${DIR}/share-of-130.csv:2:4: found "130" in column "value"; expected a share or rate between 0 and 100 for share_agri`,
      `${DIR}/year-20245.csv:2:3: found "20245" in column "year"; expected a year between 1990 and 2050`,
    ]);
    expect(r.stderr).toContain("validate: 3 files, 3 rows read, 2 rows with a problem: 2 errors, 0 warnings");
  });
  test("warnings alone do not fail", async () => {
    expect((await runCli("src/cli/validate.ts", [join(DIR, "conflict.csv")])).status).toBe(0);
  });
});
