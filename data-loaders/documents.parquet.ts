// documents.parquet: the documents' metadata (province, term, publisher, source) and length.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("documents.parquet", "SELECT * EXCLUDE (text) FROM documents ORDER BY file");

export default loader;
await runIfMain(import.meta, loader);
