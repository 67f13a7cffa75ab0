// structure.parquet: sector shares of GRDP by province and year, their basis, sum check and shifts, against the target structures on their basis.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("structure.parquet", "SELECT * FROM structure ORDER BY units, province_code, year, sector, target_id");
export default loader;
await runIfMain(import.meta, loader);
