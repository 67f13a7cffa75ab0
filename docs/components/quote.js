// A quote with its number highlighted, built from text nodes: whatever a document contains is
// shown as text, never parsed as HTML.
import {html} from "htl";

const NUMBER = /\d[\d.,]*(?:\s?[-–—]\s?\d[\d.,]*)?\s?%?/;

export function highlightedQuote(quote, href) {
  const text = String(quote ?? "");
  const m = NUMBER.exec(text);
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
