// Numbers written in words ("bảy phần trăm", "hai trăm nghìn lao động", "ba mươi ba xã",
// "mười bốn bác sĩ", "gấp đôi"). No maintained npm library reads Vietnamese numerals into numbers
// (the published ones write numbers as words), so this is a small reader of the standard system:
// digits, "mười/mươi/chục" for tens, "trăm", "linh/lẻ", the scales "nghìn/ngàn", "triệu", "tỷ",
// "rưỡi" (a half) and "phẩy"/"chấm" (the decimal comma, said or dotted), with "mốt", "tư",
// "lăm/nhăm" after tens, "không trăm" inside a larger number ("hai mươi mốt nghìn không trăm
// mười một" is 21011).
//
// Words are looked up with their accents (on the clean text): folded, "từ" (from) would read as
// "tư" (four) and "muối" as "mười". "năm" is both five and year: it is read as five only inside a
// numeral or right before a unit, and a run of words is a number only where a unit or a count
// noun follows (checked by the caller).

import { foldVietnamese } from "../text/fold.ts";
import { WordTrie } from "./word-trie.ts";

const DIGITS: Record<string, number> = {
  "không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "nhăm": 5,
  "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
};
const SCALES: Record<string, number> = { "nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9 };
const OTHER = new Set(["mười", "mươi", "chục", "trăm", "linh", "lẻ", "rưỡi", "phẩy", "chấm"]);

/**
 * The value of a sequence of numeral words, or null when they do not form a number
 * ("một trăm linh năm" is 105, "hai triệu rưỡi" 2500000, "bảy phẩy năm" 7.5).
 */
export function readNumeralWords(words: string[]): number | null {
  if (words.length === 0) return null;
  let total = 0;
  let chunk = 0;
  let last = -1; // the last digit read, still to be multiplied by "mươi" or "trăm"
  let lastScale = 0;
  let decimals: string | null = null;
  let sawValue = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (decimals !== null) {
      if (!(w in DIGITS)) return null;
      decimals += String(DIGITS[w]);
      continue;
    }
    if (w in DIGITS) {
      if (last >= 0) return null; // two digits in a row ("hai ba") is a list, not a number
      chunk += DIGITS[w];
      last = DIGITS[w];
      sawValue = true;
    } else if (w === "mười") {
      if (chunk % 100 >= 10) return null;
      chunk += 10;
      last = -1;
      sawValue = true;
    } else if (w === "mươi" || w === "chục") {
      if (last < 1) return null;
      chunk += last * 9;
      last = -1;
    } else if (w === "trăm") {
      if (last < 0 || chunk >= 100) return null;
      chunk += last * 99;
      last = -1;
    } else if (w === "linh" || w === "lẻ") {
      // after hundreds only, "không trăm" included ("nghìn không trăm linh tám")
      if (words[i - 1] !== "trăm" || chunk % 100 !== 0) return null;
      last = -1;
    } else if (w in SCALES) {
      const scale = SCALES[w];
      if (!sawValue) return null;
      if (total > 0 && total < scale) total = (total + chunk) * scale;
      else total += (chunk === 0 ? 1 : chunk) * scale;
      chunk = 0;
      last = -1;
      lastScale = scale;
    } else if (w === "rưỡi") {
      if (lastScale === 0 || chunk !== 0) return null;
      total += lastScale / 2;
    } else if (w === "phẩy" || w === "chấm") {
      if (!sawValue || lastScale !== 0) return null;
      decimals = "";
      last = -1;
    } else return null;
  }
  if (!sawValue) return null;
  const whole = total + chunk;
  if (decimals !== null) return decimals === "" ? null : Number(`${whole}.${decimals}`);
  return whole;
}

export interface NumeralRun {
  start: number;
  end: number;
  value: number;
}

/** How many leading words of a run may be words of the sentence rather than of the number. */
const MAX_LEADING_WORDS = 2;

