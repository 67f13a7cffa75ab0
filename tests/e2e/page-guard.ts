// Opens a page and records everything that would make it untrustworthy offline: console errors,
// uncaught exceptions, failed requests, requests to another origin, and cells that rendered
// an error.
import type { Browser, Page } from "playwright-core";

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

export async function openGuarded(browser: Browser, url: string, width = 1280, colorScheme: "light" | "dark" = "light"): Promise<GuardedPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "vi-VN", colorScheme });
  context.setDefaultTimeout(PAGE_TIMEOUT);
  const page = await context.newPage();
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
  return { page, problems, close: () => context.close() };
}

/** Waits until Framework has no cell still loading. */
export async function waitForCells(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll(".observablehq--loading").length === 0, undefined, { timeout: PAGE_TIMEOUT });
}
