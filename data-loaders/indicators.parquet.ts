// indicators.parquet: the indicator catalog (code, names, canonical unit, direction, aliases).
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("indicators.parquet", "SELECT * FROM indicators ORDER BY code");
export default loader;
await runIfMain(import.meta, loader);
