// Numbers read off the measure pages, computed here by hand from data/actuals and the documents:
// if a change in the pipeline or the pages moves one, this fails.
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { connectBrowser, DIST, siteUrl } from "./shared.ts";
import { openGuarded } from "./page-guard.ts";
import { readCsvFile } from "../../src/ingest/csv.ts";
import type { Problem } from "../../src/ingest/problems.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/*
 * Tiền Giang (63-82), "Tăng trưởng kinh tế (GRDP giá so sánh năm 2010) bình quân 7,0 - 7,5%/năm"
 * for 2021–2025 (data/documents/000_0893587e615f0e18.txt), base year 2020.
 * Yearly growth chosen from data/actuals/sourced-actuals.csv (line numbers of that file):
 *   2021: −0,9 (line 8, only value); 2022: 7,02 (line 9, first listed; line 11 agrees, line 10
 *   says 7,1); 2023: 5,72 (line 12, only value); 2024: 7,02 (line 13, first listed; line 167 says 7).
 * Achieved average: (0,991 × 1,0702 × 1,0572 × 1,0702)^(1/4) − 1
 *   = 1,199943^(1/4) − 1 = 0,04662 → 4,66 %/năm.
 * Growth still required in 2025 to average 7 % over five years:
 *   1,07^5 / 1,199943 − 1 = 1,402552 / 1,199943 − 1 = 0,16885 → 16,88 %.
 */
const product = 0.991 * 1.0702 * 1.0572 * 1.0702;
const achieved = (product ** (1 / 4) - 1) * 100;
const required = (1.07 ** 5 / product - 1) * 100;
const vi = (n: number) => n.toFixed(2).replace(".", ",");

test("the hand-computed numbers are the ones written below", () => {
  expect(vi(achieved)).toBe("4,66");
  expect(vi(required)).toBe("16,88");
});

test("Tiền Giang's achieved and still-required growth on /tang-truong and on its province page", async () => {
  const growth = await openGuarded(browser, siteUrl() + "/tang-truong?ky=2020-2025");
  try {
    const page = growth.page;
    // The ended period's table sits folded under its chart: open it, find Tiền Giang's row.
    const frame = page.locator("figure.chart-frame", { has: page.locator('svg[aria-label*="kết quả các giai đoạn đã kết thúc"]') });
    await frame.locator("details summary").click();
    const row = frame.locator("tbody tr", { hasText: "Tiền Giang" }).filter({ hasText: "2021–2025" });
    const text = await row.innerText();
    expect(text).toContain(`${vi(achieved)}%/năm (đến 2024)`);
    expect(text).toContain(`${vi(required)}%/năm`);
    expect(text).toContain("7–7,5%/năm");
    expect(growth.problems).toEqual([]);
  } finally {
    await growth.close();
  }
  const province = await openGuarded(browser, siteUrl() + "/tinh/63-82?chi-so=grdp_growth");
  try {
    const card = province.page.locator(".target-card", { hasText: "Tốc độ tăng trưởng GRDP" }).filter({ hasText: "7–7,5%/năm" });
    expect(await card.innerText()).toContain(`Đến năm 2024 đạt ${vi(achieved)}%/năm; khi đó các năm còn lại cần ${vi(required)}%/năm.`);
    expect(province.problems).toEqual([]);
  } finally {
    await province.close();
  }
});

/*
 * Tiền Giang's structure in 2019 (sourced-actuals.csv lines 15, 17, 19, 21, one source):
 *   agriculture 38,8; industry-construction 27,2 (line 17, first listed; line 176 says 26,8);
 *   services 28,2; product taxes 5,8.
 * Four components: 38,8 + 27,2 + 28,2 + 5,8 = 100. Three sectors: 38,8 + 27,2 + 28,2 = 94,2.
 * Agriculture without taxes: 38,8 / 94,2 = 0,41189 → 41,19 %.
 */
