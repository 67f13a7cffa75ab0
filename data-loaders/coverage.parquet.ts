// coverage.parquet: province × indicator × year, whether a value exists and from what source.
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";
import { sqlFile } from "../src/db/sql-file.ts";

const loader = defineLoader({
  output: "coverage.parquet",
  async load(context) {
    return queryToParquet(await context.db(), sqlFile(new URL("./sql/coverage.sql", import.meta.url)));
  },
});
export default loader;
await runIfMain(import.meta, loader);
