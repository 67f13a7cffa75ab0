// The bulk reader (DuckDB's CSV reader, the checks run per distinct combination) must accept
// exactly the files the row-by-row reader accepts and produce the same candidates, line numbers
// included; whatever it cannot vouch for goes to the row-by-row reader.
import { afterAll, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { readIndicators, readProvinces } from "../../src/ingest/catalog.ts";
import { ProvinceResolver } from "../../src/ingest/province-resolver.ts";
import { validateActualsTable, type ActualCandidate } from "../../src/ingest/actuals.ts";
import { createActualCandidates, readActualsFileInBulk, readActualsIntoDb } from "../../src/ingest/actuals-bulk.ts";
import { readCsvFile } from "../../src/ingest/csv.ts";
import { openDatabase, queryRows } from "../../src/db/duckdb.ts";
import { parseCsvNumber, plainNumberPattern } from "../../src/ingest/values.ts";
import type { Problem } from "../../src/ingest/problems.ts";

const ctx = {
  indicators: new Map(readIndicators("data/catalog/indicators.csv", []).map((i) => [i.code, i])),
  provinces: new ProvinceResolver(readProvinces("data/catalog/provinces.csv", [])),
};
const FIXTURES = "tests/fixtures/actuals";
const tmp = mkdtempSync(join(tmpdir(), "chitieu-bulk-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HEADER = "province,indicator,year,value,unit,status,source,price_base,quote,note,published,units";
/** What analysts' files hold beyond the plain case, each in a row of its own. */
const TRICKY = [
  HEADER,
  `82,grdp_growth,2019,6.64,percent_per_year,official,Cục Thống kê Tiền Giang,,,,2020-03-01,`,
  // A quoted citation with a comma, a doubled quote and a line break inside.
  `Tiền Giang,export_turnover,2019,"1,2",tỷ USD,estimate,"Báo Ấp Bắc, ""Kinh tế"" số 12\nnăm 2019",,"Kim ngạch ""đạt"" 1,2 tỷ USD",,15/1/2020,`,
  // Decomposed accents, spaces and a no-break space around the values.
  `  Ti\u0065\u0302\u0300n Giang ,grdp_current, 2019 ,\u00a066316\u00a0, tỷ đồng ,official, Niên giám thống kê 2019 ,2010,,,,`,
  // A row of empty fields is skipped, and still counts as a line.
  `,,,,,,,,,,,`,
  `82,grdp_growth,2026,7.1,%, estimate ,Cục Thống kê,,,,, 34`,
  `1,poverty_rate,2020,0.05,percent,reported,Báo Hà Nội,,,a note,,`,
  `Bến Tre,grdp_current,2020,-0,tỷ đồng,official,Cục Thống kê,2010,,,,`,
  `82,grdp_growth,2019,+5,percent_per_year,estimate,Cục Thống kê,,,,2020-01-02,`,
  `82,export_turnover,2019,1400,triệu USD,estimate,Cục Thống kê,,,,,`,
  "",
].join("\r\n");

/** The same file read both ways. */
async function bothWays(file: string): Promise<{ bulk: number | null; bulkRows: ActualCandidate[]; rowByRow: ActualCandidate[]; problems: Problem[] }> {
  const conn = await openDatabase();
  await createActualCandidates(conn);
  const bulk = await readActualsFileInBulk(conn, file, ctx);
  const bulkRows = await queryRows<ActualCandidate>(conn, "SELECT * FROM actual_candidates ORDER BY line");
  const problems: Problem[] = [];
  const rowByRow = validateActualsTable(readCsvFile(file, problems), ctx, problems);
  return { bulk, bulkRows, rowByRow, problems };
}

function write(name: string, content: string): string {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
}

describe("files the bulk reader takes give the row-by-row reader's candidates", () => {
  test.each([
    ["the project's sourced actuals", "data/actuals/sourced-actuals.csv"],
    ["a BOM", `${FIXTURES}/bom.csv`],
    ["semicolons", `${FIXTURES}/semicolons.csv`],
    ["CRLF", `${FIXTURES}/crlf.csv`],
    ["decomposed accents", `${FIXTURES}/nfd-names.csv`],
    ["two sources that disagree", `${FIXTURES}/conflict.csv`],
  ])("%s", async (_, file) => {
    const { bulk, bulkRows, rowByRow, problems } = await bothWays(file);
    expect(problems).toEqual([]);
    expect(bulk).toBe(rowByRow.length);
    expect(bulkRows).toEqual(rowByRow);
  });

  test("quotes, line breaks in a field, odd spaces, an empty row, a unit set, conversions", async () => {
    const { bulk, bulkRows, rowByRow, problems } = await bothWays(write("tricky.csv", TRICKY));
    expect(problems).toEqual([]);
    expect(bulk).toBe(8);
    expect(bulkRows).toEqual(rowByRow);
    // Read by hand: the row after the two-line citation starts on line 5; 1,2 tỷ USD is 1200 million USD.
    expect(bulkRows.map((r) => [r.line, r.province_code, r.units, r.value, r.unit_original])).toEqual([
      [2, "82", "63", 6.64, "percent_per_year"],
      [3, "82", "63", 1200, "billion_usd"],
      [5, "82", "63", 66316, "billion_vnd"],
      [7, "82", "34", 7.1, "percent"],
      [8, "01", "63", 0.05, "percent"],
      [9, "83", "63", -0, "billion_vnd"],
      [10, "82", "63", 5, "percent_per_year"],
      [11, "82", "63", 1400, "million_usd"],
    ]);
  });

  test("the same in a semicolon file, where 18.700 is eighteen thousand seven hundred", async () => {
    const semicolon = ["province;indicator;year;value;unit;status;source", "82;grdp_current;2019;18.700;tỷ đồng;official;Cục Thống kê", "82;grdp_growth;2019;6,64;%;official;Cục Thống kê", "82;grdp_growth;2020;7;%;official;Cục Thống kê", ""].join("\n");
    const { bulk, bulkRows, rowByRow } = await bothWays(write("semicolon.csv", semicolon));
    expect(bulk).toBe(3);
    expect(bulkRows).toEqual(rowByRow);
    expect(bulkRows.map((r) => r.value)).toEqual([18700, 6.64, 7]);
  });
});

describe("the rules added for analysts' mistakes hold in both readers", () => {
  test("the statistics office's status words, stored as the codes", async () => {
    const words = ["chính thức", "Sơ bộ", "ước tính", " dự ước ", "báo cáo", "Chi\u0301nh thư\u0301c".normalize("NFD")];
    const file = write("status-words.csv", ["province,indicator,year,value,unit,status,source", ...words.map((w, k) => `82,grdp_growth,${2010 + k},6.5,%,${w},Cục Thống kê`), ""].join("\n"));
    const { bulk, bulkRows, rowByRow, problems } = await bothWays(file);
    expect(problems).toEqual([]);
    expect(bulk).toBe(6);
    expect(bulkRows).toEqual(rowByRow);
    expect(bulkRows.map((r) => r.status)).toEqual(["official", "estimate", "estimate", "estimate", "reported", "official"]);
  });

  test.each([
    ["an impossible date", "82,grdp_growth,2019,6.64,%,official,Cục Thống kê,,,,31/02/2020,"],
    ["a number too large for a double", `82,grdp_current,2019,${"9".repeat(309)},tỷ đồng,official,Cục Thống kê,,,,,`],
    ["the same with thousands separators", `82,grdp_current,2019,"${"999.".repeat(103)}999",tỷ đồng,official,Cục Thống kê,,,,,`],
    ["an unknown status word", "82,grdp_growth,2019,6.64,%,tạm tính,Cục Thống kê,,,,,"],
  ])("%s: refused by both, the bulk reader hands the file over", async (_, row) => {
    const { bulk, bulkRows, rowByRow, problems } = await bothWays(write("refused.csv", `${HEADER}\n${row}\n`));
    expect([bulk, bulkRows, rowByRow, problems.length]).toEqual([null, [], [], 1]);
  });

  test("bytes that are not UTF-8: the bulk reader hands the file over, the row-by-row reader names the line", async () => {
    const file = join(tmp, "cp1258.csv");
    writeFileSync(file, Buffer.concat([Buffer.from(`${HEADER}\n82,grdp_growth,2019,6.64,%,official,C`), Buffer.from([0xf4, 0xf2]), Buffer.from("c Thống kê,,,,,\n")]));
    const { bulk, problems } = await bothWays(file);
    expect(bulk).toBeNull();
    expect(problems.map((p) => `${p.line}:${p.column} ${p.found}`)).toEqual(["2:7 bytes that are not UTF-8 (0xF4 0xF2 0x63)"]);
  });

  test("a file named like a glob pattern is read itself, not the files the pattern matches", async () => {
    write("x.csv", `${HEADER}\n82,grdp_growth,2019,6.64,%,official,Cục Thống kê,,,,,\n`);
    const { bulk, bulkRows, rowByRow } = await bothWays(write("[x]*.csv", `${HEADER}\n83,grdp_growth,2019,7.5,%,official,Cục Thống kê,,,,,\n`));
    expect(bulk).toBe(1);
    expect(bulkRows).toEqual(rowByRow);
    expect(bulkRows.map((r) => [r.file, r.province_code, r.value])).toEqual([["[x]*.csv", "83", 7.5]]);
  });

  test("a column named twice: the bulk reader hands the file over, the row-by-row reader refuses it", async () => {
    const { bulk, problems } = await bothWays(write("twice.csv", "province,indicator,year,value,unit,status,source,value\n82,grdp_growth,2019,6.64,%,official,Cục Thống kê,7\n"));
    expect(bulk).toBeNull();
    expect(problems.map((p) => `${p.line}:${p.column} ${p.found}`)).toContain('1:8 a second column "value" (the first is column 4)');
  });
});

describe("files the bulk reader leaves to the row-by-row reader", () => {
  test.each(["wrong-column-count.csv", "unknown-province.csv", "two-decimal-marks.csv", "empty-value.csv", "text-in-value.csv", "share-of-130.csv", "year-20245.csv"])(
    "%s",
    async (name) => {
      const { bulk, bulkRows, problems } = await bothWays(`${FIXTURES}/${name}`);
      expect(bulk).toBeNull();
      expect(bulkRows).toEqual([]);
      expect(problems.length).toBeGreaterThan(0);
    },
  );

  test("a blank line: the row-by-row reader places the rows after it", async () => {
    const file = write("blank-line.csv", "province,indicator,year,value,unit,status,source\n82,grdp_growth,2019,6.64,%,official,Cục Thống kê\n\n82,grdp_growth,2020,7,%,official,Cục Thống kê\n");
    const { bulk } = await bothWays(file);
    expect(bulk).toBeNull();
    const conn = await openDatabase();
    await createActualCandidates(conn);
    const problems: Problem[] = [];
    expect(await readActualsIntoDb(conn, [file], ctx, problems)).toBe(2);
    expect(problems).toEqual([]);
    expect((await queryRows<{ line: number }>(conn, "SELECT line FROM actual_candidates ORDER BY line")).map((r) => r.line)).toEqual([2, 4]);
  });
});

test("a plain number cast in SQL is the number parseCsvNumber reads", async () => {
  const conn = await openDatabase();
  const plain = fc.tuple(fc.constantFrom("", "+", "-"), fc.stringMatching(/^\d{1,15}$/), fc.option(fc.stringMatching(/^\d{1,15}$/), { nil: undefined }));
  await fc.assert(
    fc.asyncProperty(fc.array(plain, { minLength: 1, maxLength: 50 }), fc.constantFrom<"," | ";">(",", ";"), async (parts, delimiter) => {
      const texts = parts.map(([sign, int, frac]) => sign + int + (frac === undefined ? "" : "." + frac));
      const literal = texts.map((t) => `'${t}'`).join(", ");
      const rows = await queryRows<{ t: string; plain: boolean; n: number }>(
        conn,
        `SELECT t, regexp_full_match(t, '${plainNumberPattern(delimiter)}') AS plain, TRY_CAST(t AS DOUBLE) AS n FROM unnest([${literal}]) AS u(t)`,
      );
      for (const r of rows.filter((r) => r.plain)) expect(parseCsvNumber(r.t, delimiter)).toEqual({ ok: true, value: r.n });
    }),
  );
});
