// growth.parquet: actual growth against each growth target's band, and the index paths (base year = 100).
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("growth.parquet", "SELECT * FROM growth ORDER BY units, province_code, target_id, year");
export default loader;
await runIfMain(import.meta, loader);
