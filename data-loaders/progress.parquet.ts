// progress.parquet: one row per target (its sources merged), with its verdict once its period has
// ended (achieved, not achieved, no final value) or its progress while it runs (on track, needs
// acceleration, limited progress, deteriorating, no data), the baseline, required pace and
// feasibility of a period just begun. Columns: src/metrics/OUTPUTS.md.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader, UNIT_READ } from "../src/pipeline/query-loader.ts";

// The order is a total key: a scoped re-run splices the file on it (src/pipeline/scope.ts).
const order = "units, province_code, indicator_code, target_year, target_id";
const loader = queryLoader("progress.parquet", `SELECT * FROM progress ORDER BY ${order}`, order, UNIT_READ);
export default loader;
await runIfMain(import.meta, loader);
