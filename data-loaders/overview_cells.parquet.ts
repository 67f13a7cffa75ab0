// overview_cells.parquet: what the overview page counts and draws, pre-aggregated so that the
// page does not grow with the country: one row per province, indicator, target year and status,
// with how many targets it holds (`targets`) and the one of them the scoreboard shows for it (the
// longest period, then the first id: the page then picks among a cell's rows by its own rule,
// period, year, status). The latest year with actuals rides on every row; with no target at all,
// one row carries it alone (its target columns NULL). The 2025-2030 pace chart reads
// overview_pace.parquet, only when that term is chosen.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const query = `
  WITH facts AS (SELECT max(year) AS latest_actual_year FROM actuals_ranked WHERE chosen),
  cells AS (
    SELECT units, province_code, province_name, indicator_code, target_year, status,
           CAST(count(*) OVER cell AS INTEGER) AS targets,
           target_id, kind, comparator, target_low, target_high, stated_low, unit, period_start, period_ended, latest_year, latest_value
    FROM progress
    WINDOW cell AS (PARTITION BY units, province_code, indicator_code, target_year, status)
    QUALIFY row_number() OVER (cell ORDER BY target_year - coalesce(period_start, target_year) DESC, target_id) = 1
  )
  SELECT c.*, f.latest_actual_year
  FROM facts f LEFT JOIN cells c ON true
  ORDER BY c.units, c.province_code, c.indicator_code, c.target_year, c.status`;

const loader = queryLoader("overview_cells.parquet", query);
export default loader;
await runIfMain(import.meta, loader);
