// merged_units.parquet: values of the 34 units formed on 1 July 2025 computed from their parts.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const loader = queryLoader("merged_units.parquet", "SELECT * FROM merged_units ORDER BY province_code, indicator_code, year");
export default loader;
await runIfMain(import.meta, loader);
