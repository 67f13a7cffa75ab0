// target_sources.parquet: every statement of every target (a document's quote, or a typed row's
// file, line and source reference), one target listing all the documents that state it.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("target_sources.parquet", "SELECT * FROM target_sources ORDER BY target_id, statement_rank");
export default loader;
await runIfMain(import.meta, loader);
