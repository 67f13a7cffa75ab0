// overview.parquet: what the overview page draws: one row per target with its province,
// indicator, frame, status, verdict and pace, without the long texts (quotes, reasons, sources),
// and the latest year with actuals. Together with overview_growth.parquet it replaces
// progress.parquet and actuals.parquet on the overview, which keeps it small at national scale.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

// The latest year rides on every row; with no target at all, one row carries it alone (its
// target columns NULL), so the page can still say how recent the actuals are.
const query = `
  WITH facts AS (SELECT max(year) AS latest_actual_year FROM actuals_ranked WHERE chosen)
  SELECT p.* EXCLUDE (quote, reason, reason_vi, baseline_reason_vi, source_title, source_page, source_url, indicator_name_en, review, missing_years, final_source, unit_stated),
         f.latest_actual_year
  FROM facts f LEFT JOIN progress p ON true
  ORDER BY p.units, p.province_code, p.indicator_code, p.target_year, p.target_id`;

const loader = queryLoader("overview.parquet", query);
export default loader;
await runIfMain(import.meta, loader);
