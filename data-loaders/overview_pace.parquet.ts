// overview_pace.parquet: the targets behind the overview's 2025-2030 views, fetched only when that
// term is chosen: every target with a required pace from the 2025 baseline (the pace chart), and
// the 34 units' GRDP growth targets (the map coloured by the growth each unit must reach).
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const query = `
  SELECT target_id, units, province_code, province_name, indicator_code, kind, comparator, target_low, target_high,
         stated_low, unit, period_start, target_year, period_ended, status, baseline_value,
         required_pace, best_pace, best_pace_year, median_pace, feasibility
  FROM progress
  WHERE required_pace IS NOT NULL OR (indicator_code = 'grdp_growth' AND kind = 'avg_growth' AND units = '34')
  ORDER BY units, province_code, indicator_code, target_year, target_id`;

const loader = queryLoader("overview_pace.parquet", query, "units, province_code, indicator_code, target_year, target_id");
export default loader;
await runIfMain(import.meta, loader);
