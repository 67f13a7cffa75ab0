// collect_next.parquet: the missing province-indicator-years ranked by how many targets each would
// let the site judge (the "what to collect next" view of the Dữ liệu page).
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("collect_next.parquet", "SELECT * FROM collect_next ORDER BY targets_unlocked DESC, units, province_code, indicator_code, year");
export default loader;
await runIfMain(import.meta, loader);
