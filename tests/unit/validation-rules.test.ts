// The mistakes analysts actually make, each with its exact message (issue 16), and the hostile
// inputs of issue 15 that reach the ingest code (items 5, 6, 7, 10, 11, 12). Everything runs in
// a throwaway data folder through validateFiles, what `npm run validate` runs.
import { afterEach, describe, expect, test } from "vitest";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { validateFiles } from "../../src/ingest/validate-files.ts";
import { readDocumentMeta, readProvinces, UNITS } from "../../src/ingest/catalog.ts";
import { ProvinceResolver } from "../../src/ingest/province-resolver.ts";
import { readDocumentTexts } from "../../src/ingest/documents.ts";
import { statusCode } from "../../src/ingest/actuals.ts";
import { kindOfFile } from "../../src/ingest/file-kinds.ts";
import { isoDate } from "../../src/ingest/dates.ts";
import { Problem } from "../../src/ingest/problems.ts";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { InputError } from "../../src/ingest/problems.ts";
import { runCli } from "../helpers/run-cli.ts";

const HEADER = "province,indicator,year,value,unit,status,source\n";
let data: DataDir;
afterEach(() => data?.dispose());

async function validate(...files: string[]) {
  const result = await validateFiles(data.dir, files.map((f) => join(data.dir, f)));
  return { ...result, messages: result.problems.map(String) };
}
const at = (relative: string) => join(data.dir, relative);

describe("magnitude: a value about 30 times off its neighbours", () => {
  const SERIES =
    HEADER +
    "82,grdp_current,2016,16500,tỷ đồng,official,Niên giám thống kê Tiền Giang\n" +
    "82,grdp_current,2017,17200,tỷ đồng,official,Niên giám thống kê Tiền Giang\n" +
    "82,grdp_current,2018,17900,tỷ đồng,official,Niên giám thống kê Tiền Giang\n" +
    "82,grdp_current,2020,19400,tỷ đồng,official,Niên giám thống kê Tiền Giang\n";

  test('"18.700" in a comma file beside a series in the tens of thousands: a warning naming both values and the separator reading', async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/series.csv", SERIES);
    data.write("actuals/2019.csv", HEADER + '82,grdp_current,2019,18.700,tỷ đồng,official,Cục Thống kê Tiền Giang\n');
    const { messages } = await validate("actuals/2019.csv");
    // Neighbours 2016-2020: the median of 16500, 17200, 17900, 19400 is 17550; 17550 / 18,7 = 938.
    expect(messages).toEqual([
      `${at("actuals/2019.csv")}:2:4: warning: found 18.700 read as 18,7 (billion_vnd), about 900 times less than 17 550, the median of Tiền Giang grdp_current in 2016-2020; expected a value near its neighbours: did you mean 18 700? In a comma-separated file write 18700`,
    ]);
  });

  test('"18.700" in a semicolon file is 18700: no warning', async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/series.csv", SERIES);
    data.write("actuals/2019.csv", "province;indicator;year;value;unit;status;source\n82;grdp_current;2019;18.700;tỷ đồng;official;Cục Thống kê Tiền Giang\n");
    expect((await validate("actuals/2019.csv")).messages).toEqual([]);
  });

  test("a genuine fall (Hà Tĩnh 2016, a Formosa-like drop of 15 %) is within the factor: no warning", async () => {
    data = makeDataDir({ documents: false });
    data.write(
      "actuals/hatinh.csv",
      HEADER +
        "42,grdp_current,2015,50000,tỷ đồng,official,Cục Thống kê Hà Tĩnh\n" +
        "42,grdp_current,2016,42500,tỷ đồng,official,Cục Thống kê Hà Tĩnh\n" +
        "42,grdp_current,2017,48000,tỷ đồng,official,Cục Thống kê Hà Tĩnh\n" +
        "42,grdp_growth,2016,-15,%,official,Cục Thống kê Hà Tĩnh\n",
    );
    expect((await validate("actuals/hatinh.csv")).messages).toEqual([]);
  });

  test("with no series of its own, the provinces of the same year are the neighbours", async () => {
    data = makeDataDir({ documents: false });
    data.write(
      "actuals/others.csv",
      HEADER +
        "82,export_turnover,2019,1200,triệu USD,official,Cục Thống kê\n" +
        "83,export_turnover,2019,900,triệu USD,official,Cục Thống kê\n" +
        "84,export_turnover,2019,1000,triệu USD,official,Cục Thống kê\n" +
        "86,export_turnover,2019,1100,triệu USD,official,Cục Thống kê\n",
    );
    data.write("actuals/haugiang.csv", HEADER + "93,export_turnover,2019,1.150,triệu USD,official,Cục Thống kê Hậu Giang\n");
    // Median of 1,15, 900, 1000, 1100, 1200 is 1000; 1000 / 1,15 = 870.
    expect((await validate("actuals/haugiang.csv")).messages).toEqual([
      `${at("actuals/haugiang.csv")}:2:4: warning: found 1.150 read as 1,15 (million_usd), about 900 times less than 1000, the median of 5 provinces' export_turnover in 2019; expected a value near its neighbours: did you mean 1150? In a comma-separated file write 1150`,
    ]);
  });
});

