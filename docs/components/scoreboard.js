// The scoreboard: provinces down, indicators across; each cell is the status of that province's
// target for that indicator, a link to the target on the province page. An HTML table, so that
// every cell is a real link (Tab reaches it) and a phone scrolls it sideways inside its box.
import {html} from "htl";
import {STATUS} from "./labels.js";

/**
 * provinces: [{key, label}], indicators: [{code, label}], cells: Map "key|code" → {status, href,
 * title, more} (more: how many other targets share the cell). view: the filters the board was drawn
 * for, kept as data-view on the table so a reader (or a test) can tell a drawn board from one still
 * being redrawn after a filter changed.
 */
export function scoreboard({provinces, indicators, cells, caption, view = ""}) {
  return html`<div class="scoreboard-wrap" tabindex="-1"><table class="scoreboard" data-view=${view}>
    <caption class="sr-only">${caption}</caption>
    <thead><tr><th scope="col">Tỉnh, thành phố</th>${indicators.map((i) => html`<th scope="col" title=${i.label}>${i.short ?? i.label}</th>`)}</tr></thead>
    <tbody>${provinces.map((p) => html`<tr><th scope="row"><a href=${p.href}>${p.label}</a></th>${indicators.map((i) => {
      const c = cells.get(`${p.key}|${i.code}`);
      if (!c) return html`<td class="empty"></td>`;
      const s = STATUS[c.status] ?? STATUS.no_data;
      const label = `${p.label} · ${i.label}: ${s.label}. ${c.title}`;
      return html`<td style=${{background: s.color}}><a href=${c.href} title=${label} aria-label=${label}>${s.symbol}${c.more ? html`<sup>+${c.more}</sup>` : ""}</a></td>`;
    })}</tr>`)}</tbody>
  </table></div>`;
}
