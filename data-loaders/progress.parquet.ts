// progress.parquet: one row per target, with the achieved and required growth, the ratio and the
// status (achieved, on track, needs acceleration, limited progress, deteriorating, no data).
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("progress.parquet", "SELECT * FROM progress");
export default loader;
await runIfMain(import.meta, loader);
