// Every built page opens in headless Chromium at desktop and phone widths with no console error,
// no failed request and no request outside its own origin. With CHITIEU_SCREENSHOTS=1 a screenshot
// of each is kept in test-results/ for a reviewer (encoding 330 of them costs a fifth of the file's time).
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdirSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import type { Browser } from "playwright-core";
import { openGuarded, resizeGuarded, TabPool, type GuardedPage } from "./page-guard.ts";
import { readParquetFile } from "../helpers/parquet.ts";
import { connectBrowser, DIST, downloaded, KEEP_SCREENSHOTS, siteUrl } from "./shared.ts";
import { targetsInSources } from "./sources.ts";
import { CLEAN, inspectPage } from "./site-checks.ts";

/** A count as the pages write it (vi-VN: 1.234). */
const formatCount = (n: number) => n.toLocaleString("vi-VN");

/** The Parquet file the build copied for the pages (dist/_file/data/NAME.HASH.parquet). */
function builtFile(name: string): string {
  const dir = join(DIST, "_file", "data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".parquet"));
  if (!file) throw new Error(`no ${name}.parquet in ${dir}`);
  return join(dir, file);
}

function builtPages(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name.startsWith("_") ? [] : builtPages(path);
    return e.name.endsWith(".html") && e.name !== "404.html" ? ["/" + relative(DIST, path).replace(/(index)?\.html$/, "")] : [];
  });
}

