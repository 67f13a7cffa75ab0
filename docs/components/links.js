// Links to sources come from data files (documents.csv, actuals' source column) that anyone can
// edit, so a link is made only from an http: or https: URL. Browsers ignore tabs, line breaks and
// leading control characters and spaces when they read a scheme ("java\tscript:", " JavaScript:"),
// so the scheme is read the same way before it is checked.
import {html} from "htl";

/** The URL itself when it is http(s), otherwise null; never a javascript:, data: or relative link. */
export function safeHref(url) {
  if (typeof url !== "string") return null;
  const cleaned = url.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
  if (!/^https?:\/\/[^\s/?#]+/i.test(cleaned)) return null;
  return cleaned.trim();
}

/** A link to a source when it is a safe URL, else the text alone; `text` defaults to the address without its scheme. */
export function sourceLink(url, text) {
  const href = safeHref(url);
  const label = text ?? (href ? shortAddress(href) : url ?? "");
  return href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${label}</a>` : html`<span>${label}</span>`;
}

/** "thongke.gov.vn/…/bao-cao" for a long address: the host and the end, at most `max` characters. */
export function shortAddress(href, max = 60) {
  const s = href.replace(/^https?:\/\//i, "").replace(/\/$/, "");
  return s.length <= max ? s : `${s.slice(0, Math.floor(max / 2))}…${s.slice(-Math.floor(max / 2) + 1)}`;
}
