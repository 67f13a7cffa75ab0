// Opens a page and records everything that would make it untrustworthy offline: console errors,
// uncaught exceptions, failed requests, requests to another origin, and cells that rendered
// an error.
import type { Browser, BrowserContext, Page } from "playwright-core";

/**
 * How long a step may take: pages render in a few seconds, but a 2-core machine running the
 * unit suite, other builds and several pages at once can be ten times slower; a limit that is
 * too short makes a correct page fail.
 */
export const PAGE_TIMEOUT = 90_000;

export interface GuardedPage {
  page: Page;
  problems: string[];
  close(): Promise<void>;
}

/**
 * One browser context per connection, shared by the pages a file opens: pages stay separate
 * (each its own tab, listeners and viewport) but share the HTTP cache, so Plot, DuckDB-WASM and
 * the data files are downloaded and compiled once per file rather than once per page, as a
 * reader's browser does. `fresh` gives a context of the page's own (an empty cache).
 */
const contexts = new WeakMap<Browser, Promise<BrowserContext>>();
function sharedContext(browser: Browser): Promise<BrowserContext> {
  let context = contexts.get(browser);
  if (!context) {
    context = browser.newContext({ locale: "vi-VN" });
    contexts.set(browser, context);
  }
  return context;
}

export async function openGuarded(browser: Browser, url: string, width = 1280, colorScheme: "light" | "dark" = "light", { fresh = false } = {}): Promise<GuardedPage> {
  const own = fresh ? await browser.newContext({ locale: "vi-VN" }) : null;
  const page = await (own ?? (await sharedContext(browser))).newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  const origin = new URL(url).origin;
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("requestfailed", (r) => problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`));
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) problems.push(`request off origin: ${u}`);
  });
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await waitForCells(page);
  const cellErrors = await page.locator(".observablehq--error").allInnerTexts();
  for (const e of cellErrors) problems.push(`cell error: ${e}`);
  return { page, problems, close: () => (own ? own.close() : page.close()) };
}

/**
 * Waits until Framework has no cell still loading: each pending cell, inline (`${…}` in the text)
 * or block, shows an <observablehq-loading> element until its value is displayed. (Waiting for the
 * network to go quiet is not enough: on a loaded machine a page can be read before its cells ran.)
 */
export async function waitForCells(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading, .observablehq--loading").length === 0, undefined, { timeout: PAGE_TIMEOUT });
}
