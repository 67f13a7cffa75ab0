// actuals_candidates.parquet: every value of every source (CSV rows and documents' reported
// results), with its rank and whether it was chosen.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

// Sorted on candidate_order, which is the order units, province_code, indicator_code, year,
// candidate_rank (src/pipeline/sql/actuals_ranked.sql): one number to sort on, not five columns.
const query = `
  SELECT units, province_code, province_name, indicator_code, year, value, unit, status, source, source_kind,
         price_base, quote, note, published, value_original, unit_original, file, line,
         review_choice, candidate_rank::INTEGER AS candidate_rank, candidates::INTEGER AS candidates, chosen, choice_reason
  FROM actuals_ranked
  ORDER BY candidate_order`;

const loader = queryLoader("actuals_candidates.parquet", query, "units, province_code, indicator_code, year, candidate_rank");
export default loader;
await runIfMain(import.meta, loader);
