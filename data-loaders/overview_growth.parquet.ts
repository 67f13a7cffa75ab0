// overview_growth.parquet: each province's latest GRDP growth, for the overview map's "tăng
// trưởng" colouring. The overview would otherwise load every actual of the country to pick one
// value a province.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const query = `
  SELECT units, province_code, indicator_code, year, value, source
  FROM actuals_ranked
  WHERE chosen AND indicator_code = 'grdp_growth'
  QUALIFY row_number() OVER (PARTITION BY units, province_code ORDER BY year DESC) = 1
  ORDER BY units, province_code`;

const loader = queryLoader("overview_growth.parquet", query, "units, province_code");
export default loader;
await runIfMain(import.meta, loader);
