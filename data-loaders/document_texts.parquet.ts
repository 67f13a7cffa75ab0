// document_texts.parquet: the full text of each document, for the page that shows a quote in place.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("document_texts.parquet", "SELECT file, text FROM documents ORDER BY file");
export default loader;
await runIfMain(import.meta, loader);