test("a structure share, its share without taxes and its sums on /co-cau", async () => {
  const threeSum = 38.8 + 27.2 + 28.2;
  const withoutTaxes = (38.8 / threeSum) * 100;
  expect(vi(withoutTaxes)).toBe("41,19");
  const guarded = await openGuarded(browser, siteUrl() + "/co-cau?tinh=63-82");
  try {
    const page = guarded.page;
    await page.locator("figure.chart-frame details summary").first().click();
    const row = page.locator("figure.chart-frame tbody tr", { hasText: "Nông, lâm, thủy sản" }).filter({ hasText: "2019" });
    const cells = await row.locator("td").allInnerTexts();
    // (an empty selection cell,) Tỉnh, Năm, Khu vực, Công bố, Không tính thuế, Tổng các phần, Tổng ba khu vực, Cơ sở số liệu
    expect(cells.slice(2, 9)).toEqual(["2019", "Nông, lâm, thủy sản", "38,8%", `${vi(withoutTaxes)}%`, "100%", `${threeSum.toFixed(1).replace(".", ",")}%`, "bốn thành phần (thuế riêng)"]);
    expect(guarded.problems).toEqual([]);
  } finally {
    await guarded.close();
  }
});

/*
 * A verdict. Bến Tre's 2020 resolution (data/documents/001_31bcd61aa05f9e0e.txt) set GRDP growth
 * of 7,6 % for 2020; the year is over (as-of year 2026) and its growth was 0,84 %
 * (sourced-actuals.csv line 34, the only value). 0,84 < 7,6: not achieved, by
 * 0,84 − 7,6 = −6,76 percentage points.
 */
test("an ended period's verdict and its gap, on /tang-truong and on the province page", async () => {
  const gap = vi(0.84 - 7.6);
  expect(gap).toBe("-6,76");
  const growth = await openGuarded(browser, siteUrl() + "/tang-truong?ky=2015-2020");
  try {
    const page = growth.page;
    const frame = page.locator("figure.chart-frame", { has: page.locator('svg[aria-label*="kết quả các giai đoạn đã kết thúc"]') });
    await frame.locator("details summary").click();
    const text = await frame.locator("tbody tr", { hasText: "Bến Tre" }).filter({ hasText: "7,6%/năm" }).innerText();
    expect(text).toContain("0,84%/năm (số liệu năm cuối kỳ)");
    expect(text).toContain(gap);
    expect(text).toContain("✗ Không đạt");
    expect(growth.problems).toEqual([]);
  } finally {
    await growth.close();
  }
  const province = await openGuarded(browser, siteUrl() + "/tinh/63-83?chi-so=grdp_growth");
  try {
    const card = province.page.locator(".target-card", { hasText: "7,6%/năm" });
    const text = await card.innerText();
    expect(text).toContain("✗ Không đạt");
    expect(text).toContain(`Kết quả cuối kỳ: 0,84%/năm (chênh ${gap} điểm %)`);
    expect(province.problems).toEqual([]);
  } finally {
    await province.close();
  }
});

/*
 * A target typed from paper that no document states: Quảng Ninh's (34-22) labour productivity
 * growth of 12 %/năm for 2026-2030, typed in data/targets/targets-2026-2030.csv from an article
 * (its phrase and address read here from that file). On the province page it has a card with its
 * phrase and its source's address as a link, and no link to a document page.
 */
test("a typed target with no document appears on its province page with its source", async () => {
  const problems: Problem[] = [];
  const rows = readCsvFile("data/targets/targets-2026-2030.csv", problems).records.map((r) => r.values);
  expect(problems).toEqual([]);
  const row = rows.find((r) => r.province === "22" && r.indicator === "labour_productivity_growth");
  expect(row).toBeDefined();
  const province = await openGuarded(browser, siteUrl() + "/tinh/34-22?ky=2025-2030&chi-so=labour_productivity_growth");
  try {
    const card = province.page.locator(".target-card", { hasText: row!.quote });
    await expect.poll(() => card.count(), { timeout: 30_000, interval: 250 }).toBe(1);
    expect(await card.innerText()).toContain("12%/năm");
    const links = await card.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links).toContain(row!.source_url);
    expect(links.filter((href) => href?.includes("van-ban"))).toEqual([]);
    expect(province.problems).toEqual([]);
  } finally {
    await province.close();
  }
});
