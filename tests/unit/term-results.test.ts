// Term results in data/actuals/: files whose header has period_start and period_end. Checked by
// the same functions as yearly actuals, with the same FILE:LINE:COLUMN messages; a one-year row
// joins the yearly actuals, a period row the term results.
import { afterAll, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readIndicators, readProvinces } from "../../src/ingest/catalog.ts";
import { ProvinceResolver } from "../../src/ingest/province-resolver.ts";
import { isTermResultsHeader, readTermResultsFiles, termResultConflicts } from "../../src/ingest/term-results.ts";
import { Problem } from "../../src/ingest/problems.ts";

const indicators = new Map(readIndicators("data/catalog/indicators.csv", []).map((i) => [i.code, i]));
const provinces = new ProvinceResolver(readProvinces("data/catalog/provinces.csv", []));
const dir = mkdtempSync(join(tmpdir(), "chitieu-terms-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = "province,units,indicator,period_start,period_end,value,unit,status,source,quote,note";

function read(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const problems: Problem[] = [];
  const result = readTermResultsFiles([file], { indicators, provinces }, problems);
  problems.push(...termResultConflicts(result.periods, (f) => join(dir, f)));
  return { file, ...result, messages: problems.map(String) };
}

test("a term-results header is told from a yearly one", () => {
  expect(isTermResultsHeader(HEADER.split(","))).toBe(true);
  expect(isTermResultsHeader("province,indicator,year,value,unit,status,source".split(","))).toBe(false);
});

describe("good rows", () => {
  test("an average over a period, a total over a period, and a one-year value", () => {
    const { periods, years, messages } = read(
      "good.csv",
      [
        HEADER,
        "82,34,grdp_growth,2021,2025,\"5,51\",%/năm,reported,https://thanhnien.vn/a,\"Tốc độ tăng trưởng bình quân đạt 5,51%/năm\",congress",
        "Đồng Tháp,34,budget_revenue,2021,2025,96400,tỷ đồng,reported,https://kinhtedothi.vn/b,,lower bound",
        "92,34,grdp_growth,2025,2025,7.23,percent_per_year,estimate,https://vneconomy.vn/c,,",
      ].join("\n"),
    );
    expect(messages).toEqual([]);
    expect(periods.map((p) => [p.units, p.province_code, p.indicator_code, p.period_start, p.period_end, p.basis, p.value, p.line])).toEqual([
      ["34", "82", "grdp_growth", 2021, 2025, "average", 5.51, 2],
      ["34", "82", "budget_revenue", 2021, 2025, "total", 96400, 3],
    ]);
    expect(years.map((y) => [y.units, y.province_code, y.indicator_code, y.year, y.value, y.status, y.line])).toEqual([["34", "92", "grdp_growth", 2025, 7.23, "estimate", 4]]);
  });
});

test("the shared collection's columns (province_code with the name beside it, source_url) read the same", () => {
  const { periods, messages } = read(
    "shared.csv",
    "province_code,units,province,indicator,period_start,period_end,value,unit,status,source_url,quote,note\n86,34,Vĩnh Long,grdp_growth,2021,2025,5.58,percent_per_year,reported,https://plo.vn/a,,\n",
  );
  expect(messages).toEqual([]);
  expect(periods.map((p) => [p.units, p.province_code, p.value, p.source])).toEqual([["34", "86", 5.58, "https://plo.vn/a"]]);
});

describe("bad rows, each with its file, line, column and what was expected", () => {
  test.each([
    [
      "a period that ends before it starts",
      "82,34,grdp_growth,2026,2025,5.5,percent_per_year,reported,https://x.vn,,",
      ':2:4: found "2026" in column "period_start"; expected a year from 2015 to 2025 (the period ends in 2025)',
    ],
    [
      "a period end that is not a year",
      "82,34,grdp_growth,2021,20255,5.5,percent_per_year,reported,https://x.vn,,",
      ':2:5: found "20255" in column "period_end"; expected a year between 1990 and 2050',
    ],
    [
      "a level over a period",
      "82,34,grdp_per_capita,2021,2025,85.5,million_vnd,reported,https://x.vn,,",
      ":2:4: found a period 2021-2025 for grdp_per_capita; expected period_start = period_end: a period's result is an average of a rate or a total of an amount, and grdp_per_capita is neither",
    ],
    [
      "words in the value",
      "82,34,grdp_growth,2021,2025,khoảng 5,percent_per_year,reported,https://x.vn,,",
      ':2:6: found "khoảng 5" in column "value"; expected a number such as 7.5 or 7,5',
    ],
    [
      "an unknown status",
      "82,34,grdp_growth,2021,2025,5.5,percent_per_year,draft,https://x.vn,,",
      ':2:8: found "draft" in column "status"; expected official, estimate or reported (or the office\'s words: chính thức, sơ bộ, ước tính, dự ước, báo cáo)',
    ],
    [
      "a province of the wrong set",
      "87,34,grdp_growth,2021,2025,5.5,percent_per_year,reported,https://x.vn,,",
      ':2:1: found "87" in column "province"; expected a statistics office code or a province name of the 34 units from 1 July 2025',
    ],
  ])("%s", (_, row, message) => {
    const { file, periods, years, messages } = read("bad.csv", `${HEADER}\n${row}\n`);
    expect(messages).toEqual([file + message]);
    expect([periods, years]).toEqual([[], []]);
  });

  test("an unknown column in the header", () => {
    const { file, messages } = read("header.csv", `${HEADER},page\n82,34,grdp_growth,2021,2025,5.5,percent_per_year,reported,https://x.vn,,,1\n`);
    expect(messages).toEqual([
      `${file}:1:12: found an unknown column "page"; expected one of province, indicator, period_start, period_end, value, unit, status, source, price_base, quote, note, published, units, province_name`,
    ]);
  });

  test("two results for the same period that disagree: a warning at the second, naming the first", () => {
    const { file, periods, messages } = read(
      "conflict.csv",
      [HEADER, "84,63,grdp_growth,2016,2020,11.95,percent_per_year,reported,https://a.vn,,", "84,63,grdp_growth,2016,2020,11.22,percent_per_year,estimate,https://b.vn,,"].join("\n"),
    );
    expect(periods).toHaveLength(2);
    expect(messages).toEqual([
      `${file}:3:6: warning: found 11.22 for Trà Vinh grdp_growth 2016-2020, where conflict.csv:2 gives 11.95; expected one value per province, indicator and period (the pipeline chooses one; README: Resolving a conflict)`,
    ]);
  });
});
