// A status as a badge: symbol, words, colour; the title says the ratio behind it.
import {html} from "htl";
import {STATUS} from "./format.js";

export function statusBadge(status, title = "") {
  const s = STATUS[status] ?? STATUS.no_data;
  return html`<span class="status-badge" style="--status-color:${s.color}" title=${title}>${s.symbol} ${s.label}</span>`;
}
