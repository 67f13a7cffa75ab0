// The same inputs give byte-identical outputs, also when the inputs spell one province two
// accepted ways: every output query orders its rows by keys that do not depend on spellings.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { snapshotOutputs } from "../helpers/outputs.ts";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { readParquetFile } from "../helpers/parquet.ts";

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

/** Each output's SHA-256, by its path (van-ban/ holds one a unit): a readable difference when one output differs. */
const snapshot = (dir: string) =>
  Object.fromEntries(Object.entries(snapshotOutputs(dir)).map(([f, b64]) => [f, createHash("sha256").update(b64).digest("hex")]));

test("eight runs over a province spelled two ways give the same bytes, and coverage one row per series and year", async () => {
  const runs: Record<string, string>[] = [];
  for (let k = 0; k < 8; k++) {
    const out = join(data.dir, "..", `out-${k}`);
    await runPipeline({ dataDir: data.dir, outDir: out, loaders });
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