let browser: Browser;
let tabs: TabPool;
const site = siteUrl();
beforeAll(async () => {
  browser = await connectBrowser();
  // Two renderers: at the end of a run this file often runs alone, and one renderer's main thread
  // then keeps one core busy out of two.
  tabs = new TabPool(browser, 2);
  mkdirSync("test-results", { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

const pages = builtPages();
test("the build produced the overview page", () => {
  expect(pages).toContain("/");
});

// Every page at desktop and at phone width. A page of its own (the overview, the explorer, …) is
// loaded afresh at each width. A page made from a template and a parameter (a province, an
// indicator, a unit's documents: 152 of the 164) is loaded once and checked at both widths, the
// second after resizing that load; the width it loads at alternates from one page of a template
// to the next, so that every template is also loaded afresh at both widths, dozens of times.
// (A load per width cost three fifths more CPU: over 30 of these pages, 39 s against 26 s and
// 32 s against 20 s, one after the other on an idle machine.)
const TEMPLATED = /^\/(chi-so|tinh|van-ban)\/[^/]+$/;
const WIDTHS = [1280, 390] as const;
const templated = pages.filter((path) => TEMPLATED.test(path));
/** The width a templated page is loaded at; it is then resized to the other one. */
const loadWidth = (path: string) => WIDTHS[templated.indexOf(path) % 2];

/** One load of a templated page, shared by its two tests: the load's test hands it to the other's. */
interface SharedLoad {
  loaded: Promise<GuardedPage | null>;
  hand(guarded: GuardedPage | null): void;
}
const sharedLoads = new Map<string, SharedLoad>();
function sharedLoad(path: string): SharedLoad {
  let load = sharedLoads.get(path);
  if (!load) {
    let hand!: (guarded: GuardedPage | null) => void;
    const loaded = new Promise<GuardedPage | null>((resolve) => (hand = resolve));
    load = { loaded, hand };
    sharedLoads.set(path, load);
  }
  return load;
}

/** Each page at each width, the width it loads at first. */
const visits = pages.flatMap((path) => {
  const first = TEMPLATED.test(path) ? loadWidth(path) : WIDTHS[0];
  return [first, ...WIDTHS.filter((w) => w !== first)].map((width) => [path, width] as const);
});

/** What every page must hold to at every width, read from the page open at that width. */
async function checkPage(guarded: GuardedPage, path: string, width: number): Promise<void> {
  if (KEEP_SCREENSHOTS) {
    const name = (path === "/" ? "index" : path.slice(1).replaceAll("/", "_")) + `-${width}.png`;
    // The page from its top, down to 4.000 px: encoding a 17.000 px document page costs more
    // than rendering it, and the checks below read the whole page anyway.
    const height = Math.min(4000, await guarded.page.evaluate(() => document.documentElement.scrollHeight));
    await guarded.page.screenshot({ path: join("test-results", name), fullPage: true, clip: { x: 0, y: 0, width, height } });
  }
  expect(guarded.problems).toEqual([]);
  expect(await guarded.page.evaluate(() => document.documentElement.lang)).toBe("vi");
  // Vietnamese words, vi-VN numbers, phone width, framed charts with legends, linked sources.
  expect(await inspectPage(guarded.page, path, width)).toEqual(CLEAN);
}

describe("every page", () => {
  // The tabs go once every page is done: the tests after this block load their pages on their own.
  afterAll(() => tabs?.close());

  // The pages are independent: several open at once (vitest's maxConcurrency), each in a tab of
  // its own, which keeps both cores busy while one page waits for the network to settle.
  describe.concurrent.each(visits)("page %s", (path, width) => {
    test(`renders cleanly at ${width} px`, async () => {
      if (TEMPLATED.test(path)) {
        const load = sharedLoad(path);
        if (width === loadWidth(path)) {
          // The load, checked at its width, then handed, still open and guarded, to the other width.
          let guarded: GuardedPage | null = null;
          try {
            guarded = await tabs.visit(site + path, width);
            await checkPage(guarded, path, width);
          } finally {
            load.hand(guarded);
          }
        } else {
          const guarded = await load.loaded;
          if (!guarded) throw new Error(`${path} did not load at ${loadWidth(path)} px`);
          try {
            await resizeGuarded(guarded.page, width);
            await checkPage(guarded, path, width);
          } finally {
            await guarded.close();
          }
        }
        return;
      }
      // The SQL page downloads DuckDB-WASM (30 MB): its two widths open at once, and two tabs writing
      // that file into one shared HTTP cache at the same time failed once in CI
      // (net::ERR_CACHE_WRITE_FAILURE). Each gets a context, and a cache, of its own.
      // The others load into tabs kept open for the next page of the same width (TabPool).
      const guarded = path === "/sql" ? await openGuarded(browser, site + path, width, "light", { fresh: true }) : await tabs.visit(site + path, width);
      try {
        await checkPage(guarded, path, width);
      } finally {
        await guarded.close();
      }
    });
  });
});

test("the overview states the number of targets and the latest year of actuals that the data hold", async () => {
  // The provinces counted from data/ by the extractor and the typed targets, not read back from
  // the pipeline's own files; the targets between the documents' statements and all statements
  // (one target stated twice is one), and equal to the rows of progress.parquet.
  const expected = targetsInSources();
  const actuals = await readParquetFile(builtFile("actuals"));
  const progress = await readParquetFile(builtFile("progress"));
  expect(progress.length).toBeGreaterThanOrEqual(expected.documentStatements);
  expect(progress.length).toBeLessThanOrEqual(expected.statements);
  const guarded = await openGuarded(browser, site + "/");
  try {
    const text = await guarded.page.locator("main").innerText();
    expect(text).toContain(`${formatCount(progress.length)} chỉ tiêu của ${formatCount(expected.provinces)} tỉnh, thành phố`);
    // The sourced actuals and the reports run to 2025 (Hà Tĩnh, and the results of the term).
    expect(Math.max(...actuals.map((d) => d.year as number))).toBe(2025);
    expect(text).toContain("số liệu thực tế đến năm 2025");
    expect(await guarded.page.locator('svg[aria-label="Số chỉ tiêu theo tình trạng"]').count()).toBe(1);
    expect(await guarded.page.locator("table.scoreboard").count()).toBe(1);
  } finally {
    await guarded.close();
  }
});

/** The cells of the rows of the last table in a page's main part, once it has rows, without the table's first column (a row's selector, empty). */
async function lastTableRows(guarded: GuardedPage): Promise<string[][]> {
  const table = guarded.page.locator("main table").last();
  await expect.poll(() => table.locator("tbody tr").count()).toBeGreaterThan(0);
  const rows = await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td, th")].map((cell) => cell.textContent?.trim() ?? "")));
  expect(rows.map((cells) => cells[0])).toEqual(rows.map(() => ""));
  return rows.map((cells) => cells.slice(1));
}

// The two index pages count from index_counts.parquet; the counts are checked here against the
// rows of progress.parquet and actuals.parquet, which they read whole before.
test("the index of provinces counts each one's targets, by bucket, and its actual values as progress and actuals hold them", async () => {
  const [progress, actuals, provinces] = await Promise.all(["progress", "actuals", "provinces"].map((name) => readParquetFile(builtFile(name))));
  const keyOf = (d: Record<string, unknown>) => `${d.units}-${d.province_code}`;
  const keyByName = new Map(provinces.filter((p) => p.units === "63").map((p) => [p.name_vi as string, `63-${p.code}`]));
  const guarded = await openGuarded(browser, site + "/tinh/");
  try {
    // The table of the provinces with a page (63 units first): name, targets, a count per bucket, actual values.
    const rows = await lastTableRows(guarded);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const cells of rows) {
      const key = keyByName.get(cells[0]);
      expect(key, cells[0]).toBeDefined();
      const count = (text: string) => Number(text.replaceAll(".", ""));
      expect([cells[0], count(cells[1]), count(cells.at(-1)!)]).toEqual([cells[0], progress.filter((d) => keyOf(d) === key).length, actuals.filter((d) => keyOf(d) === key).length]);
      // The buckets split the targets.
      expect(cells.slice(2, -1).reduce((sum, c) => sum + count(c), 0)).toBe(count(cells[1]));
    }
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});

test("the index of indicators counts each one's targets and actual values as progress and actuals hold them", async () => {
  const [progress, actuals, indicators] = await Promise.all(["progress", "actuals", "indicators"].map((name) => readParquetFile(builtFile(name))));
  const codeByName = new Map(indicators.map((i) => [i.name_vi as string, i.code as string]));
  const guarded = await openGuarded(browser, site + "/chi-so/");
  try {
    const rows = await lastTableRows(guarded);
    // Every indicator of the catalog.
    expect(rows.length).toBe(indicators.length);
    const counted = rows.map((cells) => {
      const code = codeByName.get(cells[0]);
      return [cells[0], cells.at(-2), cells.at(-1), progress.filter((d) => d.indicator_code === code).length, actuals.filter((d) => d.indicator_code === code).length];
    });
    for (const [name, targets, values, expectedTargets, expectedValues] of counted) expect([name, Number(String(targets).replaceAll(".", "")), Number(String(values).replaceAll(".", ""))]).toEqual([name, expectedTargets, expectedValues]);
    // Not every count is nought: the default data hold GRDP growth targets and values.
    expect(counted.some(([, , , t, v]) => Number(t) > 0 && Number(v) > 0)).toBe(true);
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});

test("the targets explorer searches without accents and downloads a CSV that Excel reads", async () => {
  const guarded = await openGuarded(browser, site + "/chi-tieu");
  try {
    const page = guarded.page;
    await page.getByLabel("Tìm").fill("dong thap tang truong");
    // The table keeps its unfiltered rows until the search has run: wait for the filtered ones.
    const rowTexts = () => page.locator("main table tbody tr").allInnerTexts();
    await expect.poll(async () => {
      const texts = await rowTexts();
      return texts.length > 0 && texts.every((row) => row.includes("Đồng Tháp"));
    }).toBe(true);
    const rows = await rowTexts();
    expect(rows.join("\n")).toMatch(/[Tt]ăng trưởng/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", {name: "Tải CSV cho Excel"}).click()]);
    const bytes = await downloaded(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString("utf8");
    // Vietnamese headers, semicolons for Excel in a Vietnamese locale; the codes in their own columns.
    expect(csv.split("\r\n")[0]).toBe("\ufeffTỉnh;Loại;Chỉ tiêu;Giá trị;Giá trị trên;Như văn bản viết;Đơn vị;Năm;Dạng;Độ tin cậy;Câu trích (mở văn bản);Tệp văn bản;Mã loại;Mã chỉ tiêu;Mã dạng;Mã so sánh;Mã đơn vị;Năm bắt đầu;Năm đích;Mã con số;Rà soát");
    expect(csv).toContain("Đồng Tháp");
    // One line per figure found, as the page counts them ("N / M con số").
    const found = Number(/(\d+) \/ \d+ con số/.exec(await page.locator("main").innerText())![1]);
    expect(csv.trim().split("\r\n").length - 1).toBe(found);
  } finally {
    await guarded.close();
  }
});

test("a quote links to its document, where it is highlighted in the full text", async () => {
  const guarded = await openGuarded(browser, site + "/chi-tieu");
  try {
    await guarded.page.getByLabel("Tìm").fill("kim ngach xuat khau 4,5");
    const link = guarded.page.locator("main table a.quote").first();
    await expect.poll(() => guarded.page.locator("main table a.quote").allInnerTexts()).toEqual(["“Kim ngạch xuất khẩu năm 2025 đạt 4,5 tỷ USD”"]);
    const href = await link.getAttribute("href");
    // The document opens on the page of its province's documents (Tiền Giang among the 63).
    expect(href).toMatch(/^\/van-ban\/63-82\?doc=000_0893587e615f0e18#f-[0-9a-f]{12}$/);
    const doc = await openGuarded(browser, site + href);
    try {
      const current = doc.page.locator("mark.current");
      expect(await current.innerText()).toBe("Kim ngạch xuất khẩu năm 2025 đạt 4,5 tỷ USD");
      expect(doc.problems).toEqual([]);
    } finally {
      await doc.close();
    }
  } finally {
    await guarded.close();
  }
});

test("the SQL page runs DuckDB-WASM over the outputs, offline", async () => {
  const guarded = await openGuarded(browser, site + "/sql");
  try {
    const progress = await readParquetFile(builtFile("progress"));
    const noData = progress.filter((d) => d.status === "no_data").length;
    // DuckDB-WASM (35 MB) compiles in seconds on a quiet machine, in more than 30 s on a crowded one:
    // the usual wait (vitest.config.ts).
    await expect.poll(() => guarded.page.locator("main").innerText()).toContain("dòng");
    // The cell beside "no_data" holds its count: an exact cell, not a digit anywhere in the table.
    const rows = await guarded.page.locator("main table").last().locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td, th")].map((cell) => cell.textContent?.trim() ?? "")),
    );
    const row = rows.find((cells) => cells.includes("no_data"));
    expect(row).toBeDefined();
    expect(row![row!.indexOf("no_data") + 1]).toBe(String(noData));
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});

test("the search and the filters are reachable with the keyboard", async () => {
  const guarded = await openGuarded(browser, site + "/chi-tieu");
  try {
    let focused = "";
    for (let i = 0; i < 40 && focused !== "Tìm"; i++) {
      await guarded.page.keyboard.press("Tab");
      focused = await guarded.page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent?.trim() ?? "");
    }
    expect(focused).toBe("Tìm");
    await guarded.page.keyboard.type("ho ngheo");
    await expect.poll(() => guarded.page.locator("main table tbody tr").first().innerText()).toMatch(/hộ nghèo/i);
  } finally {
    await guarded.close();
  }
});

test.each(["light", "dark"] as const)("the overview is legible in the %s theme", async (scheme) => {
  const guarded = await openGuarded(browser, site + "/", 1280, scheme);
  try {
    if (KEEP_SCREENSHOTS) await guarded.page.screenshot({ path: join("test-results", `index-${scheme}.png`) });
    const [fg, bg] = await guarded.page.evaluate(() => {
      const main = document.querySelector("main")!;
      const parse = (c: string) => c.match(/[\d.]+/g)!.map(Number);
      // The first opaque background from the text up (a transparent one shows what is behind it).
      let background = [255, 255, 255];
      for (let el: Element | null = main; el; el = el.parentElement) {
        const c = parse(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || c[3] > 0) {
          background = c.slice(0, 3);
          break;
        }
      }
      return [parse(getComputedStyle(main).color).slice(0, 3), background];
    });
    const luminance = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const [l1, l2] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
    // WCAG AA for body text: a contrast of at least 4.5 to 1.
    expect((l1 + 0.05) / (l2 + 0.05)).toBeGreaterThanOrEqual(4.5);
    expect(luminance(bg) < 0.2).toBe(scheme === "dark");
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});
