// overview_cells.parquet: what the overview page counts and draws, pre-aggregated so that the
// page does not grow with the country: one row per province, indicator, target year and status,
// with how many targets it holds (`targets`) and the one of them the scoreboard shows for it (the
// longest period, then the first id: the page then picks among a cell's rows by its own rule,
// period, year, status). The latest year with actuals rides on every row; with no target at all,
// one row carries it alone (its target columns NULL). The 2025-2030 pace chart reads
// overview_pace.parquet, only when that term is chosen.
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryRows, queryToParquet } from "../src/db/duckdb.ts";
import { inScope, KEPT_ROW, previousRows, sameRows } from "../src/pipeline/scope.ts";

const CELLS = `
  SELECT units, province_code, province_name, indicator_code, target_year, status,
         CAST(count(*) OVER cell AS INTEGER) AS targets,
         target_id, kind, comparator, target_low, target_high, stated_low, unit, period_start, period_ended, latest_year, latest_value
  FROM progress
  WINDOW cell AS (PARTITION BY units, province_code, indicator_code, target_year, status)
  QUALIFY row_number() OVER (cell ORDER BY target_year - coalesce(period_start, target_year) DESC, target_id) = 1`;

// The latest year of the chosen actuals. A scoped re-run, whose actuals_ranked holds some
// provinces only, takes it from actual_years (src/pipeline/scope.ts): the latest year of all
// candidates, the same, since every cell of candidates has its chosen one.
const LATEST = "SELECT max(year) AS latest_actual_year FROM actuals_ranked WHERE chosen";
const LATEST_SCOPED = "SELECT max_year AS latest_actual_year FROM actual_years";
const withLatestYear = (cells: string, latest = LATEST) => `
  WITH facts AS (${latest}),
  cells AS (${cells})
  SELECT c.*, f.latest_actual_year
  FROM facts f LEFT JOIN cells c ON true
  ORDER BY c.units, c.province_code, c.indicator_code, c.target_year, c.status`;

const loader = defineLoader({
  output: "overview_cells.parquet",
  async load(context) {
    return queryToParquet(await context.db(), withLatestYear(CELLS));
  },
  // A scoped re-run (src/pipeline/scope.ts): the other groups' cells from the current file (not
  // its row without a target), each row with the latest year of all actuals as now; the current
  // file itself when neither the groups' cells nor that year changed.
  async splice(context, previous) {
    const conn = await context.db();
    const kept = await previousRows(conn, CELLS, previous);
    const [{ same_year }] = await queryRows<{ same_year: boolean }>(
      conn,
      `SELECT (SELECT max_year FROM actual_years) IS NOT DISTINCT FROM (SELECT max(latest_actual_year) FROM read_parquet('${previous.replaceAll("'", "''")}')) AS same_year`,
    );
    if (same_year && (await sameRows(conn, CELLS, `${kept} WHERE p.units IS NOT NULL AND ${inScope("p")}`))) return null;
    return queryToParquet(conn, withLatestYear(`${kept} WHERE p.units IS NOT NULL AND ${KEPT_ROW} UNION ALL SELECT * FROM (${CELLS})`, LATEST_SCOPED));
  },
});
export default loader;
await runIfMain(import.meta, loader);