describe("the statistics office's status words", () => {
  test.each([
    ["chính thức", "official"],
    ["Chính thức", "official"],
    ["sơ bộ", "estimate"],
    ["Sơ bộ", "estimate"],
    ["ước tính", "estimate"],
    ["dự ước", "estimate"],
    ["báo cáo", "reported"],
    ["official", "official"],
    ["estimate", "estimate"],
    ["reported", "reported"],
  ])("%s is %s", (word, code) => {
    expect(statusCode(word)).toBe(code);
    expect(statusCode(word.normalize("NFD"))).toBe(code);
  });

  test("a word that is none of them is refused with the list", async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/a.csv", HEADER + "82,grdp_growth,2019,6.64,%,tạm tính,Cục Thống kê\n");
    expect((await validate("actuals/a.csv")).messages).toEqual([
      `${at("actuals/a.csv")}:2:6: found "tạm tính" in column "status"; expected official, estimate or reported (or the office's words: chính thức, sơ bộ, ước tính, dự ước, báo cáo)`,
    ]);
  });
});

describe("the kind of a file, from its folder and header", () => {
  test("a header without status in data/actuals/ is actuals with a missing column, not a review", async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/2026.csv", "province,indicator,year,value,unit,source\n82,grdp_growth,2026,7.1,%,Cục Thống kê\n");
    expect((await validate("actuals/2026.csv")).messages).toEqual([
      `${at("actuals/2026.csv")}:1:7: found no column "status" in the header (province,indicator,year,value,unit,source); expected the columns province,indicator,year,value,unit,status,source`,
    ]);
  });

  test("a header that fits no kind says which columns each kind of its folder needs", async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/bang.csv", "tinh,nam,gia tri\nTiền Giang,2019,6.64\n");
    expect((await validate("actuals/bang.csv")).messages).toEqual([
      `${at("actuals/bang.csv")}:1:1: found the header tinh,nam,gia tri, which is the header of no kind of file in data/actuals/; expected yearly actuals (data/actuals/): the columns province,indicator,year,value,unit,status,source, optionally price_base,quote,note,published,units; or term results (data/actuals/): the columns indicator,period_start,period_end,value,unit, optionally province,province_code,units,status,source,source_url,quote,note,published,price_base`,
    ]);
  });

  test.each([
    ["data/actuals/x.csv", "province,indicator,year,value,unit,status,source", "actuals"],
    ["data/actuals/x.csv", "province,indicator,year,value,unit,source", "actuals"],
    ["data/actuals/x.csv", "province_code,units,province,indicator,period_start,period_end,value,unit,status,source_url,quote,note", "term_results"],
    ["data/targets/x.csv", "unit_code,province,indicator_code,kind,comparator,value_low,value_high,unit,period_start,year,phrase,source_title,source_url,published,note", "typed_targets"],
    ["data/reviews/x.csv", "id,action,indicator_code,note", "figure_reviews"],
    ["data/reviews/x.csv", "province,indicator,year,value,source,note,reviewer", "actual_choices"],
    // Outside the data folders the header alone decides: the kind that knows most of its columns.
    ["/tmp/x.csv", "province,indicator,year,value,unit,source", "actuals"],
    ["/tmp/x.csv", "province,indicator,year,value,source,note", "actual_choices"],
    ["/tmp/x.csv", "id,action,value_low", "figure_reviews"],
    ["data/targets/x.csv", "province,indicator,year,value,unit,status,source", null],
  ])("%s with %s is %s", (file, header, kind) => {
    expect(kindOfFile(file, header.split(",")).kind?.id ?? null).toBe(kind);
  });

  test("a choice file in data/reviews/ is read as a choice", async () => {
    data = makeDataDir({ documents: false });
    data.write("reviews/choices.csv", "province,indicator,year,value,source,note\n83,grdp_growth,2023,4.6,,revised\n");
    const r = await validate("reviews/choices.csv");
    expect([r.messages, r.rows]).toEqual([[], 1]);
  });
});

