// growth.parquet: actual growth against each growth target's band, and the index paths (base year = 100).
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader, UNIT_READ } from "../src/pipeline/query-loader.ts";

// The order is a total key: a scoped re-run splices the file on it (src/pipeline/scope.ts).
const order = "units, province_code, target_id, year";
const loader = queryLoader("growth.parquet", `SELECT * FROM growth ORDER BY ${order}`, order, UNIT_READ);
export default loader;
await runIfMain(import.meta, loader);
