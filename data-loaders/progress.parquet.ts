// progress.parquet: one row per target, with the achieved and required growth, the ratio and the
// status (achieved, on track, needs acceleration, limited progress, deteriorating, no data).
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";

const loader = defineLoader({
  output: "progress.parquet",
  async load(context) {
    return queryToParquet(await context.db(), "SELECT * FROM progress");
  },
});
export default loader;
await runIfMain(import.meta, loader);
