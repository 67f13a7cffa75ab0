// overview.parquet: the overview page's only data file, small at national scale. It keeps the
// latest year of actuals even when no document has set a target yet.
import { afterAll, expect, test } from "vitest";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { makeDataDir } from "../helpers/data-dir.ts";
import { readParquetFile } from "../helpers/parquet.ts";

const data = makeDataDir({ documents: false, actuals: true });
afterAll(() => data.dispose());

test("with actuals and no document, one row says the latest year of actuals, and no target", async () => {
  data.write("actuals/2026.csv", "province,indicator,year,value,unit,status,source\n42,grdp_growth,2026,8.1,percent_per_year,estimate,Cục Thống kê Hà Tĩnh\n");
  await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
  const rows = await readParquetFile(join(data.out, "overview.parquet"));
  expect(rows).toHaveLength(1);
  expect(rows[0].latest_actual_year).toBe(2026);
  expect(rows[0].status).toBeNull();
  expect(rows[0].indicator_code).toBeNull();
}, 120_000);
