// collect_next.parquet: the missing province-indicator-years ranked by how many targets each would
// let the site judge (the "what to collect next" view of the Dữ liệu page).
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

// The order is a total key: a scoped re-run splices the file on it (src/pipeline/scope.ts).
const order = "targets_unlocked DESC, units, province_code, indicator_code, year";
const loader = queryLoader("collect_next.parquet", `SELECT * FROM collect_next ORDER BY ${order}`, order);
export default loader;
await runIfMain(import.meta, loader);
