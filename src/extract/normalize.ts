// Prepares a document for matching without losing where each character came from.
// `clean` is NFC text in which Unicode spaces, curly quotes, control characters, soft line
// breaks and page-number artefacts ("- 3 -") are neutralised, character for character;
// `folded` has the same length with accents dropped and đ → d, lower case, so that rules can be
// written once in plain ASCII; `origin[i]` is the offset in the original text of clean[i].

export interface PreparedText {
  original: string;
  clean: string;
  folded: string;
  origin: Int32Array;
}

const SPACE_LIKE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff\t\v\f]/g;
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
const PAGE_NUMBER = /(?<=^|[\s.;)])-\s?\d{1,3}\s?-(?=\s|$)/gm;
const COMBINING = /[\u0300-\u036f]/;

// Folding table for UTF-16 code units, filled on first sight: a letter maps to its base letter
// in lower case, đ/Đ to d, a surrogate (half of an emoji) to a space so that lengths stay equal.
const FOLD = new Uint16Array(65536);
function foldUnit(code: number): number {
  let f = FOLD[code];
  if (f === 0) {
    if (code === 0x111 || code === 0x110) f = 0x64;
    else if (code >= 0xd800 && code <= 0xdfff) f = 0x20;
    else {
      const base = String.fromCharCode(code).normalize("NFD")[0].toLowerCase();
      f = base.length === 1 ? base.charCodeAt(0) : 0x20;
    }
    FOLD[code] = f;
  }
  return f;
}

function foldText(clean: string): string {
  const out = new Uint16Array(clean.length);
  for (let i = 0; i < clean.length; i++) out[i] = foldUnit(clean.charCodeAt(i));
  let folded = "";
  for (let i = 0; i < out.length; i += 8192) folded += String.fromCharCode(...out.subarray(i, i + 8192));
  return folded;
}

/** NFC-composes the text, remembering for every composed character where it started. */
function compose(original: string): { text: string; origin: Int32Array } {
  if (!COMBINING.test(original)) {
    const origin = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) origin[i] = i;
    return { text: original, origin };
  }
  // Cluster by cluster (a base character and the marks after it), with a cache: a language has
  // few distinct clusters, so decomposed text of any length costs a few normalize() calls.
  const cache = new Map<string, string>();
  const parts: string[] = [];
  const origins = new Int32Array(original.length + 1);
  let n = 0;
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    while (j < original.length && isMark(original.charCodeAt(j))) j++;
    let composed: string;
    if (j === i + 1) composed = original[i];
    else {
      const cluster = original.slice(i, j);
      composed = cache.get(cluster) ?? cluster.normalize("NFC");
      cache.set(cluster, composed);
    }
    for (let k = 0; k < composed.length; k++) origins[n++] = i;
    parts.push(composed);
    i = j;
  }
  origins[n] = original.length;
  return { text: parts.join(""), origin: origins.slice(0, n + 1) };
}

const isMark = (code: number) => code >= 0x300 && code <= 0x36f;

export function prepareText(original: string): PreparedText {
  const { text, origin } = compose(original);
  let clean = text
    .replace(/\r\n?/g, (m) => (m.length === 2 ? " \n" : "\n"))
    .replace(SPACE_LIKE, " ")
    .replace(CONTROL, " ")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2018\u2019\u201a]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(/\uFFFD/g, " ")
    .replace(PAGE_NUMBER, (m) => " ".repeat(m.length));
  // A line break inside a sentence (the next line starts in lower case) is a space.
  clean = clean.replace(/\n(?=[ ]*[a-zà-ỹđ])/g, " ");
  const folded = foldText(clean);
  return { original, clean, folded, origin };
}

/** Offset in the original text of a position in the clean text. */
export function originalOffset(text: PreparedText, index: number): number {
  return text.origin[Math.max(0, Math.min(index, text.origin.length - 1))];
}
