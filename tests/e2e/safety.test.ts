// Text from documents and CSV files is shown as text, never run as HTML: a document that holds a
// <script> and an <img onerror> is displayed literally on its page and in the targets explorer.
// And a `javascript:` address, in a document's source_url or an actuals source (with a leading
// space, in mixed case, with a tab inside the scheme, as browsers still read them), is shown as
// text and never becomes a link, on every page that shows sources.
import { afterAll, beforeAll, expect, inject, test } from "vitest";
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
  ws = makeWorkspace({ cliBundles: inject("cliBundles") });
  writeFileSync(join(ws.dir, "data", "documents", "zz_hostile.txt"), HOSTILE);
  appendFileSync(join(ws.dir, "data", "documents.csv"), 'zz_hostile.txt,Long An,80,63,annual_resolution,2024-01-05,2021,2025,"<b onmouseover=alert(1)>x</b>",<script>alert(1)</script>,\n');
  writeFileSync(join(ws.dir, "data", "documents", "zz_links.txt"), "Năm 2026, tốc độ tăng trưởng GRDP đạt trên 9,5%.\n");
  writeFileSync(join(ws.dir, "data", "documents", "zz_links_tab.txt"), "Năm 2026, tỷ lệ hộ nghèo giảm còn dưới 1,2%.\n");
  appendFileSync(join(ws.dir, "data", "documents.csv"), 'zz_links.txt,Hà Tĩnh,42,34,annual_resolution,2026-01-05,2026,2026,Báo thử,Văn bản có nguồn giả," JavaScript:alert(11)"\n');
  appendFileSync(join(ws.dir, "data", "documents.csv"), 'zz_links_tab.txt,Hà Tĩnh,42,34,annual_resolution,2026-01-06,2026,2026,Báo thử,Văn bản có nguồn giả 2,"java\tscript:alert(12)"\n');
  writeFileSync(join(ws.dir, "data", "actuals", "zz-links.csv"), [
    "province,indicator,year,value,unit,status,source",
    // Hà Tĩnh's 2026 growth: on its page (growth table, target cards) and in the ranking.
    'Hà Tĩnh,grdp_growth,2026,9.1,%,estimate," JaVaScRiPt:alert(13)"',
    // A second value for Tiền Giang 2023: listed among the conflicting sources on Dữ liệu.
    'Tiền Giang,grdp_growth,2023,5.8,%,estimate,"java\tscript:alert(14)"',
    "",
  ].join("\n"));
  // The pages below, of a site whose every page pages.test.ts checks in the full build.
  await buildSite(ws.dir, { pages: ["/van-ban/63-80", "/van-ban/34-42", "/tinh/34-42", "/chi-so/grdp_growth"], bundles: inject("cliBundles") });
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

test.each([
  ["/van-ban/", "Văn bản có nguồn giả"],
  ["/van-ban/34-42?doc=zz_links", "alert(11)"],
  ["/van-ban/34-42?doc=zz_links_tab", "alert(12)"],
  ["/tinh/34-42", "alert(13)"],
  ["/chi-so/grdp_growth?don-vi=34&nam=2026", "alert(13)"],
  ["/du-lieu?chi-so=grdp_growth", "alert(14)"],
])("%s shows a javascript: source as text, never as a link", async (path, shown) => {
  const guarded = await openGuarded(browser, server.url + path);
  try {
    const page = guarded.page;
    // Open every folded table and scroll every table to its end, so that all its rows are rendered.
    for (const summary of await page.locator("main details > summary").all()) await summary.click();
    for (const form of await page.locator("main form table").all()) {
      await form.evaluate(async (table) => {
        const box = table.closest("form")!;
        for (let i = 0; i < 50 && box.scrollTop + box.clientHeight < box.scrollHeight; i++) {
          box.scrollTop = box.scrollHeight;
          await new Promise((r) => setTimeout(r, 50));
        }
      });
    }
    await expect.poll(() => page.locator("body").evaluate((b) => b.textContent ?? ""), { timeout: 30_000, interval: 250 }).toContain(shown);
    const schemes = await page.evaluate(() => [...document.querySelectorAll("a[href]")].map((a) => (a as HTMLAnchorElement).protocol));
    expect(schemes.length).toBeGreaterThan(0);
    expect(schemes.filter((p) => p !== "http:" && p !== "https:")).toEqual([]);
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});

