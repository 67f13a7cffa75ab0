// index_counts.parquet: what the index pages of the provinces (/tinh/) and of the indicators
// (/chi-so/) count. Per unit and indicator, one row per status with the number of targets
// (progress.parquet's rows) and one row without a status with the number of actual values
// (actuals.parquet's rows). The two pages downloaded progress and actuals whole only to count
// their rows: 3,5 MB at the 10× set and 10,2 MB at 100×, against 18,5 and 12,6 kB for these counts.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const order = "units, province_code, indicator_code, status";
const query = `
  SELECT units, province_code, indicator_code, status, count(*)::INTEGER AS targets, 0 AS actual_values
  FROM progress
  GROUP BY units, province_code, indicator_code, status
  UNION ALL
  SELECT units, province_code, indicator_code, NULL, 0, count(*)::INTEGER
  FROM actuals_ranked WHERE chosen
  GROUP BY units, province_code, indicator_code
  ORDER BY ${order}`;

const loader = queryLoader("index_counts.parquet", query, order);
export default loader;
await runIfMain(import.meta, loader);
