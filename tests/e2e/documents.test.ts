// The documents: one searchable list of all of them, and a page per province or unit with its
// documents, where a document opens in full with every figure the extractor found marked, and
// the uncertain ones flagged "cần xem lại". A page reads only its own province's file.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { openGuarded } from "./page-guard.ts";
import { connectBrowser, siteUrl } from "./shared.ts";
import { readSources } from "./sources.ts";
import { needsReview, REVIEW_THRESHOLD } from "../../docs/van-ban/document-text.js";

// Tiền Giang's action programme for 2020-2025 (one of the five seed documents), among the 63.
const DOC = "000_0893587e615f0e18";
const UNIT = "63-82";

const sources = readSources();
const document = sources.documents.find((d) => d.meta.file === `${DOC}.txt`)!;
const figures = sources.figures.filter((f) => f.doc === `${DOC}.txt`).sort((a, b) => a.start - b.start);

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

test("a document opens on its province's page, which downloads only that province's file", async () => {
  const guarded = await openGuarded(browser, `${siteUrl()}/van-ban/${UNIT}?doc=${DOC}`);
  try {
    const page = guarded.page;
    const requested = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
    const data = requested.filter((p) => p.startsWith("/_file/"));
    expect(data).toHaveLength(1);
    expect(data[0]).toMatch(new RegExp(`^/_file/data/van-ban/${UNIT}\\.[0-9a-f]{8}\\.parquet$`));

    // The full text, exactly as in data/documents (flags are added beside the marks, not in them).
    const shown = await page.locator(".document-text").evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".review-flag").forEach((f) => f.remove());
      return copy.textContent;
    });
    expect(shown).toBe(document.text);

    // Every figure the extractor finds in it (computed here, not read from the site's data) has
    // an anchor where its quote starts, its quote marked (pieces it shares with another figure
    // are marked once, naming both), and is flagged exactly when its confidence is below 0,8 and
    // no analyst reviewed it.
    expect(figures.length).toBeGreaterThan(5);
    const shownMarks = await page.locator(".document-text mark").evaluateAll((els) =>
      els.map((m) => ({ figures: (m as HTMLElement).dataset.figures!.split(" "), text: m.textContent!, flagged: m.classList.contains("needs-review") })),
    );
    const anchors = await page.locator(".document-text .figure-anchor").evaluateAll((els) => els.map((e) => e.id));
    expect([...anchors].sort()).toEqual(figures.map((f) => `f-${f.id}`).sort());
    for (const f of figures) {
      const own = shownMarks.filter((m) => m.figures.includes(f.id));
      expect(own.map((m) => m.text).join("")).toBe(document.text.slice(f.start, f.end));
      if (needsReview(f)) expect(own.every((m) => m.flagged)).toBe(true);
    }
    const flaggedIds = new Set(figures.filter(needsReview).map((f) => f.id));
    for (const m of shownMarks) expect(m.flagged).toBe(m.figures.some((id) => flaggedIds.has(id)));
    const flagged = figures.filter((f) => f.confidence < REVIEW_THRESHOLD && !f.review).length;
    expect(flagged).toBe(flaggedIds.size);
    expect(flagged).toBeGreaterThan(0);
    expect(await page.locator(".document-text .review-flag").allInnerTexts()).toEqual(Array(flagged).fill("cần xem lại"));
    expect(await page.locator("main").innerText()).toContain(`${figures.length} con số tìm thấy, ${flagged} cần xem lại`);
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});

test("the list of documents searches without accents and opens a document on its province's page", async () => {
  const guarded = await openGuarded(browser, `${siteUrl()}/van-ban/`);
  try {
    const page = guarded.page;
    const total = sources.documents.length;
    expect(await page.locator("main").innerText()).toContain(`${total} / ${total} văn bản`);
    await page.getByLabel("Tìm").fill("tien giang chuong trinh");
    const rows = () => page.locator("main table tbody tr").allInnerTexts();
    await expect.poll(async () => (await rows()).length).toBe(1);
    expect((await rows())[0]).toContain("Tiền Giang");
    await page.locator("main table tbody tr a").first().click();
    await page.waitForURL(`**/van-ban/${UNIT}?doc=${DOC}`);
    await expect.poll(() => page.locator(".document-text").count()).toBe(1);
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});

test("an address naming only the document goes on to its province's page, the figure highlighted", async () => {
  const figure = figures[0];
  const guarded = await openGuarded(browser, `${siteUrl()}/van-ban/?doc=${DOC}#f-${figure.id}`);
  try {
    await guarded.page.waitForURL(`**/van-ban/${UNIT}?doc=${DOC}#f-${figure.id}`);
    const current = () => guarded.page.locator("mark.current").evaluateAll((m) => m.map((e) => e.textContent).join(""));
    await expect.poll(current).toBe(document.text.slice(figure.start, figure.end));
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});
