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
 * The text cut into pieces at every quote's start and end: each piece with the figures whose
 * quote covers it (none for plain text), those that start at it and those that end with it. Two
 * figures may share words (two numbers of one sentence): every figure still gets its start, so
 * that an address can point at it. Quotes that are empty or fall outside the text are left out.
 */
export function textPieces(text, figures) {
  const valid = figures
    .filter((f) => f.quote_start >= 0 && f.quote_end > f.quote_start && f.quote_end <= text.length)
    .sort((a, b) => a.quote_start - b.quote_start || a.quote_end - b.quote_end);
  const cuts = [...new Set([0, text.length, ...valid.flatMap((f) => [f.quote_start, f.quote_end])])].sort((a, b) => a - b);
  if (cuts.length === 1) return [{text, figures: [], starts: [], ends: []}];
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    pieces.push({
      text: text.slice(from, to),
      figures: valid.filter((f) => f.quote_start <= from && to <= f.quote_end),
      starts: valid.filter((f) => f.quote_start === from),
      ends: valid.filter((f) => f.quote_end === to)
    });
  }
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
