// changes.parquet after an analyst adds a year: the target whose status changed, with the lines
// that caused it, and each value added or replaced, with its file and line. Computed by hand:
// Hà Tĩnh's 2030 target "GRDP bình quân đầu người đạt 150 triệu đồng", base year 2025.
// Before: one value (2025: 100, estimate) → no_data (two points are needed).
// After 2026.csv: 2025 official 104 replaces the estimate, 2026 is 110. Achieved growth
// 110/104 − 1 = 5,769 %; required from the base (150/104)^(1/5) − 1 = 7,600 %; ratio 0,759,
// between 0,60 and 0,95 → needs_acceleration. The period runs to 2030 (as of 01/12/2026), so
// the rules for running periods apply both before and after the verdicts of ended periods.
import { afterAll, beforeAll, expect, test } from "vitest";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { readParquetFile } from "../helpers/parquet.ts";

const HEADER = "province,indicator,year,value,unit,status,source\n";
let data: DataDir;
const asOf = process.env.CHITIEU_AS_OF;
beforeAll(() => {
  process.env.CHITIEU_AS_OF = "2026-12-01";
  data = makeDataDir({ documents: false });
  data.write("documents.csv", "file,province,province_code,units,doc_type,published,term_start,term_end,publisher,title,source_url\nhatinh_test.txt,Hà Tĩnh,42,34,party_congress_resolution,2025-10-01,2025,2030,Tỉnh ủy Hà Tĩnh,Nghị quyết Đại hội,\n");
  data.write("documents/hatinh_test.txt", "Các chỉ tiêu chủ yếu đến năm 2030:\n- GRDP bình quân đầu người đạt 150 triệu đồng.\n");
  data.write("actuals/a.csv", HEADER + "42,grdp_per_capita,2025,100,million_vnd,estimate,Cục Thống kê Hà Tĩnh\n");
});
afterAll(() => {
  if (asOf === undefined) delete process.env.CHITIEU_AS_OF;
  else process.env.CHITIEU_AS_OF = asOf;
  data?.dispose();
});

const run = () => runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
const changes = async () =>
  (await readParquetFile(join(data.out, "changes.parquet"))).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)));

test("a first run has nothing to compare with, and says so", async () => {
  await run();
  expect(await changes()).toEqual([{ change: "no_previous_run" }]);
  const [target] = await readParquetFile(join(data.out, "progress.parquet"));
  expect([target.indicator_code, target.target_low, target.target_year, target.status]).toEqual(["grdp_per_capita", 150, 2030, "no_data"]);
});

test("after a year is added: the status that changed with its causes, the values added and replaced with file and line", async () => {
  data.write("actuals/2026.csv", HEADER + "Hà Tĩnh,grdp_per_capita,2025,104,million_vnd,official,Cục Thống kê Hà Tĩnh\nHà Tĩnh,grdp_per_capita,2026,110,million_vnd,estimate,Cục Thống kê Hà Tĩnh\n");
  await run();
  const [target] = await readParquetFile(join(data.out, "progress.parquet"));
  expect(target.ratio).toBeCloseTo((110 / 104 - 1) / ((150 / 104) ** (1 / 5) - 1), 12);
  const common = { units: "34", province_code: "42", province_name: "Hà Tĩnh", indicator_code: "grdp_per_capita", indicator_name_vi: expect.any(String) };
  expect(await changes()).toEqual([
    {
      change: "status_changed", ...common, target_id: target.target_id, target_year: 2030, doc: "hatinh_test.txt",
      quote: expect.stringContaining("150 triệu đồng"), status_before: "no_data", status_after: "needs_acceleration",
      file: "actuals/2026.csv", line: 2, causes: "actuals/2026.csv:2 (2025); actuals/2026.csv:3 (2026)",
    },
    {
      change: "value_added", ...common, year: 2026, value_after: 110, unit: "million_vnd", value_status_after: "estimate",
      source: "Cục Thống kê Hà Tĩnh", file: "actuals/2026.csv", line: 3,
    },
    {
      // A 2025 value belongs to the 63 provinces (Hà Tĩnh kept its code in 2025); it counts for the unit it joined.
      change: "value_replaced", ...common, units: "63", year: 2025, value_before: 100, value_after: 104, unit: "million_vnd",
      value_status_before: "estimate", value_status_after: "official", source: "Cục Thống kê Hà Tĩnh", file: "actuals/2026.csv", line: 2,
    },
    { change: "input_added", file: "actuals/2026.csv" },
  ]);
});

test("the same inputs again publish nothing: the page keeps the last change", async () => {
  const before = readFileSync(join(data.out, "changes.parquet"));
  expect(await run()).toEqual({ written: [], removed: [], unchanged: expect.arrayContaining(["progress.parquet", "run-info.json"]) });
  expect(readFileSync(join(data.out, "changes.parquet")).equals(before)).toBe(true);
});

test("taking the year out again reverses the changes", async () => {
  rmSync(join(data.dir, "actuals", "2026.csv"));
  await run();
  const rows = await changes();
  expect(rows.map((r) => [r.change, r.status_before ?? r.value_before ?? null, r.status_after ?? r.value_after ?? null, r.file, r.line ?? null])).toEqual([
    ["status_changed", "needs_acceleration", "no_data", "actuals/a.csv", 2],
    ["value_replaced", 104, 100, "actuals/a.csv", 2],
    ["value_removed", 110, null, "actuals/2026.csv", 3],
    ["input_removed", null, null, "actuals/2026.csv", null],
  ]);
});
