// Observable Framework configuration. Everything a page needs is served from the site itself:
// no Google Fonts (globalStylesheets: []), a self-hosted theme (docs/style.css), no DuckDB
// extension downloads, and browser libraries imported by bare name from node_modules.
import { existsSync, readFileSync } from "node:fs";
import { parquetReadObjects } from "hyparquet";

/** The columns of a site data file that the paths need (not the million rows' values at 100×). */
async function readSiteData(name: string, columns?: string[]): Promise<Record<string, unknown>[]> {
  const file = `docs/data/${name}`;
  if (!existsSync(file)) return [];
  const b = readFileSync(file);
  return parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer, columns });
}

/**
 * A page per province or unit with targets or actuals, and a page of documents per province or
 * unit with documents (not one per document: the build stays proportional to the provinces, and
 * each page reads only its province's texts).
 */
async function* dynamicPaths(): AsyncGenerator<string> {
  for await (const path of allDynamicPaths()) if (wantedPage(path)) yield path;
}

/**
 * CHITIEU_PAGES="/tinh/34-42 /chi-so/grdp_growth" builds, of the pages made from parameters, only
 * those listed (the other pages are always built): a quick preview of one province at national
 * scale, and the end-to-end tests' rebuilds in a workspace, which read a few pages of a site whose
 * every page pages.test.ts checks in the full build.
 */
const ONLY_PAGES = process.env.CHITIEU_PAGES?.trim() ? new Set(process.env.CHITIEU_PAGES.trim().split(/[\s,]+/)) : null;
const wantedPage = (path: string) => !ONLY_PAGES || ONLY_PAGES.has(path);

async function* allDynamicPaths(): AsyncGenerator<string> {
  const units = new Set<string>();
  for (const r of await readSiteData("progress.parquet", ["units", "province_code"])) units.add(`${r.units}-${r.province_code}`);
  for (const r of await readSiteData("actuals.parquet", ["units", "province_code"])) units.add(`${r.units}-${r.province_code}`);
  for (const u of [...units].sort()) yield `/tinh/${u}`;
  const documentUnits = new Set((await readSiteData("documents.parquet", ["units", "province_code"])).map((d) => `${d.units}-${d.province_code}`));
  for (const u of [...documentUnits].sort()) yield `/van-ban/${u}`;
  for (const i of await readSiteData("indicators.parquet", ["code"])) yield `/chi-so/${i.code}`;
}

/** Folded for the search index, as Framework folds page text (marks dropped, lower case). */
const fold = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^\p{L}\p{N}]/gu, " ");

/**
 * Pages made from parameters (a province, an indicator) are not in the sidebar, so Framework
 * would not index them: each gets an entry named after its province or indicator.
 */
async function* searchEntries(): AsyncGenerator<{ path: string; title: string; text: string; keywords: string }> {
  const provinces = new Map((await readSiteData("provinces.parquet")).map((p) => [`${p.units}-${p.code}`, p]));
  const indicators = await readSiteData("indicators.parquet", ["code", "name_vi", "aliases"]);
  const names = new Map(indicators.map((i) => [String(i.code), String(i.name_vi)]));
  const byUnit = new Map<string, Set<string>>();
  for (const r of [...(await readSiteData("progress.parquet", ["units", "province_code", "indicator_code"])), ...(await readSiteData("actuals.parquet", ["units", "province_code", "indicator_code"]))]) {
    const key = `${r.units}-${r.province_code}`;
    if (!byUnit.has(key)) byUnit.set(key, new Set());
    byUnit.get(key)!.add(names.get(String(r.indicator_code)) ?? "");
  }
  for (const [key, topics] of [...byUnit].sort()) {
    if (!wantedPage(`/tinh/${key}`)) continue;
    const p = provinces.get(key);
    const name = String(p?.name_vi ?? key);
    const title = key.startsWith("34-") ? `${name} (từ 7/2025)` : name;
    yield { path: `/tinh/${key}`, title, text: fold(`${name} tỉnh thành phố ${[...topics].join(" ")}`), keywords: fold(name) };
  }
  for (const i of indicators) {
    if (!wantedPage(`/chi-so/${i.code}`)) continue;
    yield { path: `/chi-so/${i.code}`, title: String(i.name_vi), text: fold(`${i.name_vi} ${String(i.aliases ?? "").replaceAll("|", " ")}`), keywords: String(i.code) };
  }
}

