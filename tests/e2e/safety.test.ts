// Text from documents and CSV files is shown as text, never run as HTML: a document that holds a
// <script> and an <img onerror> is displayed literally on its page and in the targets explorer.
import { afterAll, beforeAll, expect, test } from "vitest";
import { appendFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { serveStatic, type RunningServer } from "./static-server.ts";
import { openGuarded } from "./page-guard.ts";
import { makeWorkspace, type Workspace } from "./workspace.ts";
import { connectBrowser } from "./shared.ts";
import { buildSite } from "./site-build.ts";

const HOSTILE = 'Tỷ lệ lao động qua đào tạo <script>window.__xss = 1</script> đạt 70% <img src=x onerror="window.__xss = 2"> vào năm 2025.\n';

let browser: Browser;
let ws: Workspace;
let server: RunningServer;
beforeAll(async () => {
  ws = makeWorkspace();
  writeFileSync(join(ws.dir, "data", "documents", "zz_hostile.txt"), HOSTILE);
  appendFileSync(join(ws.dir, "data", "documents.csv"), 'zz_hostile.txt,Long An,80,63,annual_resolution,2024-01-05,2021,2025,"<b onmouseover=alert(1)>x</b>",<script>alert(1)</script>,\n');
  await buildSite(ws.dir);
  browser = await connectBrowser();
  server = await serveStatic(join(ws.dir, "dist"));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  ws?.dispose();
});

// The hostile document belongs to Long An (code 80 among the 63): it opens on that unit's page.
test.each(["/van-ban/63-80?doc=zz_hostile", "/van-ban/", "/chi-tieu"])("%s shows the markup as text and runs none of it", async (path) => {
  const guarded = await openGuarded(browser, server.url + path);
  try {
    const page = guarded.page;
    if (path === "/chi-tieu") await page.getByLabel("Tìm").fill("lao dong qua dao tao 70");
    // The table updates after the search input: wait for it rather than read too early.
    await expect.poll(() => page.locator("main").innerText()).toContain(path === "/van-ban/" ? "<script>alert(1)</script>" : "<script>window.__xss = 1</script>");
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator("main img, main script, main b[onmouseover]").count()).toBe(0);
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});
