// reviews.parquet: every review in data/reviews/ and what became of it (applied, superseded by a
// later review of the same figure, or orphaned because the figure is no longer found).
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";
import { inScope } from "../src/pipeline/scope.ts";

/** `choiceStatus`: whether an analyst's choice among the actuals (alias c) was applied. */
const query = (choiceStatus: string) => `
  SELECT 'figure' AS review_kind, file, line, figure_id, action, status, doc, changes, note, reviewer,
         NULL AS province_code, NULL AS indicator_code, NULL::INTEGER AS year
  FROM review_statuses
  UNION ALL
  SELECT 'actual choice', file, line, NULL, 'choose', ${choiceStatus},
         NULL, json_object('value', value, 'source', source)::VARCHAR, note, reviewer, province_code, indicator_code, year
  FROM actual_choices c
  ORDER BY 1, 2, 3`;

const APPLIED = `
  CASE WHEN EXISTS (SELECT 1 FROM actuals_ranked r WHERE r.review_choice AND r.chosen AND r.units = c.units
         AND r.province_code = c.province_code AND r.indicator_code = c.indicator_code AND r.year = c.year)
       THEN 'applied' ELSE 'orphaned' END`;

const loader = defineLoader({
  output: "reviews.parquet",
  async load(context) {
    return queryToParquet(await context.db(), query(APPLIED));
  },
  // A scoped re-run (src/pipeline/scope.ts) ranked only some groups' actuals: a choice of another
  // group keeps the status the current file gives it (a choice is one file's line).
  async splice(context, previous) {
    const kept = `(SELECT p.status FROM read_parquet('${previous.replaceAll("'", "''")}') p WHERE p.review_kind = 'actual choice' AND p.file = c.file AND p.line = c.line)`;
    return queryToParquet(await context.db(), query(`CASE WHEN ${inScope("c")} THEN ${APPLIED} ELSE ${kept} END`));
  },
});
export default loader;
await runIfMain(import.meta, loader);
