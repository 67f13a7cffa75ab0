// The overview measure of `npm run bench`, also usable alone (`npx tsx bench/overview.ts [DIST]
// [--loads N]`, on a site already built): when the overview's first chart is painted and how many
// bytes the page transfers, in Debian's Chromium, from a local server.
import { join } from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { launchChromium } from "../tests/e2e/chromium.ts";
import { serveStatic } from "../tests/e2e/static-server.ts";

export interface OverviewTiming {
  /** When Chromium painted the first chart (ms from navigation), median of the loads. */
  firstChartMs: number;
  /** When the page answered Playwright once the chart was visible, median of the loads. */
  seenMs: number;
  /** Bytes transferred by one load (headers and bodies). */
  bytes: number;
}

/** The page of a province the bench weighs at each scale: Hà Tĩnh, a unit since 2025 (its rows lie amid the national files'). */
export const PROVINCE_PAGE = "/tinh/34-42";

/**
 * Bytes one load of `path` transfers (headers and bodies) in a fresh context, and of them the
 * data files' (_file/): a province's page reads its unit's row groups of the national files
 * (docs/components/parquet.js, readUnitRows), not the files whole.
 */
export async function pageBytes(dist: string, path: string): Promise<{ bytes: number; dataBytes: number }> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    return await transferred(browser, server.url + path);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The bytes (headers and bodies) one load of `url` transfers in a fresh context, in a load of its
 * own: asking the browser for each response's size while a page loads slows the page a timing measures.
 */
async function transferred(browser: Browser, url: string): Promise<{ bytes: number; dataBytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const responses: Promise<[string, number]>[] = [];
    page.on("requestfinished", (request) => responses.push(request.sizes().then((s) => [request.url(), s.responseBodySize + s.responseHeadersSize])));
    await page.goto(url, { waitUntil: "networkidle" });
    const sizes = await Promise.all(responses);
    const sum = (rows: [string, number][]) => rows.reduce((a, [, b]) => a + b, 0);
    return { bytes: sum(sizes), dataBytes: sum(sizes.filter(([address]) => address.includes("/_file/"))) };
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** The overview's first chart: its name (aria-label), whose text the Element Timing API times. */
const FIRST_CHART = 'svg[aria-label="Số chỉ tiêu theo tình trạng"]';

/**
 * When the overview's first chart is painted, and the bytes the page transfers. The paint time is
 * Chromium's own (the Element Timing API's renderTime of the chart's text, marked the moment the
 * chart enters the page): asking the page for the time once Playwright sees the chart adds however
 * long the page is busy with the cells below it, up to 0,2 s, which no reader waits for. That later
 * time is kept too (`seenMs`). Medians of `loads` loads, each in a fresh context (an empty cache).
 */
export async function overviewInBrowser(dist = join(process.cwd(), "dist"), loads = 5): Promise<OverviewTiming> {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    const { bytes } = await transferred(browser, server.url + "/");
    const painted: number[] = [];
    const seen: number[] = [];
    for (let run = 0; run < loads; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript((selector) => {
        const w = window as unknown as { firstChartPaint?: number };
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            const entry = e as PerformanceEntry & { identifier?: string; renderTime?: number };
            if (entry.identifier === "first-chart" && w.firstChartPaint === undefined) w.firstChartPaint = entry.renderTime;
          }
        }).observe({ type: "element", buffered: true });
        new MutationObserver((_, observer) => {
          const chart = document.querySelector(selector);
          if (!chart) return;
          for (const text of chart.querySelectorAll("text")) text.setAttribute("elementtiming", "first-chart");
          observer.disconnect();
        }).observe(document, { subtree: true, childList: true });
      }, FIRST_CHART);
      await page.goto(server.url + "/", { waitUntil: "commit" });
      await page.waitForSelector(FIRST_CHART, { state: "visible" });
      seen.push(await page.evaluate(() => performance.now()));
      await page.waitForFunction(() => (window as unknown as { firstChartPaint?: number }).firstChartPaint !== undefined);
      painted.push(await page.evaluate(() => (window as unknown as { firstChartPaint: number }).firstChartPaint));
      await context.close();
    }
    return { firstChartMs: median(painted), seenMs: median(seen), bytes };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { loads: { type: "string", default: "9" } } });
  const timing = await overviewInBrowser(positionals[0] ?? join(process.cwd(), "dist"), Number(values.loads));
  process.stdout.write(`${JSON.stringify(timing)}\n`);
}
