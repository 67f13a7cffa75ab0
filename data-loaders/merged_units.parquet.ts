// merged_units.parquet: values of the 34 units formed on 1 July 2025 computed from their parts.
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";

const loader = defineLoader({
  output: "merged_units.parquet",
  async load(context) {
    return queryToParquet(await context.db(), "SELECT * FROM merged_units ORDER BY province_code, indicator_code, year");
  },
});
export default loader;
await runIfMain(import.meta, loader);
