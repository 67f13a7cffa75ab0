// document_texts.parquet: the full text of each document, for the page that shows a quote in place.
import { defineLoader, runIfMain } from "../src/pipeline/loader.ts";
import { queryToParquet } from "../src/db/duckdb.ts";

const loader = defineLoader({
  output: "document_texts.parquet",
  async load(context) {
    return queryToParquet(await context.db(), "SELECT file, text FROM documents ORDER BY file");
  },
});
export default loader;
await runIfMain(import.meta, loader);
