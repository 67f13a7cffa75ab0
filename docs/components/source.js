// A source as the data give it: an address (a link), a citation (text), or a citation with an
// address inside it ("VnEconomy: … https://… (cantho_2026.txt)"), whose address becomes a link.
// Links are made only by sourceLink, so only from http(s) addresses.
import {html} from "htl";
import {safeHref, sourceLink} from "./links.js";

const ADDRESS = /https?:\/\/[^\s<>"'()\]]+/gi;

export function sourceText(value) {
  if (value === null || value === undefined || value === "") return "–";
  const text = String(value);
  if (safeHref(text)) return sourceLink(text);
  const parts = [];
  let at = 0;
  for (const m of text.matchAll(ADDRESS)) {
    parts.push(text.slice(at, m.index));
    parts.push(sourceLink(m[0]));
    at = m.index + m[0].length;
  }
  parts.push(text.slice(at));
  return html`<span>${parts}</span>`;
}