/** The numeral words by their folded form ("mot": "một", "mốt"), each as long as that form. */
const BY_FOLDED = new Map<string, string[]>();
for (const word of [...Object.keys(DIGITS), ...Object.keys(SCALES), ...OTHER]) {
  const folded = foldVietnamese(word);
  if (folded.length !== word.length) throw new Error(`numeral word "${word}" must fold to as many characters`);
  BY_FOLDED.set(folded, [...(BY_FOLDED.get(folded) ?? []), word]);
}
/** The folded words that may be numerals, found in one pass over a text (no pattern tried at each position). */
const CANDIDATES = new WordTrie(BY_FOLDED.keys());

// Lower case of each UTF-16 code unit, filled on first sight (-1: not yet; -2: not one code unit).
const LOWER = new Int32Array(65536).fill(-1);
function lowerUnit(code: number): number {
  let l = LOWER[code];
  if (l === -1) {
    const s = String.fromCharCode(code).toLowerCase();
    l = LOWER[code] = s.length === 1 ? s.charCodeAt(0) : -2;
  }
  return l;
}

/**
 * The numeral word at `at` in the clean text whose folded form is `folded`, in lower case, or
 * null: the same as looking up clean.slice(at, at + folded.length).toLowerCase() in the
 * vocabulary, without making that string for every "năm", "từ" or "Nam" of a text.
 */
function numeralWordAt(clean: string, at: number, folded: string): string | null {
  next: for (const form of BY_FOLDED.get(folded)!) {
    for (let k = 0; k < form.length; k++) if (lowerUnit(clean.charCodeAt(at + k)) !== form.charCodeAt(k)) continue next;
    return form;
  }
  return null;
}

/** The runs of numeral words of a text (positions in the folded text, words read on the clean text). */
export function findNumeralRuns(clean: string, folded: string): NumeralRun[] {
  const out: NumeralRun[] = [];
  let words: string[] = [];
  let starts: number[] = [];
  let runStart = -1;
  let runEnd = -1;
  const alone = (w: string) => w === "một" || w === "năm" || w === "không";
  const tailNumber = (): boolean => {
    for (let from = 0; from < Math.min(words.length, MAX_LEADING_WORDS + 1); from++) {
      const tail = from === 0 ? words : words.slice(from);
      if (tail.length === 1 && alone(tail[0])) break;
      const value = readNumeralWords(tail);
      if (value !== null) {
        out.push({ start: starts[from], end: runEnd, value });
        return true;
      }
    }
    return false;
  };
  const flush = () => {
    // Five after the tens is "lăm" ("bảy mươi lăm"): "bảy mươi năm" is seventy, then the word year.
    if (words.length >= 2 && words[words.length - 1] === "năm" && words[words.length - 2] === "mươi") {
      words.pop();
      starts.pop();
      runEnd = starts[starts.length - 1] + words[words.length - 1].length;
    }
    // A run that is no number as a whole may be a word of its sentence followed by a number
    // ("mỗi năm | một phẩy năm phần trăm": "năm" is the year there): its longest tail that reads
    // as a number is the number.
    const found = tailNumber();
    // So is a last "năm" that leaves no number in the run ("bảy mươi hai năm").
    if (!found && words.length >= 2 && words[words.length - 1] === "năm") {
      words.pop();
      starts.pop();
      runEnd = starts[starts.length - 1] + words[words.length - 1].length;
      tailNumber();
    }
    words = [];
    starts = [];
    runStart = -1;
  };
  CANDIDATES.scan(folded, (candidate, start, end) => {
    const word = numeralWordAt(clean, start, CANDIDATES.words[candidate]);
    if (word === null) return flush();
    if (runStart >= 0 && (start !== runEnd + 1 || folded[runEnd] !== " ")) flush();
    if (runStart < 0) runStart = start;
    words.push(word);
    starts.push(start);
    runEnd = end;
  });
  flush();
  return out;
}

/** The last scale word of a run read without it ("hai trăm | tỷ đồng"), for a unit that begins with it. */
export function withoutLastScale(clean: string, run: NumeralRun): NumeralRun | null {
  const text = clean.slice(run.start, run.end).toLowerCase();
  const cut = text.lastIndexOf(" ");
  if (cut < 0) return null;
  const last = text.slice(cut + 1);
  if (!(last in SCALES)) return null;
  const value = readNumeralWords(text.slice(0, cut).split(" "));
  return value === null ? null : { start: run.start, end: run.start + cut, value };
}
