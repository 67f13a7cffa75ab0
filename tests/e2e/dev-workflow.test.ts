// The analyst's `npm run dev`: a rejected CSV puts a banner on the pages (file, line, message, and
// that the numbers are the previous run's) and leaves the numbers; an edited loader takes effect;
// a loader that does not even compile is reported the same way and the server stays up; the
// preview's request logs stay out of the terminal; and when the dev process is killed, even with
// SIGKILL, no preview keeps serving on the port.
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { connectBrowser, freePort } from "./shared.ts";
import { openGuarded } from "./page-guard.ts";
import { makeWorkspace, type Workspace } from "./workspace.ts";
import { commandArgs } from "../helpers/cli-bundles.ts";
import { readParquetFile } from "../helpers/parquet.ts";

const HEADER = "province,indicator,year,value,unit,status,source\n";
let browser: Browser;
let ws: Workspace;
beforeAll(async () => {
  browser = await connectBrowser();
  ws = makeWorkspace({ cliBundles: inject("cliBundles") });
});
afterAll(async () => {
  await browser?.close();
  ws?.dispose();
});

interface Dev {
  process: ChildProcess;
  url: string;
  output: string[];
  stop(): void;
}

async function startDev(port: number): Promise<Dev> {
  const child = spawn(process.execPath, commandArgs(inject("cliBundles"), "src/cli/dev.ts", ["--host", "127.0.0.1", "--port", String(port), "--no-open"]), {
    cwd: ws.dir,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env: { ...process.env, CHITIEU_AS_OF: "2026-12-01" },
  });
  const output: string[] = [];
  child.stdout!.on("data", (d) => output.push(String(d)));
  child.stderr!.on("data", (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  await expect.poll(() => output.join(""), { timeout: 120_000, interval: 250 }).toContain(`${url}/`);
  // The preview bundles the pages' libraries on the first request: let that happen before the
  // checks, whose page loads have the usual time limit.
  const context = await browser.newContext();
  await (await context.newPage()).goto(`${url}/`, { waitUntil: "networkidle", timeout: 180_000 });
  await context.close();
  return { process: child, url, output, stop: () => child.exitCode === null && process.kill(-child.pid!, "SIGTERM") };
}

/** The page's main text and its banner's text ("" when there is none), with no console error. */
async function readPage(url: string): Promise<{ main: string; banner: string }> {
  const guarded = await openGuarded(browser, url);
  try {
    expect(guarded.problems).toEqual([]);
    // The banner module runs after the page's own cells have been defined: wait until it has
    // checked the last run (docs/components/run-banner.js marks the page when it has).
    await guarded.page.waitForSelector("html[data-last-run-checked]", { state: "attached" });
    const banner = guarded.page.locator(".rejected-input");
    return { main: await guarded.page.locator("main").innerText(), banner: (await banner.count()) ? await banner.innerText() : "" };
  } finally {
    await guarded.close();
  }
}

/** A page read until two reads in a row agree: everything drawn. */
async function settledPage(url: string): Promise<{ main: string; banner: string }> {
  let previous = await readPage(url);
  for (let i = 0; i < 20; i++) {
    const next = await readPage(url);
    if (next.main === previous.main && next.banner === previous.banner) return next;
    previous = next;
  }
  throw new Error(`${url} never settled`);
}

const lastRun = () => JSON.parse(readFileSync(join(ws.dir, "docs", "data", "last-run.json"), "utf8"));

test("a rejected CSV puts the banner on the pages and leaves the numbers; fixing it takes the banner away", async () => {
  const dev = await startDev(await freePort());
  try {
    const before = await settledPage(`${dev.url}/`);
    expect(before.banner).toBe("");
    expect(before.main).toContain("số liệu thực tế đến năm 2025");
    const province = await settledPage(`${dev.url}/tinh/34-42`);

    writeFileSync(join(ws.dir, "data", "actuals", "zz-bad.csv"), HEADER + "42,share_agri,2026,130,percent,estimate,Cục Thống kê Hà Tĩnh\n");
    await expect.poll(() => dev.output.join(""), { timeout: 90_000, interval: 500 }).toContain("this run failed");
    expect(lastRun()).toMatchObject({ ok: false, problems: [{ file: "data/actuals/zz-bad.csv", line: 2, column: 4 }] });

    for (const [path, previous] of [["/", before], ["/tinh/34-42", province]] as const) {
      // The numbers are the previous run's, unchanged (read again until the page has drawn them all).
      let after = await readPage(dev.url + path);
      await expect.poll(async () => (after = await readPage(dev.url + path)).main, { timeout: 30_000, interval: 500 }).toBe(previous.main);
      expect(after.banner).toContain("đã dừng vì một lỗi trong dữ liệu đầu vào");
      expect(after.banner).toContain("Các con số trên trang là của lần chạy trước");
      expect(after.banner).toContain('data/actuals/zz-bad.csv, dòng 2, cột 4: found "130" in column "value"');
    }
    expect(dev.process.exitCode).toBeNull();

    rmSync(join(ws.dir, "data", "actuals", "zz-bad.csv"));
    await expect.poll(() => lastRun().ok, { timeout: 90_000, interval: 500 }).toBe(true);
    await expect.poll(async () => (await readPage(`${dev.url}/`)).banner, { timeout: 30_000, interval: 1000 }).toBe("");
    // An analyst adds a year: the changes page says which targets changed status and why. By hand:
    // Hà Tĩnh's 2030 target "GRDP bình quân đầu người 168 triệu đồng" had only its base year (2025:
    // 94 triệu) in its period (no_data). With 2026 at 103, the growth achieved is 103/94 − 1 =
    // 9,57 % and the growth required from the base (168/94)^(1/5) − 1 = 12,32 %: a ratio of 0,777,
    // between 0,60 and 0,95: needs_acceleration ("Cần tăng tốc"). The period runs to 2030.
    writeFileSync(join(ws.dir, "data", "actuals", "2026.csv"), HEADER + "Hà Tĩnh,grdp_per_capita,2026,103,triệu đồng,estimate,Cục Thống kê Hà Tĩnh\n");
    const changesPage = async () => {
      const guarded = await openGuarded(browser, `${dev.url}/thay-doi`);
      try {
        expect(guarded.problems).toEqual([]);
        const tables = guarded.page.locator("main table");
        const rows = async (k: number) => (await tables.nth(k).locator("tbody tr").allInnerTexts()).map((r) => r.trim());
        return (await tables.count()) < 2 ? null : { statuses: await rows(0), values: await rows(1) };
      } finally {
        await guarded.close();
      }
    };
    await expect.poll(async () => (await changesPage())?.values, { timeout: 90_000, interval: 1000 }).toEqual([expect.stringMatching(/^thêm\s+Hà Tĩnh\s+GRDP bình quân đầu người\s+2026\s+(?:–\s+)?103 triệu đồng\s+ước tính\s+actuals\/2026\.csv, dòng 2$/)]);
    const { statuses } = (await changesPage())!;
    expect(statuses.length).toBeGreaterThan(0);
    for (const row of statuses) {
      expect(row).toMatch(/^Hà Tĩnh\s+GRDP bình quân đầu người\s+“[^”]*168[^”]*”\s+2030\s+\S+ Chưa đủ số liệu\s+\S+ Cần tăng tốc\s+actuals\/2026\.csv:2 \(2026\)$/);
    }
    const progress = await readParquetFile(join(ws.dir, "docs", "data", "progress.parquet"));
    const changed = progress.filter((t) => t.units === "34" && t.province_code === "42" && t.indicator_code === "grdp_per_capita" && t.target_year === 2030);
    expect(changed).toHaveLength(statuses.length);
    for (const t of changed) expect(t.ratio).toBeCloseTo((103 / 94 - 1) / ((168 / 94) ** (1 / 5) - 1), 9);

    // The preview's own lines (requests, page sockets) are not printed; the pipeline's are.
    const printed = dev.output.join("");
    expect(printed).toMatch(/zz-bad\.csv:2:4: found "130" in column "value"/);
    expect(printed).toContain("dev: this run failed; the site keeps showing the previous outputs");
    expect(printed).not.toMatch(/socket open|socket close|GET \/|↑ \{|↓ \{/);
    // Besides the pipeline's and dev's own lines, the preview said little: its address.
    const preview = printed.split("\n").filter((l) => l.trim() && !/^(pipeline|dev): /.test(l) && !/^\S+:\d+:\d+: /.test(l) && !/^\d+ problems? in the input|^Nothing was written/.test(l));
    expect(preview.length, preview.join("\n")).toBeLessThan(8);
  } finally {
    dev.stop();
  }
}, 400_000);

test("an edited loader takes effect; a loader that does not compile is reported on the pages and the server stays up; killed with SIGKILL, it leaves no preview on the port", async () => {
  const dev = await startDev(await freePort());
  const loader = join(ws.dir, "data-loaders", "indicators.parquet.ts");
  const original = readFileSync(loader, "utf8");
  const indicators = () => readParquetFile(join(ws.dir, "docs", "data", "indicators.parquet"));
  try {
    const all = (await indicators()).length;
    writeFileSync(loader, original.replace('"SELECT * FROM indicators ORDER BY code"', `"SELECT * FROM indicators WHERE code <> 'grdp_growth' ORDER BY code"`));
    await expect.poll(async () => (await indicators()).length, { timeout: 90_000, interval: 500 }).toBe(all - 1);

    writeFileSync(loader, original.replace("export default loader;", "export default loader;;;)"));
    await expect.poll(() => lastRun().ok, { timeout: 90_000, interval: 500 }).toBe(false);
    expect(lastRun().problems[0].message).toMatch(/^the pipeline could not run: data-loaders\/indicators\.parquet\.ts:\d+:\d+: ERROR: /);
    expect((await readPage(`${dev.url}/`)).banner).toContain("the pipeline could not run");
    expect(dev.process.exitCode).toBeNull();
    expect((await indicators()).length).toBe(all - 1);

    // The dev process alone is killed, not its group: the preview must go with it.
    const reachable = () => fetch(`${dev.url}/`).then(() => true, () => false);
    expect(await reachable()).toBe(true);
    process.kill(dev.process.pid!, "SIGKILL");
    await expect.poll(reachable, { timeout: 20_000, interval: 250 }).toBe(false);
  } finally {
    writeFileSync(loader, original);
    try {
      process.kill(-dev.process.pid!, "SIGKILL");
    } catch {
      // the whole group is gone, as it should be
    }
  }
}, 400_000);
