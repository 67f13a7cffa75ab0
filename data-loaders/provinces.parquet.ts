// provinces.parquet: the 63 provinces with their region and the unit each became in 2025.
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";

const loader = defineLoader({
  output: "provinces.parquet",
  async load(context) {
    return queryToParquet(await context.db(), "SELECT * FROM provinces ORDER BY units DESC, code");
  },
});
export default loader;
await runIfMain(import.meta, loader);
