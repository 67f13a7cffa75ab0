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

const foldCache = new Map<string, string>();
function foldChar(ch: string): string {
  let f = foldCache.get(ch);
  if (f === undefined) {
    if (ch === "đ" || ch === "Đ") f = "d";
    else {
      const base = ch.normalize("NFD")[0].toLowerCase();
      f = base.length === 1 ? base : " ";
    }
    foldCache.set(ch, f);
  }
  return f;
}

/** NFC-composes the text, remembering for every composed character where it started. */
function compose(original: string): { text: string; origin: Int32Array } {
  if (!COMBINING.test(original)) {
    const origin = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) origin[i] = i;
    return { text: original, origin };
  }
  const parts: string[] = [];
  const origins: number[] = [];
  const cluster = /[^\u0300-\u036f][\u0300-\u036f]*|[\u0300-\u036f]+/gy;
  let m: RegExpExecArray | null;
  while ((m = cluster.exec(original))) {
    const composed = m[0].normalize("NFC");
    for (let k = 0; k < composed.length; k++) origins.push(m.index);
    parts.push(composed);
  }
  origins.push(original.length);
  return { text: parts.join(""), origin: Int32Array.from(origins) };
}

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
  const chunks: string[] = [];
  // Astral characters (emoji) are two UTF-16 units: two spaces keep the lengths equal.
  for (const ch of clean) chunks.push(ch.length === 2 ? "  " : foldChar(ch));
  const folded = chunks.join("");
  return { original, clean, folded, origin };
}

/** Offset in the original text of a position in the clean text. */
export function originalOffset(text: PreparedText, index: number): number {
  return text.origin[Math.max(0, Math.min(index, text.origin.length - 1))];
}
