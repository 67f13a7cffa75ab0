// Observable Framework configuration. Everything a page needs is served from the site itself:
// no Google Fonts (globalStylesheets: []), a self-hosted theme (docs/style.css), no DuckDB
// extension downloads, and browser libraries imported by bare name from node_modules.
export default {
  root: "docs",
  title: "chitieu",
  globalStylesheets: [],
  style: "style.css",
  // Framework writes <html> without a language; screen readers and hyphenation need "vi".
  head: '<script>document.documentElement.lang = "vi";</script><link rel="icon" href="data:,">',
  footer: "chitieu · số liệu từ văn bản nghị quyết và thống kê tỉnh, mỗi con số dẫn về nguồn của nó.",
  duckdb: { extensions: { json: null, parquet: null } },
  search: false,
  pager: false,
  pages: [{ name: "Tổng quan", path: "/" }],
};
