// Prepares a document for matching without losing where each character came from.
// `clean` is NFC text in which Unicode spaces, curly quotes, control characters, soft line
// breaks and page-number artefacts ("- 3 -") are neutralised, character for character;
// `folded` has the same length with accents dropped and đ → d, lower case, so that rules can be
// written once in plain ASCII; `origin[i]` is the offset in the original text of clean[i].

export interface PreparedText {
  original: string;
  clean: string;
  folded: string;
  /** Offset in the original text of each clean character; null when they are the same (nothing was composed). */
  origin: Int32Array | null;
}

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

/**
 * The folded text of the clean text's code units (overwritten). The clean string had each
 * unpaired surrogate decoded as U+FFFD: so it is here, and a pair is two spaces.
 */
function foldText(codes: Uint16Array): string {
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c >= 0xd800 && c <= 0xdfff) {
      const paired = c <= 0xdbff && i + 1 < codes.length && codes[i + 1] >= 0xdc00 && codes[i + 1] <= 0xdfff;
      if (paired) codes[i++] = 0x20;
      codes[i] = paired ? 0x20 : foldUnit(0xfffd);
    } else codes[i] = foldUnit(c);
  }
  return fromCodes(codes);
}

/** NFC-composes the text, remembering for every composed character where it started. */
function compose(original: string): { text: string; origin: Int32Array | null } {
  if (!COMBINING.test(original)) return { text: original, origin: null };
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

// What each code unit becomes in the clean text (0: itself): Unicode spaces, tabs and control
// characters a space, curly quotes straight ones, dashes and the minus sign a hyphen.
const CLEAN = new Uint16Array(65536);
{
  const set = (from: number, to: number, value: number) => CLEAN.fill(value, from, to + 1);
  set(0x00, 0x08, 0x20);
  set(0x09, 0x09, 0x20);
  set(0x0b, 0x0c, 0x20);
  set(0x0e, 0x1f, 0x20);
  set(0x7f, 0x9f, 0x20);
  set(0xa0, 0xa0, 0x20);
  set(0x1680, 0x1680, 0x20);
  set(0x2000, 0x200b, 0x20);
  set(0x202f, 0x202f, 0x20);
  set(0x205f, 0x2060, 0x20);
  set(0x3000, 0x3000, 0x20);
  set(0xfeff, 0xfeff, 0x20);
  set(0xfffd, 0xfffd, 0x20);
  for (const q of [0x201c, 0x201d, 0x201e, 0xab, 0xbb]) CLEAN[q] = 0x22;
  for (const q of [0x2018, 0x2019, 0x201a]) CLEAN[q] = 0x27;
  set(0x2010, 0x2015, 0x2d);
  CLEAN[0x2212] = 0x2d;
}

// One native call turns code units into a string (an unpaired surrogate becomes U+FFFD, one unit for one).
const UTF16 = new TextDecoder("utf-16le");
function fromCodes(codes: Uint16Array): string {
  return UTF16.decode(codes);
}

/** A lower-case letter begins the next line (after at most 16 spaces): the break is inside a sentence. */
function continuesSentence(codes: Uint16Array, at: number): boolean {
  const ceiling = Math.min(codes.length, at + 17);
  for (let j = at; j < ceiling; j++) {
    const c = codes[j];
    if (c === 0x20) continue;
    // a-z, or the code points from à to ỹ (the accented letters, đ among them)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0xe0 && c <= 0x1ef9);
  }
  return false;
}

export function prepareText(original: string): PreparedText {
  const { text, origin } = compose(original);
  // One pass over the code units (a chain of global replacements costs several copies of a
  // large text): CRLF becomes " \n", a lone CR a line break, the rest as in CLEAN.
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) codes[i] = text.charCodeAt(i + 1) === 0x0a ? 0x20 : 0x0a;
    else codes[i] = CLEAN[c] || c;
  }
  // Most texts have no page number: a scan of the code units says whether to look.
  if (mayHoldPageNumber(codes)) {
    PAGE_NUMBER.lastIndex = 0;
    const numbered = fromCodes(codes);
    const replaced = numbered.replace(PAGE_NUMBER, (m) => " ".repeat(m.length));
    // The replacement keeps every length: the code units follow it.
    if (replaced !== numbered) for (let k = 0; k < replaced.length; k++) codes[k] = replaced.charCodeAt(k);
  }
  // A line break inside a sentence (the next line starts in lower case) is a space.
  for (let i = codes.indexOf(0x0a); i >= 0; i = codes.indexOf(0x0a, i + 1)) {
    if (continuesSentence(codes, i + 1)) codes[i] = 0x20;
  }
  const clean = fromCodes(codes);
  const folded = foldText(codes);
  return { original, clean, folded, origin };
}

/**
 * Whether the text may hold a page number: /-\s?\d{1,3}\s?-/ (a dash, one to three digits and a
 * dash, a space allowed inside each dash) on its code units, without making it a string first.
 */
function mayHoldPageNumber(codes: Uint16Array): boolean {
  const n = codes.length;
  for (let i = codes.indexOf(0x2d); i >= 0; i = codes.indexOf(0x2d, i + 1)) {
    let j = i + 1;
    if (j < n && isWhiteSpace(codes[j])) j++;
    const digits = j;
    while (j < n && j - digits < 4 && codes[j] >= 0x30 && codes[j] <= 0x39) j++;
    // Four digits or more never match: each shorter prefix is followed by a digit.
    if (j === digits || j - digits > 3) continue;
    if (j < n && isWhiteSpace(codes[j])) j++;
    if (j < n && codes[j] === 0x2d) return true;
  }
  return false;
}

/** Whether a code unit is white space as \s and String.prototype.trim see it. */
export function isWhiteSpace(c: number): boolean {
  return (c >= 0x09 && c <= 0x0d) || c === 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Offset in the original text of a position in the clean text. */
export function originalOffset(text: PreparedText, index: number): number {
  if (text.origin === null) return Math.max(0, Math.min(index, text.original.length));
  return text.origin[Math.max(0, Math.min(index, text.origin.length - 1))];
}
