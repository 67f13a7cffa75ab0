// The scoped re-run (src/pipeline/scope.ts): after a change to yearly actuals files only, the
// actuals and measures are computed for the unit groups the files touch and spliced into the
// current set's files. On generated data of four provinces (two of them merged into one new unit
// in 2025), a series of changes is applied to one output folder; after each, every output must have
// the bytes of a run from nothing over the same inputs, and the log says whether the run was
// scoped and to which groups.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { generateForProvinces } from "../helpers/generated-data.ts";
import { comparableOutputs } from "../helpers/outputs.ts";
import { openDatabase, queryRows } from "../../src/db/duckdb.ts";

let root: string;
let data: string;
const cacheSetting = process.env.CHITIEU_CACHE;
// Cao Bằng (04) and Hà Tĩnh (42) are new units alone; Hà Giang (02) merged into Tuyên Quang (08).
const PROVINCES = ["02", "04", "08", "42"];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "chitieu-scope-"));
  data = join(root, "data");
  process.env.CHITIEU_CACHE = join(root, "cache");
  // Only these provinces' actuals and documents, so that each run takes a second.
  await generateForProvinces(data, PROVINCES, { onlyTheirActuals: true });
}, 120_000);
afterAll(() => {
  if (cacheSetting === undefined) delete process.env.CHITIEU_CACHE;
  else process.env.CHITIEU_CACHE = cacheSetting;
  if (root) rmSync(root, { recursive: true, force: true });
});

async function run(out: string): Promise<string[]> {
  const lines: string[] = [];
  await runPipeline({ dataDir: data, outDir: out, loaders, log: (m) => lines.push(m), threads: 1 });
  return lines;
}

const HEADER = "province,indicator,year,value,unit,status,source\n";
const write = (name: string, rows: string) => writeFileSync(join(data, name), rows);
/** The unit groups a run computed again, or null when it was not scoped. */
const scopedGroups = (log: string[]) => {
  const line = log.find((l) => l.includes("keeping the others' rows"));
  return line ? /computing the unit groups ([\d, ]+) \(/.exec(line)![1].split(", ") : null;
};

let step = 0;
/** Runs the re-run, then a run from nothing into a folder of its own, and compares every byte. */
async function rerunEqualsFresh(out: string): Promise<string[]> {
  const log = await run(out);
  const fresh = join(root, `fresh-${step++}`);
  await run(fresh);
  expect(comparableOutputs(out)).toEqual(comparableOutputs(fresh));
  rmSync(fresh, { recursive: true, force: true });
  return log;
}

describe("a re-run for the changed actuals' unit groups only", () => {
  test("several kinds of change: each re-run gives the bytes of a run from nothing", async () => {
    const out = join(root, "out");
    await run(out);
    const first = comparableOutputs(out);

    // A new year's file for one province (Hà Tĩnh's 2026 estimates): its group only.
    write("actuals/new-2026.csv", `${HEADER}42,grdp_growth,2026,8.1,percent_per_year,estimate,Cục Thống kê Hà Tĩnh\n42,poverty_rate,2026,1.9,percent,estimate,Cục Thống kê Hà Tĩnh\n`);
    let log = await rerunEqualsFresh(out);
    expect(scopedGroups(log)).toEqual(["42"]);
    // The spliced files did change.
    expect(comparableOutputs(out)["actuals.parquet"]).not.toBe(first["actuals.parquet"]);

    // A changed value in that file, and a file touching two groups: Hà Giang, part of Tuyên Quang
    // since 2025 (its official values outrank the generated estimates and enter the merged unit's
    // sums), and Cao Bằng.
    write("actuals/new-2026.csv", `${HEADER}42,grdp_growth,2026,6.4,percent_per_year,official,Cục Thống kê Hà Tĩnh\n42,poverty_rate,2026,1.9,percent,estimate,Cục Thống kê Hà Tĩnh\n`);
    write("actuals/corrections.csv", `${HEADER}02,grdp_current,2020,31000,billion_vnd,official,Cục Thống kê Hà Giang\n02,grdp_growth,2020,3.2,percent_per_year,official,Cục Thống kê Hà Giang\n04,population,2024,560000,persons,official,Cục Thống kê Cao Bằng\n`);
    log = await rerunEqualsFresh(out);
    expect(scopedGroups(log)).toEqual(["04", "08", "42"]);

    // A reviews change (an analyst's choice among Cao Bằng's 2024 population values, and a figure
    // of a Hà Giang resolution confirmed) computes everything.
    write("reviews/choices.csv", "province,indicator,year,value,source,note,reviewer\n04,population,2024,560000,,the statistics office's figure,test\n");
    const conn = await openDatabase({ threads: 1 });
    const [{ figure_id }] = await queryRows<{ figure_id: string }>(conn, `SELECT figure_id FROM read_parquet('${join(out, "figures.parquet")}') WHERE doc LIKE 'gen_02_%' ORDER BY figure_id LIMIT 1`);
    conn.closeSync();
    write("reviews/figures.csv", `id,action\n${figure_id},confirm\n`);
    log = await rerunEqualsFresh(out);
    expect(scopedGroups(log)).toBeNull();

    // A deleted file: its rows leave their group; the choice and the figure review, of other
    // groups, keep their status.
    rmSync(join(data, "actuals", "new-2026.csv"));
    log = await rerunEqualsFresh(out);
    expect(scopedGroups(log)).toEqual(["42"]);

    // A change in the choice's group: its status is computed again (the value it names is gone).
    const reviewsBefore = comparableOutputs(out)["reviews.parquet"];
    write("actuals/corrections.csv", `${HEADER}02,grdp_current,2020,31000,billion_vnd,official,Cục Thống kê Hà Giang\n04,population,2024,561000,persons,official,Cục Thống kê Cao Bằng\n`);
    log = await rerunEqualsFresh(out);
    expect(scopedGroups(log)).toEqual(["04", "08"]);
    expect(comparableOutputs(out)["reviews.parquet"]).not.toBe(reviewsBefore);

    // A year after all others moves the coverage grid of every province: everything is computed.
    write("actuals/new-2031.csv", `${HEADER}42,grdp_growth,2031,7.5,percent_per_year,estimate,Cục Thống kê Hà Tĩnh\n`);
    log = await rerunEqualsFresh(out);
    expect(scopedGroups(log)).toBeNull();
    expect(log.some((l) => l.includes("move the first or last year"))).toBe(true);
  }, 240_000);
});
