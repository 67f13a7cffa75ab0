// documents.parquet: the documents' metadata (province, term, publisher, source) and length.
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";

const loader = defineLoader({
  output: "documents.parquet",
  async load(context) {
    return queryToParquet(await context.db(), "SELECT * EXCLUDE (text) FROM documents ORDER BY file");
  },
});

export default loader;
await runIfMain(import.meta, loader);
