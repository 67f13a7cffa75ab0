// Targets typed from paper (data/targets/*.csv): every bad row gets its file, line, column and what
// was expected; a typed target that a document also states is one target with both sources; one
// that no document states is a target of its own, shown with its source reference.
import { afterAll, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readIndicators, readProvinces } from "../../src/ingest/catalog.ts";
import { ProvinceResolver } from "../../src/ingest/province-resolver.ts";
import { readTypedTargetFiles, TYPED_TARGET_COLUMNS } from "../../src/ingest/typed-targets.ts";
import { Problem } from "../../src/ingest/problems.ts";
import { measure } from "../helpers/warehouse.ts";

const indicators = new Map(readIndicators("data/catalog/indicators.csv", []).map((i) => [i.code, i]));
const provinces = new ProvinceResolver(readProvinces("data/catalog/provinces.csv", []));
const dir = mkdtempSync(join(tmpdir(), "chitieu-typed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = "province,units,indicator,kind,comparator,value_low,value_high,unit,period_start,year,source_title,page,source_url,note,quote";
const GOOD = "42,34,grdp_growth,avg_growth,gte,10,,percent_per_year,2026,2030,Nghị quyết Đại hội XX,tr. 5,https://hatinh.gov.vn/nq,,tăng trưởng bình quân trên 10%/năm";

function read(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const problems: Problem[] = [];
  const targets = readTypedTargetFiles([file], { indicators, provinces }, problems);
  return { file, targets, messages: problems.map(String) };
}

test("a good row", () => {
  const { targets, messages } = read("good.csv", `${HEADER}\n${GOOD}\n`);
  expect(messages).toEqual([]);
  expect(targets).toEqual([
    {
      file: "good.csv", line: 2, units: "34", province_code: "42", province_name: "Hà Tĩnh", indicator_code: "grdp_growth", kind: "avg_growth", comparator: "gte",
      value_low: 10, value_high: null, unit: "percent_per_year", period_start: 2026, year: 2030, quote: "tăng trưởng bình quân trên 10%/năm",
      source_title: "Nghị quyết Đại hội XX", page: "tr. 5", source_url: "https://hatinh.gov.vn/nq", published: null, note: "",
    },
  ]);
});

describe("bad rows", () => {
  test.each([
    ["a kind that is not one", GOOD.replace("avg_growth", "average"), ':2:4: found "average" in column "kind"; expected one of level, avg_growth, cumulative, annual, annual_change'],
    ["a comparator that is not one", GOOD.replace(",gte,", ",over,"), ':2:5: found "over" in column "comparator"; expected eq, gte (từ, trên), lte (dưới) or range (a - b)'],
    ["a range without its upper end", GOOD.replace(",gte,", ",range,"), ':2:7: found "" in column "value_high"; expected the upper end of the range (comparator range)'],
    ["an upper end without a range", GOOD.replace(",gte,10,,", ",gte,10,11,"), ':2:7: found "11" in column "value_high"; expected nothing: only a range (comparator range) has an upper end, and the comparator is gte'],
    ["a range upside down", GOOD.replace(",gte,10,,", ",range,10,9,"), ':2:7: found "9" in column "value_high"; expected a value not below value_low (10)'],
    ["an unknown indicator", GOOD.replace("grdp_growth", "gdp_growth"), ':2:3: found "gdp_growth" in column "indicator"; expected an indicator code of data/catalog/indicators.csv'],
    ["a unit that does not convert", GOOD.replace("percent_per_year", "tỷ đồng"), ':2:8: found "tỷ đồng" in column "unit"; expected a unit convertible to percent_per_year, the unit of grdp_growth, or one of usd, times_2025, million_vnd_per_month'],
    ["a value in words", GOOD.replace(",gte,10,", ",gte,mười,"), ':2:6: found "mười" in column "value_low"; expected a number such as 7.5 or 7,5'],
    ["a period that starts after its target year", GOOD.replace(",2026,2030,", ",2031,2030,"), ':2:9: found "2031" in column "period_start"; expected a year no later than the target year 2030'],
    ["no source at all", GOOD.replace("Nghị quyết Đại hội XX,tr. 5,https://hatinh.gov.vn/nq", ",,"), ':2:11: found "" in column "source_title"; expected the title of the document the target is typed from (or its URL in source_url)'],
    ["a province of the wrong set", GOOD.replace("42,34,", "87,34,"), ':2:1: found "87" in column "province"; expected a statistics office code or a province name of the 34 units from 1 July 2025'],
  ])("%s", (_, row, message) => {
    const { file, targets, messages } = read("bad.csv", `${HEADER}\n${row}\n`);
    expect(messages).toEqual([file + message]);
    expect(targets).toEqual([]);
  });

  test("a header without a column", () => {
    const { file, messages } = read("header.csv", `${HEADER.replace(",source_url", "")}\n${GOOD.replace(",https://hatinh.gov.vn/nq", "")}\n`);
    expect(messages).toEqual([`${file}:1:15: found no column "source_url" in the header (${HEADER.replace(",source_url", "")}); expected the columns ${TYPED_TARGET_COLUMNS.join(",")}`]);
  });

  test("the shared collection's column names (unit_code, indicator_code, phrase) read the same", () => {
    const header = "unit_code,province,indicator_code,kind,comparator,value_low,value_high,unit,period_start,year,phrase,source_title,source_url,published,note";
    const row = "42,Hà Tĩnh,grdp_growth,avg_growth,gte,10,,percent_per_year,2026,2030,tăng trưởng bình quân trên 10%/năm,Nghị quyết Đại hội XX,https://hatinh.gov.vn/nq,2025-10-01,";
    const { targets, messages } = read("shared.csv", `${header}\n${row}\n`);
    expect(messages).toEqual([]);
    expect(targets.map((t) => [t.units, t.province_code, t.indicator_code, t.value_low, t.quote, t.page, t.published])).toEqual([
      ["34", "42", "grdp_growth", 10, "tăng trưởng bình quân trên 10%/năm", "", "2025-10-01"],
    ]);
    // A problem in a renamed column is placed at its own column (3, indicator_code).
    expect(read("shared-bad.csv", `${header}\n${row.replace("grdp_growth", "gdp")}\n`).messages[0]).toMatch(/shared-bad\.csv:2:3: found "gdp"/);
  });

  test("a value stated in US dollars is kept, and its measures say the unit does not convert", async () => {
    const { targets, messages } = read("usd.csv", `${HEADER}\n42,34,grdp_per_capita,level,gte,5000,,usd,,2030,Nghị quyết,,https://x.vn,,\n`);
    expect(messages).toEqual([]);
    const { rows } = await measure([], [], { asOf: "2026-12-01", typedTargets: targets });
    expect(rows.map((r) => [r.indicator_code, r.unit_stated, r.stated_low, r.target_low, r.status, r.reason_code])).toEqual([["grdp_per_capita", "usd", 5000, null, "no_data", "unit_mismatch"]]);
  });
});

describe("typed and extracted targets together", () => {
  // Hà Tĩnh's 2026-2030 growth target, stated in a document and typed from the printed resolution.
  const figure = { id: "f00000000001", doc: "hatinh", province: "42", units: "34" as const, indicator: "grdp_growth", kind: "avg_growth" as const, comparator: "gte" as const, low: 10, period_start: 2026, year: 2030, term: [2025, 2030] as [number, number], quote: "tăng trưởng kinh tế bình quân trên 10%/năm" };

  test("a typed target with the same meaning as an extracted one is one target with both sources", async () => {
    const { targets } = read("twin.csv", `${HEADER}\n${GOOD}\n`);
    const { rows, query } = await measure([figure], [], { asOf: "2026-12-01", typedTargets: targets });
    expect(rows.map((r) => [r.target_id, r.source_count, r.source_type, r.quote])).toEqual([["f00000000001", 2, "document", figure.quote]]);
    const sources = await query("SELECT target_id, source_type, doc, figure_id, quote, file, line, source_title, page, source_url, phrase FROM target_sources ORDER BY statement_rank");
    expect(sources).toEqual([
      { target_id: "f00000000001", source_type: "document", doc: "hatinh.txt", figure_id: "f00000000001", quote: figure.quote, file: null, line: null, source_title: "", page: null, source_url: "", phrase: null },
      { target_id: "f00000000001", source_type: "typed", doc: null, figure_id: null, quote: null, file: "twin.csv", line: 2, source_title: "Nghị quyết Đại hội XX", page: "tr. 5", source_url: "https://hatinh.gov.vn/nq", phrase: "tăng trưởng bình quân trên 10%/năm" },
    ]);
  });

  test("the same target in tỷ USD and in triệu USD is one target", async () => {
    const { targets } = read("usd-twin.csv", `${HEADER}\n42,34,export_turnover,level,gte,4.5,,tỷ USD,,2030,Nghị quyết,,https://x.vn,,\n`);
    const { rows } = await measure([{ id: "f00000000002", doc: "hatinh", province: "42", units: "34", indicator: "export_turnover", kind: "level", comparator: "gte", low: 4500, unit: "million_usd", year: 2030, term: [2025, 2030] }], [], {
      asOf: "2026-12-01",
      typedTargets: targets,
    });
    expect(rows.map((r) => [r.target_id, r.target_low, r.source_count])).toEqual([["f00000000002", 4500, 2]]);
  });

  test("a typed target no document states is a target of its own, with its source reference", async () => {
    const { targets } = read("alone.csv", `${HEADER}\n${GOOD.replace(",gte,10,", ",gte,11,")}\n`);
    const { rows } = await measure([figure], [{ province: "42", units: "34", indicator: "grdp_growth", year: 2025, value: 8.78 }], { asOf: "2026-12-01", typedTargets: targets });
    const typed = rows.find((r) => r.source_type === "typed")!;
    expect(rows).toHaveLength(2);
    expect([typed.doc, typed.target_low, typed.source_count, typed.source_title, typed.source_page, typed.source_url, typed.quote, typed.term_label]).toEqual([
      null, 11, 1, "Nghị quyết Đại hội XX", "tr. 5", "https://hatinh.gov.vn/nq", "tăng trưởng bình quân trên 10%/năm", "2026–2030",
    ]);
    // It is measured like any other: 11 % required a year from the 2025 baseline of 8,78 %.
    expect([typed.baseline_year, typed.baseline_value, typed.required_pace]).toEqual([2025, 8.78, 11]);
  });
});