describe("counts and settled conflicts", () => {
  test("a four-row file with two bad rows: four rows read, two with a problem", async () => {
    data = makeDataDir({ documents: false });
    data.write(
      "actuals/four.csv",
      HEADER +
        "82,grdp_growth,2019,6.64,%,official,Cục Thống kê\n" +
        "82,grdp_growth,2020,x,%,official,Cục Thống kê\n" +
        "82,grdp_growth,2021,1.5,%,official\n" +
        "82,grdp_growth,2022,2.5,%,official,Cục Thống kê\n",
    );
    const r = await validate("actuals/four.csv");
    expect([r.rows, r.rowsWithProblems, r.problems.length]).toEqual([4, 2, 2]);
  });

  test("a conflict settled in data/reviews/ is counted, not listed; a new one is listed", async () => {
    data = makeDataDir({ documents: false });
    data.write(
      "actuals/a.csv",
      HEADER +
        "83,grdp_growth,2023,5.16,%,estimate,Cục Thống kê Bến Tre\n" +
        "83,grdp_growth,2023,4.6,%,estimate,Cục Thống kê Bến Tre\n" +
        "83,grdp_growth,2024,6.2,%,estimate,Cục Thống kê Bến Tre\n" +
        "83,grdp_growth,2024,6.5,%,estimate,Báo Đồng Khởi\n",
    );
    data.write("reviews/choices.csv", "province,indicator,year,value,source,note\nBến Tre,grdp_growth,2023,4.6,,revised in the 2024 release\n");
    const r = await validate("actuals/a.csv");
    expect(r.settled).toBe(1);
    expect(r.messages).toEqual([
      `${at("actuals/a.csv")}:5:4: warning: found 6.5 for Bến Tre grdp_growth 2024, where a.csv:4 gives 6.2; expected one value per province, indicator and year (the pipeline chooses one; README: Resolving a conflict)`,
    ]);
    const cli = await runCli("src/cli/validate.ts", ["--data", data.dir, at("actuals/a.csv")]);
    expect([cli.status, cli.stderr.trim().split("\n")]).toEqual([0, ["validate: 1 file, 4 rows read, 0 rows with a problem: 0 errors, 1 warning", "validate: 1 conflict settled in data/reviews/"]]);
  }, 120_000); // the command starts Node and DuckDB: sized for a loaded two-core machine
});

