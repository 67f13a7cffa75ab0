// indicators.parquet: the indicator catalog (code, names, canonical unit, direction, aliases).
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";

const loader = defineLoader({
  output: "indicators.parquet",
  async load(context) {
    return queryToParquet(await context.db(), "SELECT * FROM indicators ORDER BY code");
  },
});
export default loader;
await runIfMain(import.meta, loader);
