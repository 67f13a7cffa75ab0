// overview.parquet: what the overview page draws, and nothing else: one row per target with its
// province, indicator, frame, latest value and status (no quotes, ids or intermediate measures),
// and the latest year with actuals. At 10× (25.600 targets, 100.000 actuals) it is a tenth of
// progress.parquet and actuals.parquet together, which keeps the overview under 1 MB.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

// The latest year rides on every row; with no target at all, one row carries it alone (its
// target columns NULL), so the page can still say how recent the actuals are.
const query = `
  WITH facts AS (SELECT max(year) AS latest_actual_year FROM actuals_ranked WHERE chosen)
  SELECT p.units, p.province_code, p.indicator_code, p.kind, p.comparator, p.target_low, p.target_high, p.unit,
         p.base_year, p.target_year, p.latest_year, p.latest_value, p.status, f.latest_actual_year
  FROM facts f LEFT JOIN progress p ON true
  ORDER BY p.units, p.province_code, p.indicator_code, p.target_year, p.target_id`;

const loader = queryLoader("overview.parquet", query);
export default loader;
await runIfMain(import.meta, loader);
