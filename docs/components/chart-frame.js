// Every chart comes with a text alternative: an aria label on the chart and, under it, the table
// of the numbers it draws.
import {html} from "htl";

export function chartWithTable(chart, {caption, columns, rows}) {
  const table = html`<table class="data-table">
    <caption>${caption}</caption>
    <thead><tr>${columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
    <tbody>${rows.map((r) => html`<tr>${columns.map((c) => html`<td>${c.format ? c.format(r[c.key], r) : r[c.key] ?? "–"}</td>`)}</tr>`)}</tbody>
  </table>`;
  return html`<figure class="chart-frame">${chart}<details><summary>Bảng số liệu</summary>${table}</details></figure>`;
}
