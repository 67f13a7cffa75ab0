// growth.parquet: actual growth against each growth target's band, and the index paths (base year = 100).
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";

const loader = defineLoader({
  output: "growth.parquet",
  async load(context) {
    return queryToParquet(await context.db(), "SELECT * FROM growth");
  },
});
export default loader;
await runIfMain(import.meta, loader);