describe("hostile inputs (issue 15)", () => {
  const HUGE = "9".repeat(309); // 1e309: Infinity in JavaScript, NULL in SQL
  const TOO_MANY_DIGITS = "a number a computer can hold (this one has too many digits)";

  test("5: a number too large for a double is refused in actuals, figure corrections and choices", async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/a.csv", HEADER + `82,grdp_current,2019,${HUGE},tỷ đồng,official,Cục Thống kê\n`);
    data.write("reviews/choices.csv", `province,indicator,year,value\n82,grdp_current,2019,${HUGE}\n`);
    data.write("reviews/figures.csv", `id,action,value_low\n0123456789ab,correct,${HUGE}\n`);
    expect((await validate("actuals/a.csv", "reviews/choices.csv", "reviews/figures.csv")).messages).toEqual([
      `${at("actuals/a.csv")}:2:4: found "${HUGE}" in column "value"; expected ${TOO_MANY_DIGITS}`,
      `${at("reviews/figures.csv")}:2:3: found "${HUGE}" in column "value_low"; expected ${TOO_MANY_DIGITS}`,
      `${at("reviews/choices.csv")}:2:4: found "${HUGE}" in column "value"; expected ${TOO_MANY_DIGITS}`,
    ]);
  });

  test("6: a column named twice is refused at its place", async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/a.csv", "province,indicator,year,value,unit,status,source,value\n82,grdp_growth,2019,6.64,%,official,Cục Thống kê,7.26\n");
    expect((await validate("actuals/a.csv")).messages).toContain(
      `${at("actuals/a.csv")}:1:8: found a second column "value" (the first is column 4); expected each column once in the header`,
    );
  });

  test("6: a catalog code listed twice stops the pipeline at the second line", { timeout: 120_000 }, async () => {
    data = makeDataDir({ documents: false });
    const provinces = at("catalog/provinces.csv");
    const tienGiang = readFileSync(provinces, "utf8").split("\n").findIndex((l) => l.startsWith("82,")) + 1;
    appendFileSync(provinces, "82,Tiền Giang,Tien Giang,mekong_delta,Đồng Tháp,82\n");
    const indicators = at("catalog/indicators.csv");
    const growth = readFileSync(indicators, "utf8").split("\n").findIndex((l) => l.startsWith("grdp_growth,")) + 1;
    const copy = readFileSync(indicators, "utf8").split("\n")[growth - 1];
    appendFileSync(indicators, copy + "\n");
    const lines = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n").length;
    const error = await runPipeline({ dataDir: data.dir, outDir: data.out, loaders }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map(String)).toEqual([
      `${indicators}:${lines(indicators)}:1: found "grdp_growth" in column "code", already on line ${growth}; expected each code once`,
      `${provinces}:${lines(provinces)}:1: found "82" in column "code", already on line ${tienGiang}; expected each code once`,
    ]);
  });

  test("7: two analysts' choices for the same value: refused when they differ (both lines named), a warning when they repeat", async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/a.csv", HEADER + "83,grdp_growth,2023,5.16,%,estimate,Cục Thống kê Bến Tre\n83,grdp_growth,2023,4.6,%,estimate,Cục Thống kê Bến Tre\n");
    data.write("reviews/a.csv", "province,indicator,year,value\nBến Tre,grdp_growth,2023,4.6\nBến Tre,grdp_growth,2022,5.9\n");
    data.write("reviews/b.csv", "province,indicator,year,value\n83,grdp_growth,2023,5.16\nBến Tre,grdp_growth,2022,5.9\n");
    expect((await validate("reviews/a.csv", "reviews/b.csv")).messages).toEqual([
      `${at("reviews/b.csv")}:2:1: found a second choice for 83 (63) grdp_growth 2023: value 5.16, where ${at("reviews/a.csv")}:2 chooses value 4.6; expected one choice per province, indicator and year: keep the one you mean and remove the other`,
      `${at("reviews/b.csv")}:3:1: warning: found a second choice for 83 (63) grdp_growth 2022: value 5.9, where ${at("reviews/a.csv")}:3 chooses value 5.9; expected one choice per province, indicator and year (this one repeats it: remove either)`,
    ]);
  });

  test("10: bytes that are not UTF-8 are reported with their line and column, in actuals and in documents", async () => {
    data = makeDataDir({ documents: false });
    // "Tiền Giang" as a Windows code page writes it (windows-1258: ê, then a combining grave accent).
    const cp1258 = Buffer.concat([Buffer.from("Ti"), Buffer.from([0xea, 0xcc]), Buffer.from("n Giang,grdp_growth,2019,6.64,%,official,Cục Thống kê\n")]);
    writeFileSync(at("actuals/a.csv"), Buffer.concat([Buffer.from(HEADER + "82,grdp_growth,2018,7.24,%,official,Cục Thống kê\n"), cp1258]));
    expect((await validate("actuals/a.csv")).messages).toEqual([
      `${at("actuals/a.csv")}:3:1: found bytes that are not UTF-8 (0xEA 0xCC 0x6E); expected a file saved as UTF-8 (in Excel: "CSV UTF-8"; in an editor: encoding UTF-8)`,
      `${at("actuals/a.csv")}:3:1: found "Ti\uFFFD\uFFFDn Giang" in column "province"; expected a statistics office code or a province name of the 63 provinces before 1 July 2025`,
    ]);
    writeFileSync(at("documents/x.txt"), Buffer.concat([Buffer.from("Dòng một.\nTăng trưởng "), Buffer.from([0xff]), Buffer.from(" 7%.\n")]));
    const problems: Problem[] = [];
    const docs = readDocumentTexts(at("documents"), [{ file: "x.txt" } as never], problems);
    expect(docs).toHaveLength(1);
    expect(problems.map(String)).toEqual([
      `${at("documents/x.txt")}:2:13: warning: found bytes that are not UTF-8 (0xFF 0x20 0x37); expected a file saved as UTF-8 (in Excel: "CSV UTF-8"; in an editor: encoding UTF-8)`,
    ]);
  });

  test("11: a file named [x].csv is read, not x.csv", { timeout: 120_000 }, async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/x.csv", HEADER + "82,grdp_growth,2019,6.64,%,official,Cục Thống kê\n");
    data.write("actuals/[x].csv", HEADER + "83,grdp_growth,2019,foo,%,official,Cục Thống kê\n");
    data.write("actuals/a*b?.csv", HEADER + "83,grdp_growth,2019,7.8,%,official,Cục Thống kê\n");
    expect((await validate("actuals/[x].csv")).messages).toEqual([`${at("actuals/[x].csv")}:2:4: found "foo" in column "value"; expected a number such as 7.5 or 7,5`]);
    await runPipeline({ dataDir: data.dir, outDir: data.out, loaders }).catch((e: InputError) => {
      expect(e.problems.map(String)).toEqual([`${at("actuals/[x].csv")}:2:4: found "foo" in column "value"; expected a number such as 7.5 or 7,5`]);
    });
    data.write("actuals/[x].csv", HEADER + "83,grdp_growth,2020,5.5,%,official,Cục Thống kê\n");
    const r = await validate("actuals/[x].csv", "actuals/a*b?.csv");
    expect([r.messages, r.rows]).toEqual([[], 2]);
  });

  describe("12: validation gaps", () => {
    test.each([
      ["31/02/2016", null],
      ["45/13/2016", null],
      ["2020-13-45", null],
      ["29/02/2016", "2016-02-29"],
      ["29/02/2015", null],
      ["2016-02-29", "2016-02-29"],
      ["5/1/2020", "2020-01-05"],
    ])("the date %s is %s", (text, iso) => {
      expect(isoDate(text)).toBe(iso);
    });

    test("an impossible published date in actuals is refused", async () => {
      data = makeDataDir({ documents: false });
      data.write("actuals/a.csv", "province,indicator,year,value,unit,status,source,published\n82,grdp_growth,2015,6.6,%,official,Cục Thống kê,31/02/2016\n82,grdp_growth,2016,8.5,%,official,Cục Thống kê,45/13/2016\n");
      expect((await validate("actuals/a.csv")).messages).toEqual([
        `${at("actuals/a.csv")}:2:8: found "31/02/2016" in column "published"; expected a real date YYYY-MM-DD or DD/MM/YYYY, or nothing`,
        `${at("actuals/a.csv")}:3:8: found "45/13/2016" in column "published"; expected a real date YYYY-MM-DD or DD/MM/YYYY, or nothing`,
      ]);
    });

    test("documents.csv: a code of no province, a name of another province, a term that ends before it starts, an impossible date, a document listed twice", () => {
      data = makeDataDir({ documents: false });
      const file = at("documents.csv");
      writeFileSync(
        file,
        "file,province,province_code,units,doc_type,published,term_start,term_end,publisher,title,source_url\n" +
          "a.txt,Nowhere,99,63,political_report,2020-10-01,2020,2025,,,\n" +
          "b.txt,Bến Tre,82,63,political_report,2020-10-01,2020,2025,,,\n" +
          "c.txt,Tiền Giang,82,63,political_report,2020-10-01,2030,2020,,,\n" +
          "d.txt,Tiền Giang,82,63,political_report,2020-13-45,2020,2025,,,\n" +
          "e.txt,Đồng Tháp,82,34,political_report,2025-10-01,2025,2030,,,\n" +
          "e.txt,Đồng Tháp,82,34,political_report,2025-10-01,2025,2030,,,\n",
      );
      const problems: Problem[] = [];
      const metas = readDocumentMeta(file, problems, new ProvinceResolver(readProvinces(at("catalog/provinces.csv"), [])));
      expect(metas.map((m) => m.file)).toEqual(["e.txt"]);
      expect(problems.map(String)).toEqual([
        `${file}:2:3: found "99" in column "province_code"; expected a statistics office code of the 63 provinces before 1 July 2025`,
        `${file}:3:2: found "Bến Tre", which is code 83 among the 63 provinces before 1 July 2025, beside code 82 (Tiền Giang); expected the province that the code names`,
        `${file}:4:8: found the term 2030-2020; expected a term whose start is not after its end`,
        `${file}:5:6: found "2020-13-45" in column "published"; expected a real date YYYY-MM-DD or nothing`,
        `${file}:7:1: found "e.txt" in column "file", already on line 6; expected one row per document`,
      ]);
    });

    test("review corrections: a unit of no catalog and a year out of range are refused; Vietnamese unit names are read", async () => {
      data = makeDataDir({ documents: false });
      data.write("reviews/figures.csv", "id,action,unit,year,period_start\n0123456789ab,correct,furlongs,,\n0123456789ac,correct,,1850,\n0123456789ad,correct,tỷ đồng,2025,2021\n0123456789ae,correct,,2020,2025\n");
      expect((await validate("reviews/figures.csv")).messages).toEqual([
        `${at("reviews/figures.csv")}:2:3: found "furlongs" in column "unit"; expected a unit of the catalog (${UNITS.join(", ")}) or its Vietnamese name (%, tỷ đồng, triệu USD…)`,
        `${at("reviews/figures.csv")}:3:4: found "1850" in column "year"; expected a year between 1990 and 2050, or nothing`,
        `${at("reviews/figures.csv")}:5:5: found "2025" in column "period_start"; expected a period that starts by its year (2020)`,
      ]);
    });

    test("--out naming an existing file: a clear message, no stack", async () => {
      data = makeDataDir({ documents: false });
      const file = at("not-a-folder");
      writeFileSync(file, "x");
      const r = await runCli("src/cli/pipeline.ts", ["--data", data.dir, "--out", file]);
      expect([r.status, r.stderr.trim()]).toEqual([2, `pipeline: --out ${file} is a file, not a folder; name a folder (it is made if missing)`]);
    }, 120_000);
  });
});
