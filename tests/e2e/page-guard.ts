// Opens a page and records everything that would make it untrustworthy offline: console errors,
// uncaught exceptions, failed requests, requests to another origin, and cells that rendered
// an error.
import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Response } from "playwright-core";

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
  const visit = await visitGuarded(page, url);
  return {
    ...visit,
    close: async () => {
      await visit.close();
      await (own ? own.close() : page.close());
    },
  };
}

/**
 * Loads `url` into a tab already open (a fresh document at the tab's viewport) and records its
 * problems until close(), which stops recording and leaves the tab open for the next page.
 */
export async function visitGuarded(page: Page, url: string): Promise<GuardedPage> {
  const origin = new URL(url).origin;
  const problems: string[] = [];
  const listeners = {
    console: (m: ConsoleMessage) => {
      if (m.type() === "error") problems.push(`console error: ${m.text()}`);
    },
    pageerror: (e: Error) => problems.push(`uncaught: ${e.message}`),
    // A request the browser cancelled (net::ERR_ABORTED) is no failure of the site: a tab kept
    // from the page before aborts that page's late requests when it navigates here (seen once in
    // CI, three Parquet files the previous page was still fetching). A file this page needed and
    // did not get still shows, as an HTTP status, a cell error or a missing value checked below.
    requestfailed: (r: Request) => {
      if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`failed request: ${r.url()} (${r.failure()?.errorText})`);
    },
    request: (r: Request) => {
      const u = r.url();
      if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) problems.push(`request off origin: ${u}`);
    },
    response: (r: Response) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    },
  };
  page.on("console", listeners.console);
  page.on("pageerror", listeners.pageerror);
  page.on("requestfailed", listeners.requestfailed);
  page.on("request", listeners.request);
  page.on("response", listeners.response);
  const stop = () => {
    page.off("console", listeners.console);
    page.off("pageerror", listeners.pageerror);
    page.off("requestfailed", listeners.requestfailed);
    page.off("request", listeners.request);
    page.off("response", listeners.response);
  };
  try {
    await page.goto(url, { waitUntil: "networkidle" });
    await waitForCells(page);
    const cellErrors = await page.locator(".observablehq--error").allInnerTexts();
    for (const e of cellErrors) problems.push(`cell error: ${e}`);
  } catch (e) {
    stop();
    throw e;
  }
  return { page, problems, close: async () => stop() };
}

/**
 * Sets the viewport of a page already loaded and waits until it has redrawn for it: the charts
 * in `resize()` and the cells that read `width` run again after the browser has laid the page
 * out at the new width (a ResizeObserver, then the runtime's next frame). The page's guard keeps
 * recording, so an error in a redraw is a problem of the page like one of its load.
 */
export async function resizeGuarded(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 900 });
  // Three frames: the resize observers fire in the first, the runtime recomputes in the next.
  await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))));
  await waitForCells(page);
}

/**
 * Waits until Framework has no cell still loading: each pending cell, inline (`${…}` in the text)
 * or block, shows an <observablehq-loading> element until its value is displayed. (Waiting for the
 * network to go quiet is not enough: on a loaded machine a page can be read before its cells ran.)
 */
export async function waitForCells(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelectorAll("observablehq-loading, .observablehq--loading").length === 0, undefined, { timeout: PAGE_TIMEOUT });
}

/**
 * Tabs of the shared context kept open between page loads, one set per width: a test borrows one,
 * loads its page into it (a fresh document, at a viewport set before the load) and gives it back.
 * Opening and closing a tab for each of some 330 loads cost Chromium two fifths more CPU than
 * loading them into a few tabs that stay open (measured over the province pages).
 */
export class TabPool {
  private idle = new Map<number, Page[]>();
  private extra: Promise<BrowserContext>[] = [];
  private opened = 0;
  /**
   * `renderers`: how many renderer processes the tabs spread over, one a context (the shared one,
   * then contexts of the pool's own): the tabs of one context share one renderer
   * (--process-per-site, chromium.ts), whose main thread is then the limit once a file runs alone.
   */
  constructor(private browser: Browser, private renderers = 1) {}

  private context(): Promise<BrowserContext> {
    const k = this.opened++ % this.renderers;
    if (k === 0) return sharedContext(this.browser);
    this.extra[k - 1] ??= this.browser.newContext({ locale: "vi-VN" });
    return this.extra[k - 1];
  }

  async visit(url: string, width: number): Promise<GuardedPage> {
    let page = this.idle.get(width)?.pop();
    if (!page) {
      page = await (await this.context()).newPage();
      page.setDefaultTimeout(PAGE_TIMEOUT);
      await page.setViewportSize({ width, height: 900 });
    }
    const tab = page;
    let visit: GuardedPage;
    try {
      visit = await visitGuarded(tab, url);
    } catch (e) {
      await tab.close();
      throw e;
    }
    return {
      ...visit,
      close: async () => {
        await visit.close();
        // A test may have resized the tab (pages.test.ts checks a second width on the same load):
        // it waits among the tabs of the width it has now.
        const now = tab.viewportSize()?.width ?? width;
        this.idle.set(now, [...(this.idle.get(now) ?? []), tab]);
      },
    };
  }

  /** Closes the tabs waiting for a page (a borrowed one is closed by its test, or kept by it). */
  async close(): Promise<void> {
    const tabs = [...this.idle.values()].flat();
    this.idle.clear();
    await Promise.all(tabs.map((t) => t.close()));
    const extra = this.extra;
    this.extra = [];
    await Promise.all(extra.map(async (c) => (await c).close()));
  }
}
