// Sentences, paragraphs and clauses of a folded text: where a number's context begins and ends.
// Every function here is a bounded scan (no regular expression runs over an unbounded span).

export interface Span {
  start: number;
  end: number;
}

/** Beyond this length a "sentence" is cut at the next space: bounded work on hostile text. */
const MAX_SENTENCE = 1500;

/**
 * Sentence starts, found once: a line break, or ". ", "! ", "? " after more than an abbreviation.
 * With the text's letter case (`clean`, offsets as `f`), an abbreviation is a word of one or two
 * letters that opens with a capital ("TP.", "Tr."); lower-case words that short end sentences
 * ("… của nhiệm kỳ.", "… toàn xã.").
 */
export function sentenceBoundaries(f: string, clean?: string): number[] {
  const starts = [0];
  let last = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    let boundary = false;
    if (ch === "\n") boundary = true;
    else if ((ch === "." || ch === "!" || ch === "?") && (f[i + 1] === " " || f[i + 1] === "\n")) {
      const short = /(?:^|[\s(])[a-z]{1,2}$/.test(f.slice(Math.max(0, i - 3), i));
      let word = i;
      if (short) while (word > 0 && f.charCodeAt(word - 1) >= 97 && f.charCodeAt(word - 1) <= 122) word--;
      // (An initial such as "TP." does not end a sentence; "KH." (kế hoạch) ends one.)
      boundary = !short || (clean !== undefined && clean[word] === clean[word].toLowerCase()) || f.slice(word, i) === "kh";
    } else if (i - last > MAX_SENTENCE && (ch === " " || i - last > 2 * MAX_SENTENCE)) boundary = true;
    if (boundary) {
      starts.push(i + 1);
      last = i + 1;
    }
  }
  return starts;
}

export function paragraphBoundaries(f: string): number[] {
  const starts = [0];
  for (let i = f.indexOf("\n"); i >= 0; i = f.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** Index of the last start at or before `at` (starts are sorted and begin with 0). */
function lastStartAtOrBefore(starts: number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Start of the paragraph (line) holding `at`; a very long line counts from the last 4000 characters. */
export function paragraphAt(starts: number[], at: number): number {
  return Math.max(starts[lastStartAtOrBefore(starts, at)], at - 4000);
}

export function sentenceAt(starts: number[], at: number, length: number): Span {
  const i = lastStartAtOrBefore(starts, at);
  return { start: starts[i], end: i + 1 < starts.length ? starts[i + 1] - 1 : length };
}

/** End of the clause that begins at `from`: the next comma, semicolon, colon, bracket, line break or full stop. */
export function clauseEnd(f: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const ch = f[i];
    if (ch === "," || ch === ";" || ch === ":" || ch === "(" || ch === ")" || ch === "\n") return i;
    if (ch === "." && !/\d/.test(f[i + 1] ?? "")) return i;
  }
  return limit;
}

/** End of the list item that begins at `from`: commas do not end it ("…90% tổ chức cơ sở đảng, đảng viên được…"). */
export function itemEnd(f: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const ch = f[i];
    if (ch === ";" || ch === ":" || ch === "(" || ch === ")" || ch === "\n") return i;
    if (ch === "." && !/\d/.test(f[i + 1] ?? "")) return i;
  }
  return limit;
}

/** The text after the last of `marks`, at most `max` characters. */
export function afterLastOf(text: string, marks: string, max: number): string {
  const isMark = markTable(marks);
  const floor = Math.max(0, text.length - max);
  for (let i = text.length - 1; i >= floor; i--) {
    const c = text.charCodeAt(i);
    if (c < 128 && isMark[c] === 1) return text.slice(i + 1);
  }
  return text.slice(floor);
}

// Called for every number with a few constant sets of ASCII marks: each set is a table, made once.
const MARK_TABLES = new Map<string, Uint8Array>();
function markTable(marks: string): Uint8Array {
  let table = MARK_TABLES.get(marks);
  if (!table) {
    table = new Uint8Array(128);
    for (let i = 0; i < marks.length; i++) {
      const c = marks.charCodeAt(i);
      if (c >= 128) throw new Error(`afterLastOf: marks must be ASCII, not "${marks}"`);
      table[c] = 1;
    }
    MARK_TABLES.set(marks, table);
  }
  return table;
}

/** Where the words before a number begin when no alias named them: after the last punctuation. */
export function subjectStart(f: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (/[,;:(]/.test(f[i])) return i + 1;
  return from;
}

export function trimSpan(clean: string, start: number, end: number): Span {
  while (start < end && /[\s,;:.\-–—(*"'•+]/.test(clean[start])) start++;
  while (end > start && /[\s,;:.\-–—("'*]/.test(clean[end - 1])) end--;
  return { start, end };
}

/** The last `n` words of the last clause of `text`. */
export function lastWords(text: string, n: number): string {
  return text.split(/[,;:()]/).pop()!.trim().split(/\s+/).slice(-n).join(" ");
}
