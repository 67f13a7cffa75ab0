// Choosing one value among several sources, analysts' choices and reviews, and the promise that
// a failed run leaves the previous outputs as they were.
import { afterEach, describe, expect, test } from "vitest";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { InputError } from "../../src/ingest/problems.ts";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { readParquetFile } from "../helpers/parquet.ts";
import { snapshotOutputs } from "../helpers/outputs.ts";

const HEADER = "province,indicator,year,value,unit,status,source,published\n";
let data: DataDir;
afterEach(() => data?.dispose());

async function chosen(indicator: string, year: number) {
  const rows = await readParquetFile(join(data.out, "actuals.parquet"));
  return rows.filter((r) => r.indicator_code === indicator && r.year === year);
}

describe("choosing among sources", () => {
  test("official over estimate over reported, then the statistics office, then the latest published", async () => {
    data = makeDataDir({ documents: false });
    data.write(
      "actuals/a.csv",
      HEADER +
        "82,grdp_growth,2019,7.26,percent_per_year,estimate,Tỉnh ủy Tiền Giang,2020-01-06\n" +
        "82,grdp_growth,2019,6.64,percent_per_year,official,Niên giám thống kê 2019,2020-06-30\n" +
        "82,grdp_growth,2020,2.0,percent_per_year,estimate,Báo Ấp Bắc,2021-01-02\n" +
        "82,grdp_growth,2020,1.8,percent_per_year,estimate,Cục Thống kê Tiền Giang,2020-12-29\n" +
        "82,grdp_growth,2021,3.0,percent_per_year,estimate,Báo A,2022-01-02\n" +
        "82,grdp_growth,2021,3.2,percent_per_year,estimate,Báo B,2022-03-01\n" +
        "82,grdp_growth,2022,7.02,percent_per_year,estimate,Báo C,\n",
    );
    await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
    expect((await chosen("grdp_growth", 2019)).map((r) => [r.value, r.choice_reason, r.candidates])).toEqual([[6.64, "status official", 2]]);
    expect((await chosen("grdp_growth", 2020)).map((r) => [r.value, r.choice_reason])).toEqual([[1.8, "statistics office source"]]);
    expect((await chosen("grdp_growth", 2021)).map((r) => [r.value, r.choice_reason])).toEqual([[3.2, "latest published"]]);
    expect((await chosen("grdp_growth", 2022)).map((r) => [r.value, r.choice_reason])).toEqual([[7.02, "only value"]]);
    const candidates = await readParquetFile(join(data.out, "actuals_candidates.parquet"));
    expect(candidates.filter((r) => r.year === 2019).map((r) => [r.value, r.chosen])).toEqual([[6.64, true], [7.26, false]]);
  });

  test("an analyst's choice in data/reviews wins, and the review file is never written", async () => {
    data = makeDataDir({ documents: false });
    data.write("actuals/a.csv", HEADER + "83,grdp_growth,2023,5.16,percent_per_year,estimate,Cục Thống kê Bến Tre,2023-12-28\n83,grdp_growth,2023,4.6,percent_per_year,estimate,Cục Thống kê Bến Tre,\n");
    const review = "province,indicator,year,value,source,note\nBến Tre,grdp_growth,2023,\"4,6\",,revised in the 2024 release\n";
    data.write("reviews/choices.csv", review);
    const before = statSync(join(data.dir, "reviews/choices.csv")).mtimeMs;
    await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
    expect((await chosen("grdp_growth", 2023)).map((r) => [r.value, r.choice_reason])).toEqual([[4.6, "chosen in data/reviews"]]);
    const reviews = await readParquetFile(join(data.out, "reviews.parquet"));
    expect(reviews.map((r) => [r.review_kind, r.status])).toEqual([["actual choice", "applied"]]);
    expect(readFileSync(join(data.dir, "reviews/choices.csv"), "utf8")).toBe(review);
    expect(statSync(join(data.dir, "reviews/choices.csv")).mtimeMs).toBe(before);
  });

  test("results reported by documents join as status reported, with their quote", async () => {
    data = makeDataDir({ documents: true });
    await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
    // hatinh_2025_actual.txt: "tăng trưởng kinh tế đạt 8,78%" (Hà Tĩnh, 2025).
    const rows = (await chosen("grdp_growth", 2025)).filter((r) => r.province_code === "42");
    expect(rows.map((r) => [r.units, r.value, r.status, r.source_kind, r.quote])).toEqual([["34", 8.78, "reported", "document", "tăng trưởng kinh tế đạt 8,78%"]]);
  });
});

describe("reviews of figures", () => {
  test("confirm, correct and reject by id; a review of a figure no longer found is kept as orphaned", async () => {
    data = makeDataDir();
    await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
    const figures = await readParquetFile(join(data.out, "figures.parquet"));
    const pick = (quote: string) => figures.find((f) => f.quote === quote)!;
    const exports = pick("Kim ngạch xuất khẩu năm 2025 đạt 4,5 tỷ USD");
    const income = pick("thu nhập bình quân đầu người đạt 80 triệu đồng"); // hatinh_2025-2030.txt
    const lapDay = figures.find((f) => f.indicator_code === "unknown" && String(f.quote).includes("lấp đầy"))!;
    data.write(
      "reviews/figures.csv",
      "id,action,indicator_code,note\n" +
        `${exports.figure_id},confirm,,checked against the resolution\n` +
        `${income.figure_id},correct,grdp_per_capita,the report means GRDP per capita\n` +
        `${lapDay.figure_id},reject,,occupancy of industrial parks is not tracked\n` +
        "0123456789ab,confirm,,from an older extraction\n",
    );
    await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
    const after = await readParquetFile(join(data.out, "figures.parquet"));
    const byId = new Map(after.map((f) => [f.figure_id, f]));
    expect(byId.get(exports.figure_id)?.review).toBe("confirmed");
    expect([byId.get(income.figure_id)?.indicator_code, byId.get(income.figure_id)?.review]).toEqual(["grdp_per_capita", "corrected"]);
    expect(byId.has(lapDay.figure_id)).toBe(false);
    const statuses = await readParquetFile(join(data.out, "reviews.parquet"));
    expect(statuses.map((r) => [r.figure_id, r.status])).toEqual([
      [exports.figure_id, "applied"],
      [income.figure_id, "applied"],
      [lapDay.figure_id, "applied"],
      ["0123456789ab", "orphaned"],
    ]);
  });
});

describe("a failed run", () => {
  test("reports every problem of every file and leaves the previous outputs byte-identical", async () => {
    data = makeDataDir({ actuals: true });
    await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
    const snapshot = () => snapshotOutputs(data.out);
    const before = snapshot();
    data.write("actuals/2026.csv", HEADER + "82,share_agri,2026,130,percent,estimate,Cục Thống kê,\n99,grdp_growth,2026,7,percent_per_year,estimate,Cục Thống kê,\n");
    data.write("reviews/bad.csv", "id,action\nnot-an-id,approve\n");
    const error = await runPipeline({ dataDir: data.dir, outDir: data.out, loaders }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).problems.map((p) => `${p.line}:${p.column} ${p.found}`)).toEqual([
      '2:4 "130" in column "value"',
      '3:1 "99" in column "province"',
      '2:1 "not-an-id" in column "id"',
      '2:2 "approve" in column "action"',
    ]);
    expect(snapshot()).toEqual(before);
  });
});
