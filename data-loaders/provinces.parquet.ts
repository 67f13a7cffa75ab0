// provinces.parquet: the 63 provinces with their region and the unit each became in 2025.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("provinces.parquet", "SELECT * FROM provinces ORDER BY units DESC, code");
export default loader;
await runIfMain(import.meta, loader);
