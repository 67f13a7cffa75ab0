// After an analyst adds data/actuals/2026.csv, one `npm run build` shows the new year on the
// pages, and a running `npm run dev` shows it without a restart: never numbers older than the inputs.
// Both change inputs, so they run in a workspace of their own (tests/e2e/README.md), which starts
// from the shared build as an analyst's folder starts from their last build.
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { serveStatic } from "./static-server.ts";
import { openGuarded } from "./page-guard.ts";
import { makeWorkspace, type Workspace } from "./workspace.ts";
import { commandArgs } from "../helpers/cli-bundles.ts";
import { connectBrowser, freePort } from "./shared.ts";
import { buildSite } from "./site-build.ts";

const HEADER = "province,indicator,year,value,unit,status,source\n";

let browser: Browser;
let ws: Workspace;
beforeAll(async () => {
  browser = await connectBrowser();
  ws = makeWorkspace({ built: true, cliBundles: inject("cliBundles") });
});
afterAll(async () => {
  await browser?.close();
  ws?.dispose();
});

async function mainText(url: string): Promise<string> {
  const guarded = await openGuarded(browser, url);
  try {
    expect(guarded.problems).toEqual([]);
    return await guarded.page.locator("main").innerText();
  } finally {
    await guarded.close();
  }
}

test("npm run build after a new year's file shows the new year and its value", async () => {
  // The last build, copied from the shared one: 2025 is the latest year.
  let server = await serveStatic(join(ws.dir, "dist"));
  expect(await mainText(server.url + "/")).toContain("số liệu thực tế đến năm 2025");
  await server.close();

  writeFileSync(join(ws.dir, "data", "actuals", "2026.csv"), HEADER + "Hà Tĩnh,grdp_growth,2026,\"9,15\",%,estimate,Cục Thống kê Hà Tĩnh\n");
  // The pages read below (the fixed pages are always built; every page is checked in the full build).
  await buildSite(ws.dir, { pages: ["/tinh/34-42"], bundles: inject("cliBundles") });
  server = await serveStatic(join(ws.dir, "dist"));
  try {
    expect(await mainText(server.url + "/")).toContain("số liệu thực tế đến năm 2026");
    expect(await mainText(server.url + "/du-lieu")).toContain("Số liệu thực tế đến năm 2026");
    // Hà Tĩnh's page (the unit since 2025) tabulates its 2026 growth against its 2026-2030 target.
    const province = await mainText(server.url + "/tinh/34-42");
    expect(province).toContain("9,15%");
  } finally {
    await server.close();
  }
});

test("a running npm run dev picks up a new year's file", async () => {
  const port = await freePort();
  const dev = spawn(process.execPath, commandArgs(inject("cliBundles"), "src/cli/dev.ts", ["--host", "127.0.0.1", "--port", String(port), "--no-open"]), {
    cwd: ws.dir,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  dev.stdout.on("data", (d) => output.push(String(d)));
  dev.stderr.on("data", (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await expect.poll(() => output.join(""), { timeout: 120_000, interval: 250 }).toContain(String(port));
    expect(await mainText(url)).toMatch(/số liệu thực tế đến năm 202[56]/);
    writeFileSync(join(ws.dir, "data", "actuals", "2027.csv"), HEADER + "42,grdp_growth,2027,8.4,percent_per_year,estimate,Cục Thống kê Hà Tĩnh\n");
    await expect.poll(() => mainText(url), { timeout: 120_000, interval: 1000 }).toContain("số liệu thực tế đến năm 2027");
  } finally {
    process.kill(-dev.pid!, "SIGTERM");
  }
});