// Framework's own chrome (search box, result count, sidebar toggle) speaks English: say it in Vietnamese.
const CHROME_SCRIPT = `<script>addEventListener("DOMContentLoaded", () => {
  const input = document.querySelector("#observablehq-search input");
  if (input) { input.placeholder = "Tìm kiếm"; input.setAttribute("aria-label", "Tra cứu trong mọi trang"); }
  const toggle = document.querySelector("#observablehq-sidebar-toggle");
  if (toggle) toggle.title = "Ẩn hoặc hiện thanh bên";
  const results = document.querySelector("#observablehq-search-results");
  if (results) new MutationObserver(() => {
    const first = results.firstElementChild;
    if (!first || first.tagName !== "DIV" || first.dataset.vi) return;
    const m = /^([\\d,]+) results?$/.exec(first.textContent);
    first.dataset.vi = "1";
    first.textContent = m ? m[1].replace(/,/g, ".") + " kết quả" : "Không tìm thấy";
  }).observe(results, {childList: true});
});</script>`;

// Printing a page adds the date and address it was printed from (the print style shows source
// addresses beside their links, and each page says when its data were built).
const PRINT_SCRIPT = `<script>addEventListener("beforeprint", () => {
  const d = new Date(), p = (n) => String(n).padStart(2, "0");
  for (const e of document.querySelectorAll(".print-stamp")) e.textContent = "In lúc " + p(d.getHours()) + ":" + p(d.getMinutes()) + " ngày " + p(d.getDate()) + "/" + p(d.getMonth() + 1) + "/" + d.getFullYear() + " từ " + location.href;
});</script>`;

export default {
  root: "docs",
  title: "chitieu",
  globalStylesheets: [],
  style: "style.css",
  // Framework writes <html> without a language; screen readers and hyphenation need "vi". The
  // module run-banner.js puts a banner on every page when the last pipeline run rejected an input.
  head: '<script>document.documentElement.lang = "vi";</script><link rel="icon" href="data:,">' + PRINT_SCRIPT + CHROME_SCRIPT + '<script type="module" src="/components/run-banner.js"></script>',
  footer:
    "chitieu · mỗi con số dẫn về nguồn của nó: một câu trích trong văn bản hoặc một dòng số liệu có nguồn." +
    '<div class="print-only print-footer"><span class="print-stamp"></span>. Nguồn: câu trích và địa chỉ ghi cạnh mỗi con số trên trang; thời điểm dựng dữ liệu ghi dưới tiêu đề.</div>',
  duckdb: { extensions: { json: null, parquet: null } },
  // Framework's own search: an index built with the site, searched in the browser (minisearch is
  // bundled from node_modules, see src/cli/offline-npm-cache.ts), nothing asked of a server.
  search: { index: searchEntries },
  pager: false,
  toc: false,
  pages: [
    { name: "Tổng quan", path: "/" },
    { name: "Tỉnh, thành phố", path: "/tinh/" },
    { name: "Tăng trưởng", path: "/tang-truong" },
    { name: "Cơ cấu kinh tế", path: "/co-cau" },
    { name: "Chỉ tiêu", path: "/chi-tieu" },
    { name: "Chỉ số", path: "/chi-so/" },
    { name: "Văn bản", path: "/van-ban/" },
    { name: "Dữ liệu", path: "/du-lieu" },
    { name: "Thay đổi", path: "/thay-doi" },
    { name: "SQL", path: "/sql" },
    { name: "Phương pháp", path: "/phuong-phap" },
    { name: "Hướng dẫn", path: "/huong-dan" },
  ],
  dynamicPaths,
};
