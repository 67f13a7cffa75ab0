// The same inputs give byte-identical outputs: also when the inputs spell one province two
// accepted ways (every output query orders its rows by keys that do not depend on spellings), and
// whatever the number of threads DuckDB splits the work between (the measures' sums are exact,
// their products and lists taken in a fixed order, their ties broken).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { snapshotOutputs } from "../helpers/outputs.ts";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { generate } from "../../bench/generate.ts";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { readParquetFile } from "../helpers/parquet.ts";
import { SettingError, threadsSetting } from "../../src/pipeline/run-info.ts";

/** Each output's SHA-256, by its path (van-ban/ holds one a unit): a readable difference when one output differs. */
const snapshot = (dir: string) =>
  Object.fromEntries(Object.entries(snapshotOutputs(dir)).map(([f, b64]) => [f, createHash("sha256").update(b64).digest("hex")]));

describe("a province spelled two ways", () => {
  let data: DataDir;
  beforeAll(() => {
    // The documents of Đồng Tháp (the unit since 2025, code 82) and Tiền Giang (82 of the 63),
    // with Đồng Tháp written with and without its accents in documents.csv: both are accepted.
    data = makeDataDir({ actuals: true });
    const lines = readFileSync("data/documents.csv", "utf8").trim().split("\n");
    const kept = lines.filter((l, i) => i === 0 || /^[^,]+,(Đồng Tháp|Tiền Giang),82,/.test(l));
    let respelled = 0;
    const rows = kept.map((l) => (l.includes(",Đồng Tháp,82,34,") && respelled++ % 2 === 0 ? l.replace(",Đồng Tháp,", ",Dong Thap,") : l));
    expect(respelled).toBeGreaterThanOrEqual(2);
    writeFileSync(join(data.dir, "documents.csv"), rows.join("\n") + "\n");
    const listed = new Set(rows.slice(1).map((l) => l.split(",")[0]));
    for (const f of readdirSync(join(data.dir, "documents"))) if (!listed.has(f)) rmSync(join(data.dir, "documents", f));
  });
  afterAll(() => data?.dispose());

  test("eight runs give the same bytes, and coverage one row per series and year", async () => {
    const runs: Record<string, string>[] = [];
    for (let k = 0; k < 8; k++) {
      const out = join(data.dir, "..", `out-${k}`);
      // Every core, as a user runs it (the unit files' runs default to one thread, vitest.config.ts).
      await runPipeline({ dataDir: data.dir, outDir: out, loaders, threads: availableParallelism() });
      runs.push(snapshot(out));
    }
    for (const run of runs.slice(1)) expect(run).toEqual(runs[0]);
    // One row per unit set, province, indicator and year, named after the catalog, not a document.
    const coverage = await readParquetFile(join(data.dir, "..", "out-0", "coverage.parquet"));
    const keys = coverage.map((r) => `${r.units}|${r.province_code}|${r.indicator_code}|${r.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    const names = new Set(coverage.filter((r) => r.units === "34" && r.province_code === "82").map((r) => r.province_name));
    expect([...names]).toEqual(["Đồng Tháp"]);
  }, 240_000);
});

// The indicators the generated resolutions set targets for, and the GRDP and population the
// merger of 2025 weighs and divides by: only their actuals are kept, so that a small set has a
// value in most years of every series and the measures have something to sum.
const MEASURED = new Set([
  "budget_revenue", "doctors_per_10k", "export_turnover", "grdp_growth", "grdp_per_capita", "health_insurance_rate", "hospital_beds_per_10k",
  "income_per_capita", "ntm_commune_share", "ntm_communes", "poverty_rate", "share_agri", "share_industry_construction", "share_services",
  "trained_labour_rate", "grdp_current", "population",
]);

describe("generated national data on 1, 2 and 4 threads, and on every core", () => {
  let root: string;
  let dir: string;
  const cache = process.env.CHITIEU_CACHE;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "chitieu-threads-"));
    dir = join(root, "data");
    process.env.CHITIEU_CACHE = join(root, "cache");
    // Scale 9 fills every province, indicator and year once; kept: about 18.000 rows over the 63
    // provinces and the 34 units, with 160 generated resolutions (1.700 targets of every kind).
    await generate(9, dir, { documentCopies: 1 });
    const file = join(dir, "actuals", "generated.csv");
    const lines = readFileSync(file, "utf8").split("\n");
    writeFileSync(file, lines.filter((l, i) => i === 0 || MEASURED.has(l.split(",")[1])).join("\n"));
    // With the project's own documents, actuals, term results, typed targets and reviews: the
    // measures of every kind and every source of a value.
    cpSync("data/documents", join(dir, "documents"), { recursive: true });
    appendFileSync(join(dir, "documents.csv"), readFileSync("data/documents.csv", "utf8").split("\n").slice(1).join("\n"));
    for (const sub of ["actuals", "reviews", "targets"]) cpSync(join("data", sub), join(dir, sub), { recursive: true });
  }, 120_000);
  afterAll(() => {
    if (cache === undefined) delete process.env.CHITIEU_CACHE;
    else process.env.CHITIEU_CACHE = cache;
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test("every output is byte-identical", async () => {
    // DuckDB shares a table scan between threads by row groups of 122.880 rows, so the measures'
    // tables (a few thousand rows, at 100× a few hundred thousand) would be read by one thread and
    // nothing would vary. splitSmallScans (PRAGMA verify_parallelism) makes every 2.048 rows a
    // task of their own: with it, a plain sum(value) in 20_merged_units.sql or the sum of target
    // shares in 33_target_structures.sql gave other last bits on 2 or 4 threads than on 1
    // (merged_units.parquet, structure.parquet), which is how we know the work is split.
    const runs: Record<number, Record<string, string>> = {};
    for (const threads of [1, 2, 4]) {
      const out = join(root, `out-${threads}`);
      await runPipeline({ dataDir: dir, outDir: out, loaders, threads, splitSmallScans: true });
      runs[threads] = snapshot(out);
    }
    expect(Object.keys(runs[1])).toContain("progress.parquet");
    expect(runs[2]).toEqual(runs[1]);
    expect(runs[4]).toEqual(runs[1]);
    // And as a user runs it: every core, DuckDB's own scan sizes (no split), into a fresh folder.
    const usual = join(root, "out-usual");
    await runPipeline({ dataDir: dir, outDir: usual, loaders, threads: availableParallelism() });
    expect(snapshot(usual)).toEqual(runs[1]);
    // The runs measured something: targets of the kinds that sum, multiply and average with a
    // status from data (the generated poverty series break at the 2022 standard).
    const progress = await readParquetFile(join(root, "out-1", "progress.parquet"));
    const judged = new Set(progress.filter((r) => r.status !== "no_data" && r.status !== "no_final_value").map((r) => r.kind));
    expect([...judged]).toEqual(expect.arrayContaining(["annual", "avg_growth", "cumulative", "level"]));
    const merged = await readParquetFile(join(root, "out-1", "merged_units.parquet"));
    expect(merged.filter((r) => r.method === "sum" || r.method === "grdp_weighted").length).toBeGreaterThan(1000);
    // Four runs over national data: 225 s once at load 20 and over 240 s another time.
  }, 480_000);
});

test("CHITIEU_THREADS sets DuckDB's threads; anything but a whole number from 1 stops the run, naming it", () => {
  const saved = process.env.CHITIEU_THREADS;
  try {
    process.env.CHITIEU_THREADS = "3";
    expect(threadsSetting()).toBe(3);
    for (const bad of ["0", "2.5", "all", "-1"]) {
      process.env.CHITIEU_THREADS = bad;
      expect(() => threadsSetting()).toThrow(SettingError);
      expect(() => threadsSetting()).toThrow(`CHITIEU_THREADS is "${bad}"`);
    }
  } finally {
    if (saved === undefined) delete process.env.CHITIEU_THREADS;
    else process.env.CHITIEU_THREADS = saved;
  }
});
