// Every table of the site: Inputs.table over the raw values (so that a column of numbers sorts as
// numbers, not as text), each cell shown by its column's `format`, with Vietnamese headers and the
// two CSV downloads under it.
import * as Inputs from "npm:@observablehq/inputs";
import {html} from "htl";
import {tableCsv} from "./csv.js";
import {formatNumber} from "./format.js";

/**
 * columns: [{key, label, format?(value, row), csv?(row), width?, csvOnly?}]. A column without a
 * format shows numbers in vi-VN form. `csvOnly` columns (codes) appear only in the downloads.
 */
export function dataTable(rows, {columns, name, rows: visibleRows = 15, sort, reverse = false, caption} = {}) {
  const shown = columns.filter((c) => !c.csvOnly);
  // (Inputs.table says "No results." in English for an empty table.)
  if (rows.length === 0) return html`<div class="data-table-block">${caption ? html`<div class="table-caption">${caption}</div>` : ""}<p class="muted">Không có dòng nào.</p></div>`;
  const table = Inputs.table(rows, {
    columns: shown.map((c) => c.key),
    header: Object.fromEntries(shown.map((c) => [c.key, c.label])),
    format: Object.fromEntries(shown.map((c) => [c.key, (v, i, data) => (c.format ? c.format(v, data[i]) : defaultFormat(v))])),
    width: Object.fromEntries(shown.filter((c) => c.width).map((c) => [c.key, c.width])),
    align: Object.fromEntries(shown.map((c) => [c.key, c.align ?? (rows.some((r) => typeof r[c.key] === "number") ? "right" : "left")])),
    rows: visibleRows,
    sort,
    reverse,
    select: false,
    layout: "auto"
  });
  // Inputs.table titles each header with the column's key; show the words instead.
  for (const th of table.querySelectorAll("thead th")) {
    const c = shown.find((c) => c.key === th.getAttribute("title"));
    if (c) th.setAttribute("title", `${c.label}: bấm để sắp xếp`);
  }
  return html`<div class="data-table-block">${caption ? html`<div class="table-caption">${caption}</div>` : ""}${table}${downloadButtons(rows, columns, name)}</div>`;
}

function defaultFormat(v) {
  if (v === null || v === undefined) return "–";
  if (typeof v === "number" || typeof v === "bigint") return formatNumber(v);
  if (typeof v === "boolean") return v ? "có" : "không";
  return v;
}

/** "Tải CSV" (tools) and "CSV cho Excel" (semicolons, decimal comma) for these rows. */
export function downloadButtons(rows, columns, name = "bang") {
  const csvColumns = columns.map((c) => ({key: c.key, label: c.label, csv: c.csv ?? ((r) => r[c.key])}));
  const save = (flavour) => {
    const blob = new Blob([tableCsv(rows, csvColumns, flavour)], {type: "text/csv;charset=utf-8"});
    saveBlob(blob, `chitieu-${name}${flavour === "excel-vn" ? "-excel" : ""}.csv`);
  };
  return html`<div class="downloads no-print">
    <button type="button" onclick=${() => save("tools")} title="UTF-8, dấu phẩy, dấu chấm thập phân: cho pandas, R, DuckDB">Tải CSV</button>
    <button type="button" onclick=${() => save("excel-vn")} title="Dấu chấm phẩy, dấu phẩy thập phân: Excel cài tiếng Việt mở đúng cột">Tải CSV cho Excel</button>
    <span class="muted">${formatNumber(rows.length, 0)} dòng</span>
  </div>`;
}

export function saveBlob(blob, filename) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
