// reviews.parquet: every review in data/reviews/ and what became of it (applied, superseded by a
// later review of the same figure, or orphaned because the figure is no longer found).
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const query = `
  SELECT 'figure' AS review_kind, file, line, figure_id, action, status, doc, changes, note, reviewer,
         NULL AS province_code, NULL AS indicator_code, NULL::INTEGER AS year
  FROM review_statuses
  UNION ALL
  SELECT 'actual choice', file, line, NULL, 'choose',
         CASE WHEN EXISTS (SELECT 1 FROM actuals_ranked r WHERE r.review_choice AND r.chosen AND r.units = c.units
                AND r.province_code = c.province_code AND r.indicator_code = c.indicator_code AND r.year = c.year)
              THEN 'applied' ELSE 'orphaned' END,
         NULL, json_object('value', value, 'source', source)::VARCHAR, note, reviewer, province_code, indicator_code, year
  FROM actual_choices c
  ORDER BY 1, 2, 3`;

const loader = queryLoader("reviews.parquet", query);
export default loader;
await runIfMain(import.meta, loader);
