// Observable Framework configuration. Everything a page needs is served from the site itself:
// no Google Fonts (globalStylesheets: []), a self-hosted theme (docs/style.css), no DuckDB
// extension downloads, and browser libraries imported by bare name from node_modules.
import { existsSync, readFileSync } from "node:fs";
import { parquetReadObjects } from "hyparquet";

async function readSiteData(name: string): Promise<Record<string, unknown>[]> {
  const file = `docs/data/${name}`;
  if (!existsSync(file)) return [];
  const b = readFileSync(file);
  return parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer });
}

/** A page per province or unit with targets or actuals, and per document. */
async function* dynamicPaths(): AsyncGenerator<string> {
  const units = new Set<string>();
  for (const r of await readSiteData("progress.parquet")) units.add(`${r.units}-${r.province_code}`);
  for (const r of await readSiteData("actuals.parquet")) units.add(`${r.units}-${r.province_code}`);
  for (const u of [...units].sort()) yield `/tinh/${u}`;
  for (const d of await readSiteData("documents.parquet")) yield `/van-ban/${String(d.file).replace(/\.txt$/, "")}`;
  for (const i of await readSiteData("indicators.parquet")) yield `/chi-so/${i.code}`;
}

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
  // Framework writes <html> without a language; screen readers and hyphenation need "vi".
  head: '<script>document.documentElement.lang = "vi";</script><link rel="icon" href="data:,">' + PRINT_SCRIPT,
  footer:
    "chitieu · mỗi con số dẫn về nguồn của nó: một câu trích trong văn bản hoặc một dòng số liệu có nguồn." +
    '<div class="print-only print-footer"><span class="print-stamp"></span>. Nguồn: câu trích và địa chỉ ghi cạnh mỗi con số trên trang; thời điểm dựng dữ liệu ghi dưới tiêu đề.</div>',
  duckdb: { extensions: { json: null, parquet: null } },
  // Framework's own search: an index built with the site, searched in the browser (minisearch is
  // bundled from node_modules, see src/cli/offline-npm-cache.ts), nothing asked of a server.
  search: true,
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
    { name: "SQL", path: "/sql" },
    { name: "Phương pháp", path: "/phuong-phap" },
    { name: "Hướng dẫn", path: "/huong-dan" },
  ],
  dynamicPaths,
};
