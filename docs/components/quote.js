// A quote with its number highlighted, built from text nodes: whatever a document contains is
// shown as text, never parsed as HTML.
import {html} from "htl";
import {sourceLink} from "./links.js";

const NUMBER = /\d[\d.,]*(?:\s?[-–—]\s?\d[\d.,]*)?\s?%?/g;

/** Reads "18.700" as 18700 and "7,5" as 7.5 (the first number of a range). */
const viValue = (s) => Number(s.match(/\d[\d.,]*/)[0].replace(/[.,]$/, "").replace(/\.(?=\d{3}(\D|$))/g, "").replace(",", "."));

/**
 * The quote with its number marked: the number equal to `value` (the figure's value as stated)
 * when there is one, else the first that is not a year.
 */
export function highlightedQuote(quote, href, value) {
  const text = String(quote ?? "");
  const all = [...text.matchAll(NUMBER)];
  const m = all.find((n) => value !== undefined && value !== null && Math.abs(viValue(n[0]) - Math.abs(value)) < 1e-9)
    ?? all.find((n) => !/^(19|20)\d\d$/.test(n[0].trim()))
    ?? all[0];
  const body = m
    ? html`<span>${text.slice(0, m.index)}<mark>${m[0]}</mark>${text.slice(m.index + m[0].length)}</span>`
    : html`<span>${text}</span>`;
  return href ? html`<a class="quote" href=${href}>“${body}”</a>` : html`<q class="quote">${body}</q>`;
}

/**
 * A document open on its province's page of documents (`unit` as "63-82": units, then code), with
 * the figure to highlight. Without `unit`, the list of all documents forwards to that page.
 */
export function documentHref(doc, figureId, unit) {
  const query = `?doc=${encodeURIComponent(String(doc).replace(/\.txt$/, ""))}${figureId ? `#f-${figureId}` : ""}`;
  return unit ? `/van-ban/${unit}${query}` : `/van-ban/${query}`;
}

/**
 * Where a target on a page comes from: a document's target links to its place in the document; a
 * target typed from paper (data/targets/, no document) shows its phrase and its source reference
 * (title, page or article, address) instead.
 */
export function targetQuote(t) {
  if (t.doc) return highlightedQuote(t.quote, documentHref(t.doc, t.target_id, `${t.units}-${t.province_code}`), t.stated_low);
  const title = t.source_title || "nguồn nhập tay";
  const reference = t.source_url ? sourceLink(t.source_url, title) : title;
  return html`<span class="typed-target">${t.quote ? highlightedQuote(t.quote, null, t.stated_low) : ""} <span class="muted">(nhập từ văn bản giấy: ${reference}${t.source_page ? `, ${t.source_page}` : ""})</span></span>`;
}

/** A link to where a target is stated, for a chart's sources: its document, or its typed source. */
export function targetSourceLink(t) {
  if (t.doc) return html`<a href=${documentHref(t.doc, t.target_id, `${t.units}-${t.province_code}`)}>chỉ tiêu: câu trích trong văn bản</a>`;
  return t.source_url ? sourceLink(t.source_url, `chỉ tiêu: ${t.source_title || "nguồn nhập tay"}`) : html`<span>chỉ tiêu: ${t.source_title || "nguồn nhập tay"}</span>`;
}
