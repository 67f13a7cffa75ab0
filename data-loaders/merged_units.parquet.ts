// merged_units.parquet: values of the 34 units formed on 1 July 2025 computed from their parts.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

// The order is a total key: a scoped re-run splices the file on it (src/pipeline/scope.ts).
const order = "province_code, indicator_code, year";
const loader = queryLoader("merged_units.parquet", `SELECT * FROM merged_units ORDER BY ${order}`, order);
export default loader;
await runIfMain(import.meta, loader);
