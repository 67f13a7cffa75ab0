// A run killed (SIGKILL) while it writes its outputs leaves them all old or all new, never a mix,
// and the next run removes what it left. The kill lands exactly at a chosen filesystem change of
// the write phase (tests/helpers/kill-at.mjs): halfway through the files, at the link that will
// switch the sets, at the switch itself, just after it, and at the last change (the lock's removal).
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, readFileSync, readdirSync, readlinkSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { commandArgs } from "../helpers/cli-bundles.ts";
import { versionsDir } from "../../src/pipeline/output-set.ts";

const HEADER = "province,indicator,year,value,unit,status,source\n";
let data: DataDir;
let backup: string;
let before: Record<string, string>;

/** A run as a child process, awaited (a worker blocked in spawnSync for minutes misses vitest's messages). */
function pipeline(killAt?: number): Promise<{ status: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...(killAt === undefined ? [] : ["--import", "./tests/helpers/kill-at.mjs"]), ...commandArgs(inject("cliBundles"), "src/cli/pipeline.ts", ["--data", data.dir, "--out", data.out])],
      { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, CHITIEU_KILL_UNDER: dirname(data.out), CHITIEU_KILL_AT: String(killAt ?? 0), CHITIEU_CACHE: "off" } },
    );
    const err: Buffer[] = [];
    child.stderr!.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stderr: Buffer.concat(err).toString("utf8") }));
  });
}

/** Each output's digest, as a reader of the output folder sees it (the record of the run aside). */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(data.out)
      .filter((f) => f !== "last-run.json")
      .sort()
      .map((f) => [f, createHash("sha256").update(readFileSync(join(data.out, f))).digest("hex")]),
  );
}

function restoreOldOutputs(): void {
  rmSync(data.out, { force: true });
  rmSync(versionsDir(data.out), { recursive: true, force: true });
  cpSync(join(backup, "out"), data.out, { verbatimSymlinks: true });
  cpSync(join(backup, "versions"), versionsDir(data.out), { recursive: true, verbatimSymlinks: true });
}

beforeAll(async () => {
  data = makeDataDir({ documents: false });
  data.write("actuals/a.csv", HEADER + "42,grdp_growth,2021,2.5,percent_per_year,official,Cục Thống kê Hà Tĩnh\n");
  expect((await pipeline()).status).toBe(0);
  before = snapshot();
  backup = join(dirname(data.dir), "backup");
  cpSync(data.out, join(backup, "out"), { verbatimSymlinks: true });
  cpSync(versionsDir(data.out), join(backup, "versions"), { recursive: true, verbatimSymlinks: true });
  // The new inputs change most outputs.
  data.write("actuals/b.csv", HEADER + "42,grdp_growth,2022,7.2,percent_per_year,official,Cục Thống kê Hà Tĩnh\n82,grdp_growth,2022,5.1,percent_per_year,estimate,Cục Thống kê Tiền Giang\n");
}, 120_000);
afterAll(() => data?.dispose());

test("killed at any point of the write phase, the outputs are all old or all new; the next run cleans up", async () => {
  // A full run, recording the changes it makes; its outputs are the "new" set.
  const trace = await pipeline(0);
  expect(trace.status).toBe(0);
  const after = snapshot();
  expect(Object.keys(after)).toEqual(Object.keys(before));
  const changed = Object.keys(after).filter((f) => after[f] !== before[f]);
  expect(changed).toEqual(expect.arrayContaining(["actuals.parquet", "coverage.parquet", "run-info.json", "changes.parquet"]));

  const ops = [...trace.stderr.matchAll(/^kill-at: (\d+) (\w+) (.*)$/gm)].map((m) => ({ index: Number(m[1]), name: m[2], paths: m[3] }));
  // Each file of the new set is written (changed) or linked from the old set (unchanged).
  const writes = ops.filter((o) => (o.name === "open" || o.name === "link") && /\/set-\d+-[^/]+\/[^/]+$/.test(o.paths));
  const link = ops.find((o) => o.name === "symlink")!;
  const swap = ops.find((o) => o.name === "rename" && o.paths.endsWith(` ${data.out}`))!;
  expect(writes.length).toBeGreaterThan(10);
  expect(swap.index).toBe(link.index + 1);
  // The old set is removed after the switch.
  expect(ops.some((o) => o.name === "rm" && o.index > swap.index && /\/set-\d+-/.test(o.paths))).toBe(true);
  const points = [writes[Math.floor(writes.length / 2)].index, link.index, swap.index, swap.index + 1, ops[ops.length - 1].index];

  for (const k of points) {
    restoreOldOutputs();
    const killed = await pipeline(k);
    expect(killed.signal, `kill at change ${k}`).toBe("SIGKILL");
    // Until the switch the readers see the old set, from it on the new one: never a mix.
    expect(snapshot(), `outputs after a kill at change ${k} (${ops[k - 1].name})`).toEqual(k <= swap.index ? before : after);
  }

  // The last kill left the lock and the old set behind; the next run removes them.
  expect((await pipeline()).status).toBe(0);
  expect(snapshot()).toEqual(after);
  expect(readdirSync(versionsDir(data.out))).toEqual([readlinkSync(data.out).split("/").pop()]);
  expect(existsSync(join(versionsDir(data.out), ".lock"))).toBe(false);
}, 300_000);
