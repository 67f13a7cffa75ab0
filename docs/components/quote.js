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

/** The page of a document, with the figure to highlight. */
export function documentHref(doc, figureId) {
  return `/van-ban/${encodeURIComponent(String(doc).replace(/\.txt$/, ""))}${figureId ? `#f-${figureId}` : ""}`;
}
