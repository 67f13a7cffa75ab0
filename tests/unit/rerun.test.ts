// A re-run recomputes only the outputs whose inputs changed (src/pipeline/dependencies.ts): after
// a new actuals file the documents, figures, document pages and targets' sources are kept from the
// current set (their files not rewritten: same inode), the actuals and measures are recomputed,
// and every output equals what a run from nothing gives on the new inputs.
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { mkdirSync, readFileSync, realpathSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { comparableOutputs, snapshotOutputs } from "../helpers/outputs.ts";

let data: DataDir;
beforeEach(() => {
  data = makeDataDir({ actuals: true });
});
afterEach(() => data.dispose());

/** Each file of the current set with its inode. */
function inodes(out: string): Record<string, number> {
  const set = realpathSync(out);
  return Object.fromEntries(Object.keys(snapshotOutputs(set)).map((f) => [f, statSync(join(set, f)).ino]));
}

/** Runs the pipeline and returns what it logged. */
async function run(out: string): Promise<string[]> {
  const lines: string[] = [];
  await runPipeline({ dataDir: data.dir, outDir: out, loaders, log: (m) => lines.push(m) });
  return lines;
}

const DOCUMENT_OUTPUTS = ["documents.parquet", "figures.parquet", "provinces.parquet", "indicators.parquet", "target_sources.parquet"];

describe("a re-run after one new file", () => {
  test("a new actuals file: the documents' outputs are kept, not rewritten; the actuals and measures are recomputed", async () => {
    const out = join(data.dir, "..", "out");
    await run(out);
    const before = inodes(out);
    const beforeBytes = snapshotOutputs(out);
    // Hà Tĩnh's 2026 growth, an estimate from a new source.
    data.write("actuals/new-2026.csv", "province,indicator,year,value,unit,status,source\n42,grdp_growth,2026,8.1,percent_per_year,estimate,Cục Thống kê Hà Tĩnh\n");
    const log = await run(out);
    const after = inodes(out);
    const afterBytes = snapshotOutputs(out);

    for (const name of DOCUMENT_OUTPUTS) {
      expect(log).toContain(`${name}: inputs unchanged, kept`);
      expect(after[name]).toBe(before[name]);
    }
    const pages = Object.keys(before).filter((f) => f.startsWith("van-ban/"));
    expect(pages.length).toBeGreaterThan(5);
    expect(log).toContain(`van-ban/[unit].parquet: inputs unchanged, ${pages.length} files kept`);
    for (const page of pages) expect(after[page]).toBe(before[page]);

    // The actuals hold the new row; the files that read them were computed again.
    expect(log.some((l) => /^actuals\.parquet: [\d,]+ bytes in \d+ ms$/.test(l))).toBe(true);
    expect(log.some((l) => /^progress\.parquet: [\d,]+ bytes in \d+ ms$/.test(l))).toBe(true);
    expect(afterBytes["actuals.parquet"]).not.toBe(beforeBytes["actuals.parquet"]);
    expect(after["actuals.parquet"]).not.toBe(before["actuals.parquet"]);

    // The same files as a run from nothing over the new inputs.
    const fresh = join(data.dir, "..", "fresh");
    await run(fresh);
    expect(comparableOutputs(out)).toEqual(comparableOutputs(fresh));
  }, 240_000);

  test("a new typed target recomputes the targets' sources; a changed document recomputes its figures", async () => {
    const out = join(data.dir, "..", "out");
    await run(out);
    mkdirSync(join(data.dir, "targets"), { recursive: true });
    const typed = join(data.dir, "targets", "new.csv");
    const header = readFileSync("data/targets/targets-2026-2030.csv", "utf8").split("\n")[0];
    // A row like the project's first typed target, for another year: a target of its own.
    const first = readFileSync("data/targets/targets-2026-2030.csv", "utf8").split("\n")[1];
    writeFileSync(typed, `${header}\n${first.replace(/,2030,/, ",2029,")}\n`);
    const log = await run(out);
    expect(log.some((l) => /^target_sources\.parquet: [\d,]+ bytes in \d+ ms$/.test(l))).toBe(true);
    expect(log).toContain("figures.parquet: inputs unchanged, kept");

    const doc = join(data.dir, "documents", "cantho_2026.txt");
    writeFileSync(doc, readFileSync(doc, "utf8") + "\n");
    const again = await run(out);
    expect(again.some((l) => /^figures\.parquet: [\d,]+ bytes in \d+ ms$/.test(l))).toBe(true);
    expect(again.some((l) => /^van-ban\/\[unit\]\.parquet: \d+ files, [\d,]+ bytes in \d+ ms$/.test(l))).toBe(true);
    expect(again).toContain("provinces.parquet: inputs unchanged, kept");

    const fresh = join(data.dir, "..", "fresh");
    await run(fresh);
    expect(comparableOutputs(out)).toEqual(comparableOutputs(fresh));
  }, 240_000);
});
