// Observable Framework configuration. Everything a page needs is served from the site itself:
// no Google Fonts (globalStylesheets: []), a self-hosted theme (docs/style.css), no DuckDB
// extension downloads, and browser libraries imported by bare name from node_modules.
import { existsSync, readFileSync } from "node:fs";
import { parquetReadObjects } from "hyparquet";

/** The columns of a site data file that the paths need (not the million rows' values at 100×). */
async function readSiteData(name: string, columns: string[]): Promise<Record<string, unknown>[]> {
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
  const units = new Set<string>();
  for (const r of await readSiteData("progress.parquet", ["units", "province_code"])) units.add(`${r.units}-${r.province_code}`);
  for (const r of await readSiteData("actuals.parquet", ["units", "province_code"])) units.add(`${r.units}-${r.province_code}`);
  for (const u of [...units].sort()) yield `/tinh/${u}`;
  const documentUnits = new Set((await readSiteData("documents.parquet", ["units", "province_code"])).map((d) => `${d.units}-${d.province_code}`));
  for (const u of [...documentUnits].sort()) yield `/van-ban/${u}`;
}

export default {
  root: "docs",
  title: "chitieu",
  globalStylesheets: [],
  style: "style.css",
  // Framework writes <html> without a language; screen readers and hyphenation need "vi". The
  // module puts a banner on every page when the last pipeline run rejected an input.
  head: '<script>document.documentElement.lang = "vi";</script><link rel="icon" href="data:,"><script type="module" src="/components/run-banner.js"></script>',
  footer: "chitieu · mỗi con số dẫn về nguồn của nó: một câu trích trong văn bản hoặc một dòng số liệu có nguồn.",
  duckdb: { extensions: { json: null, parquet: null } },
  search: false,
  pager: false,
  toc: false,
  pages: [
    { name: "Tổng quan", path: "/" },
    { name: "Tỉnh, thành phố", path: "/tinh/" },
    { name: "Tăng trưởng", path: "/tang-truong" },
    { name: "Cơ cấu kinh tế", path: "/co-cau" },
    { name: "Chỉ tiêu", path: "/chi-tieu" },
    { name: "Văn bản", path: "/van-ban/" },
    { name: "Dữ liệu", path: "/du-lieu" },
    { name: "Thay đổi", path: "/thay-doi" },
    { name: "SQL", path: "/sql" },
    { name: "Phương pháp", path: "/phuong-phap" },
    { name: "Hướng dẫn", path: "/huong-dan" },
  ],
  dynamicPaths,
};
