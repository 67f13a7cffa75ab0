// index_counts.parquet: what the index pages of provinces and indicators count, per unit and
// indicator: the targets of each status and the chosen actual values (a value another source lost
// to is not counted). The browser tests compare the pages' counts with progress and actuals.
import { expect, test } from "vitest";
import { parquetReadObjects } from "hyparquet";
import indexCounts from "../../data-loaders/index_counts.parquet.ts";
import { openDatabase } from "../../src/db/duckdb.ts";
import type { LoaderContext } from "../../src/pipeline/context.ts";
import { countsBy } from "../../docs/components/index-counts.js";

test("one row per unit, indicator and status with its targets, and one without a status with its chosen values", async () => {
  const conn = await openDatabase({ threads: 1 });
  await conn.run(`CREATE TABLE progress AS SELECT * FROM (VALUES
    ('63', '82', 'grdp_growth', 'on_track'), ('63', '82', 'grdp_growth', 'on_track'), ('63', '82', 'grdp_growth', 'off_track'),
    ('63', '82', 'poverty_rate', 'achieved'), ('34', '42', 'grdp_growth', 'no_data')) AS t(units, province_code, indicator_code, status)`);
  // Two sources for Tiền Giang's 2024 growth: one chosen. Hà Tĩnh's 2025 value alone.
  await conn.run(`CREATE TABLE actuals_ranked AS SELECT * FROM (VALUES
    ('63', '82', 'grdp_growth', 2023, true), ('63', '82', 'grdp_growth', 2024, true), ('63', '82', 'grdp_growth', 2024, false),
    ('34', '42', 'exports', 2025, true)) AS t(units, province_code, indicator_code, year, chosen)`);
  const bytes = await indexCounts.load({ dataDir: "", log: () => {}, db: async () => conn } satisfies LoaderContext);
  conn.closeSync();
  const rows = await parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
  expect(rows).toEqual([
    { units: "34", province_code: "42", indicator_code: "exports", status: null, targets: 0, actual_values: 1 },
    { units: "34", province_code: "42", indicator_code: "grdp_growth", status: "no_data", targets: 1, actual_values: 0 },
    { units: "63", province_code: "82", indicator_code: "grdp_growth", status: "off_track", targets: 1, actual_values: 0 },
    { units: "63", province_code: "82", indicator_code: "grdp_growth", status: "on_track", targets: 2, actual_values: 0 },
    { units: "63", province_code: "82", indicator_code: "grdp_growth", status: null, targets: 0, actual_values: 2 },
    { units: "63", province_code: "82", indicator_code: "poverty_rate", status: "achieved", targets: 1, actual_values: 0 },
  ]);
});

test("the pages sum the counts by province or by indicator, the targets of each status apart", () => {
  const counts = [
    { units: "63", province_code: "82", indicator_code: "grdp_growth", status: "on_track", targets: 2, actual_values: 0 },
    { units: "63", province_code: "82", indicator_code: "grdp_growth", status: null, targets: 0, actual_values: 2 },
    { units: "63", province_code: "82", indicator_code: "poverty_rate", status: "on_track", targets: 1, actual_values: 0 },
    { units: "34", province_code: "42", indicator_code: "grdp_growth", status: "no_data", targets: 1, actual_values: 0 },
  ];
  const byProvince = countsBy(counts, (r: { units: string; province_code: string }) => `${r.units}-${r.province_code}`);
  expect([...byProvince.keys()]).toEqual(["63-82", "34-42"]);
  expect(byProvince.get("63-82")).toEqual({ targets: 3, values: 2, byStatus: new Map([["on_track", 3]]) });
  expect(byProvince.get("34-42")).toEqual({ targets: 1, values: 0, byStatus: new Map([["no_data", 1]]) });
  const byIndicator = countsBy(counts, (r: { indicator_code: string }) => r.indicator_code);
  expect(byIndicator.get("grdp_growth")).toEqual({ targets: 3, values: 2, byStatus: new Map([["on_track", 2], ["no_data", 1]]) });
  expect(byIndicator.get("poverty_rate")).toEqual({ targets: 1, values: 0, byStatus: new Map([["on_track", 1]]) });
});
