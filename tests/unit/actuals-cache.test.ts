// The yearly re-run on generated national data: a cold run (nothing cached), then one new actuals
// file, whose run takes the unchanged file's checked rows from the cache
// (src/pipeline/actuals-cache.ts) and the documents' outputs from the current set; every output
// must have the bytes of a run from nothing with no cache at all.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { generateForProvinces } from "../helpers/generated-data.ts";
import { comparableOutputs } from "../helpers/outputs.ts";

let root: string;
let data: string;
const cacheSetting = process.env.CHITIEU_CACHE;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "chitieu-actuals-cache-"));
  data = join(root, "data");
  // Scale 1: about 10.000 actual rows of every province; of its 160 resolutions, those of four
  // provinces (Hà Nội, Hà Giang, Cao Bằng, Hà Tĩnh) are enough for targets to measure.
  await generateForProvinces(data, ["01", "02", "04", "42"]);
}, 120_000);
afterAll(() => {
  if (cacheSetting === undefined) delete process.env.CHITIEU_CACHE;
  else process.env.CHITIEU_CACHE = cacheSetting;
  if (root) rmSync(root, { recursive: true, force: true });
});

async function run(out: string, cache: string): Promise<string[]> {
  process.env.CHITIEU_CACHE = cache;
  const lines: string[] = [];
  await runPipeline({ dataDir: data, outDir: out, loaders, log: (m) => lines.push(m), threads: 1 });
  return lines;
}

const cachedActuals = (cache: string) => readdirSync(cache).filter((f) => f.startsWith("actuals-") && f.endsWith(".parquet"));
const FROM_CACHE = /^(\d+) of (\d+) actuals files unchanged since the last run: their rows come from the cache$/;

describe("the actuals cache on generated national data", () => {
  test("cold run, then one new actuals file: the same bytes as a run from nothing without a cache", async () => {
    const cache = join(root, "cache");
    const out = join(root, "out");
    const cold = await run(out, cache);
    expect(cold.some((l) => FROM_CACHE.test(l))).toBe(false);
    expect(cachedActuals(cache)).toHaveLength(1);

    // Hà Tĩnh's 2026 estimates, a new file beside the unchanged national one.
    writeFileSync(
      join(data, "actuals", "new-2026.csv"),
      "province,indicator,year,value,unit,status,source\n42,grdp_growth,2026,8.1,percent_per_year,estimate,Cục Thống kê Hà Tĩnh\n42,poverty_rate,2026,1.9,percent,estimate,Cục Thống kê Hà Tĩnh\n",
    );
    const before = comparableOutputs(out);
    const again = await run(out, cache);
    expect(again.map((l) => FROM_CACHE.exec(l)?.slice(1, 3)).find(Boolean)).toEqual(["1", "2"]);
    expect(again).toContain("figures.parquet: inputs unchanged, kept");
    expect(cachedActuals(cache)).toHaveLength(2);
    const after = comparableOutputs(out);
    expect(after["actuals.parquet"]).not.toBe(before["actuals.parquet"]);

    const fresh = join(root, "fresh");
    await run(fresh, "off");
    expect(after).toEqual(comparableOutputs(fresh));
  }, 300_000);

  test("a changed file is read again and a cache file that cannot be read is ignored", async () => {
    const cache = join(root, "cache-2");
    const out = join(root, "out-2");
    await run(out, cache);
    const files = cachedActuals(cache);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) writeFileSync(join(cache, file), "not a parquet file");
    // One value of the national file changed: its old rows must not come back.
    const csv = join(data, "actuals", "generated.csv");
    const lines = readFileSync(csv, "utf8").split("\n");
    const at = lines.findIndex((l, i) => i > 0 && l.startsWith("42,grdp_growth,"));
    expect(at).toBeGreaterThan(0);
    const fields = lines[at].split(",");
    fields[3] = "9.99";
    lines[at] = fields.join(",");
    writeFileSync(csv, lines.join("\n"));
    const changed = await run(out, cache);
    // Nothing came from the cache: one file changed, the others' cache files were unreadable.
    expect(changed.some((l) => FROM_CACHE.test(l))).toBe(false);
    expect(cachedActuals(cache)).toHaveLength(files.length);
    for (const file of cachedActuals(cache)) expect(readFileSync(join(cache, file)).subarray(0, 4).toString()).toBe("PAR1");

    const fresh = join(root, "fresh-2");
    await run(fresh, "off");
    expect(comparableOutputs(out)).toEqual(comparableOutputs(fresh));
  }, 300_000);
});
