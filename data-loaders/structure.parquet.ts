// structure.parquet: sector shares of GRDP by province and year, their basis, sum check and shifts, against the target structures on their basis.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader, UNIT_READ } from "../src/pipeline/query-loader.ts";

// The order is a total key: a scoped re-run splices the file on it (src/pipeline/scope.ts).
const order = "units, province_code, year, sector, target_id";
const loader = queryLoader("structure.parquet", `SELECT * FROM structure ORDER BY ${order}`, order, UNIT_READ);
export default loader;
await runIfMain(import.meta, loader);
