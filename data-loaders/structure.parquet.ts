// structure.parquet: sector shares of GRDP by province and year, their sum check and shifts, against the target structures.
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";

const loader = defineLoader({
  output: "structure.parquet",
  async load(context) {
    return queryToParquet(await context.db(), "SELECT * FROM structure");
  },
});
export default loader;
await runIfMain(import.meta, loader);
