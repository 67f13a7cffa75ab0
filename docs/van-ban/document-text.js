// The pieces of a document page that are plain logic, kept apart from the page so that unit
// tests run them: where each figure's quote sits in the text, which figures need an analyst's
// look, dates in the Vietnamese form, and the address of a document.

/** The extract helper calibrates confidence so that 0,8 and above is right at least 95 % of the time. */
export const REVIEW_THRESHOLD = 0.8;

/** A figure below the threshold that no analyst has confirmed or corrected yet. */
export function needsReview(figure) {
  return !figure.review && !(Number(figure.confidence) >= REVIEW_THRESHOLD);
}

/**
 * The text cut into pieces: plain text, and each figure's quote (by its offsets) with the figure.
 * Quotes that overlap an earlier one, or fall outside the text, stay in the plain text.
 */
export function textPieces(text, figures) {
  const sorted = [...figures].sort((a, b) => a.quote_start - b.quote_start || a.quote_end - b.quote_end);
  const pieces = [];
  let at = 0;
  for (const f of sorted) {
    if (!(f.quote_start >= at && f.quote_end > f.quote_start && f.quote_end <= text.length)) continue;
    if (f.quote_start > at) pieces.push({text: text.slice(at, f.quote_start)});
    pieces.push({text: text.slice(f.quote_start, f.quote_end), figure: f});
    at = f.quote_end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({text: text.slice(at)});
  return pieces;
}

/** "2020-11-05" → "05/11/2020"; anything else as written ("" → "–"). */
export function formatDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value ?? ""));
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value ? String(value) : "–";
}

/** A document's name in addresses: its file name without ".txt". */
export function documentName(file) {
  return String(file).replace(/\.txt$/, "");
}

/** The key of a unit's page: "63-82" for Tiền Giang among the 63, "34-82" for the new Đồng Tháp. */
export function unitKey(row) {
  return `${row.units}-${row.province_code}`;
}
