// coverage.parquet: province × indicator × year, whether a value exists and from what source.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";
import { sqlFile } from "../src/db/sql-file.ts";

const loader = queryLoader("coverage.parquet", sqlFile(new URL("./sql/coverage.sql", import.meta.url)), "units, province_code, indicator_code, year");
export default loader;
await runIfMain(import.meta, loader);
