// Every built page opens in headless Chromium at desktop and phone widths with no console error,
// no failed request and no request outside its own origin; a screenshot of each is kept.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdirSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { serveStatic, type RunningServer } from "./static-server.ts";
import { openGuarded } from "./page-guard.ts";

const DIST = join(process.cwd(), "dist");

function builtPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith("_") ? [] : builtPages(path);
    return e.name.endsWith(".html") && e.name !== "404.html" ? ["/" + relative(DIST, path).replace(/(index)?\.html$/, "")] : [];
  });
}

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(DIST);
  mkdirSync("test-results", { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const pages = builtPages();
test("the build produced the overview page", () => {
  expect(pages).toContain("/");
});

describe.each(pages)("page %s", (path) => {
  test.each([1280, 390])("renders cleanly at %i px", async (width) => {
    const guarded = await openGuarded(browser, server.url + path, width);
    try {
      const name = (path === "/" ? "index" : path.slice(1).replaceAll("/", "_")) + `-${width}.png`;
      await guarded.page.screenshot({ path: join("test-results", name), fullPage: true });
      expect(guarded.problems).toEqual([]);
      expect(await guarded.page.evaluate(() => document.documentElement.lang)).toBe("vi");
    } finally {
      await guarded.close();
    }
  });
});

test("the overview draws its chart from the documents' metadata", async () => {
  const guarded = await openGuarded(browser, server.url + "/");
  try {
    // 22 documents in data/documents.csv, of 8 provinces (Tiền Giang, Bến Tre, Hà Tĩnh, Hậu Giang,
    // Trà Vinh, Đồng Tháp, Vĩnh Long, Cần Thơ).
    await expect.poll(() => guarded.page.locator("main").innerText()).toContain("22 văn bản của 8 tỉnh");
    expect(await guarded.page.locator('svg[aria-label="Số văn bản theo tỉnh và nhiệm kỳ"]').count()).toBe(1);
  } finally {
    await guarded.close();
  }
});
