// structure.parquet: sector shares of GRDP by province and year, their sum check and shifts, against the target structures.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("structure.parquet", "SELECT * FROM structure");
export default loader;
await runIfMain(import.meta, loader);
