// The overview's data files, small at national scale: overview_cells.parquet counts the targets
// by province, indicator, target year and status, each group with the target the scoreboard
// would show, and keeps the latest year of actuals even when no document has set a target yet;
// overview_pace.parquet holds the targets of the 2025-2030 views.
import { afterAll, expect, test } from "vitest";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import overviewCells from "../../data-loaders/overview_cells.parquet.ts";
import overviewPace from "../../data-loaders/overview_pace.parquet.ts";
import { openDatabase } from "../../src/db/duckdb.ts";
import type { LoaderContext } from "../../src/pipeline/context.ts";
import { makeDataDir } from "../helpers/data-dir.ts";
import { readParquetFile } from "../helpers/parquet.ts";

const data = makeDataDir({ documents: false, actuals: true });
afterAll(() => data.dispose());

test("with actuals and no document, one row says the latest year of actuals, and no target", async () => {
  data.write("actuals/2026.csv", "province,indicator,year,value,unit,status,source\n42,grdp_growth,2026,8.1,percent_per_year,estimate,Cục Thống kê Hà Tĩnh\n");
  await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
  const rows = await readParquetFile(join(data.out, "overview_cells.parquet"));
  expect(rows).toHaveLength(1);
  expect(rows[0].latest_actual_year).toBe(2026);
  expect(rows[0].status).toBeNull();
  expect(rows[0].indicator_code).toBeNull();
  expect(rows[0].targets).toBeNull();
  expect(await readParquetFile(join(data.out, "overview_pace.parquet"))).toHaveLength(0);
}, 120_000);

/** Runs a loader over a database holding only the given progress rows and one chosen actual. */
async function loadOver(loader: typeof overviewCells, progressValues: string): Promise<Record<string, unknown>[]> {
  const conn = await openDatabase({ threads: 1 });
  await conn.run(`CREATE TABLE actuals_ranked AS SELECT 2024 AS year, true AS chosen UNION ALL SELECT 2030, false`);
  await conn.run(`CREATE TABLE progress AS SELECT * FROM (VALUES ${progressValues}) AS t(
    target_id, units, province_code, province_name, indicator_code, kind, comparator, target_low, target_high, stated_low, unit,
    period_start, target_year, period_ended, status, latest_year, latest_value, baseline_value, required_pace, best_pace, best_pace_year, median_pace, feasibility)`);
  const bytes = await loader.load({ dataDir: "", log: () => {}, db: async () => conn } satisfies LoaderContext);
  return parquetReadObjects({ file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
}

const row = (id: string, units: string, code: string, indicator: string, kind: string, start: string, year: number, status: string, pace = "NULL") =>
  `('${id}', '${units}', '${code}', 'Tỉnh ${code}', '${indicator}', '${kind}', 'gte', 7.0, NULL, 7.0, 'percent', ${start}, ${year}, ${year < 2026}, '${status}', 2024, 6.5, 6.0, ${pace}, 8.0, 2018, 6.8, 'possible')`;

test("overview_cells counts each group's targets and keeps the one with the longest period, then the first id", async () => {
  const rows = await loadOver(overviewCells, [
    row("b", "63", "82", "grdp_growth", "avg_growth", "2021", 2025, "achieved"),
    row("a", "63", "82", "grdp_growth", "avg_growth", "2021", 2025, "achieved"),
    row("0", "63", "82", "grdp_growth", "annual", "NULL", 2025, "achieved"),
    row("c", "63", "82", "grdp_growth", "annual", "2025", 2025, "not_achieved"),
    row("d", "63", "82", "grdp_growth", "avg_growth", "2016", 2020, "no_data"),
    row("e", "63", "80", "poverty_rate", "level", "2021", 2025, "achieved"),
  ].join(", "));
  // Four groups: 82's growth in 2025 achieved (a, b and 0: a and b span 2021-2025, a is first),
  // 82's growth in 2025 not achieved (c), 82's growth in 2020 (d), 80's poverty rate (e).
  expect(rows.map((r) => [r.province_code, r.indicator_code, r.target_year, r.status, r.targets, r.target_id])).toEqual([
    ["80", "poverty_rate", 2025, "achieved", 1, "e"],
    ["82", "grdp_growth", 2020, "no_data", 1, "d"],
    ["82", "grdp_growth", 2025, "achieved", 3, "a"],
    ["82", "grdp_growth", 2025, "not_achieved", 1, "c"],
  ]);
  // The shown target keeps what the scoreboard writes of it, and every row the latest chosen year.
  expect(rows[2]).toMatchObject({ kind: "avg_growth", comparator: "gte", target_low: 7, period_start: 2021, latest_year: 2024, latest_value: 6.5 });
  expect(rows.every((r) => r.latest_actual_year === 2024)).toBe(true);
});

test("overview_pace holds the targets with a required pace and the 34 units' GRDP growth targets, no others", async () => {
  const rows = await loadOver(overviewPace, [
    row("p", "34", "82", "export_value", "level", "2026", 2030, "on_track", "9.5"),
    row("g", "34", "86", "grdp_growth", "avg_growth", "2026", 2030, "no_data"),
    row("h", "63", "86", "grdp_growth", "avg_growth", "2021", 2025, "achieved"),
    row("i", "34", "86", "poverty_rate", "level", "2026", 2030, "no_data"),
  ].join(", "));
  expect(rows.map((r) => [r.target_id, r.required_pace])).toEqual([["p", 9.5], ["g", null]]);
});
