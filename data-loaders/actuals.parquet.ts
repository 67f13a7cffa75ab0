// actuals.parquet: one chosen value per unit set, province, indicator and year, in the
// indicator's canonical unit, with its status, source and why it was chosen.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader, UNIT_READ } from "../src/pipeline/query-loader.ts";

// Sorted on candidate_order, which is the order units, province_code, indicator_code, year (one
// chosen value each; src/pipeline/sql/actuals_ranked.sql): one number to sort on, not four columns.
const query = `
  SELECT units, province_code, province_name, indicator_code, year, value, unit, status, source, source_kind,
         price_base, quote, note, published, value_original, unit_original, file, line,
         candidates::INTEGER AS candidates, choice_reason
  FROM actuals_ranked WHERE chosen
  ORDER BY candidate_order`;

const loader = queryLoader("actuals.parquet", query, "units, province_code, indicator_code, year", UNIT_READ);
export default loader;
await runIfMain(import.meta, loader);
