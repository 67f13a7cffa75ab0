// Finds the quantities of a text: a number or a range with a unit ("7,0 - 7,5%/năm",
// "từ 80 - 87 triệu đồng", "5 tỷ 508 triệu USD", "8/8 huyện"), on folded text. Numbers with no
// unit are kept as bare quantities (a subject such as "số bác sĩ trên 10.000 dân là 10" may give
// them one); dates, codes and years are not quantities. Every pattern is anchored and bounded,
// so the scan is linear in the length of the text.
import { parseVietnameseNumber, tidy } from "./numbers.ts";
import { matchUnit, type UnitClass } from "./units.ts";
import { findNumeralRuns, withoutLastScale, type NumeralRun } from "./number-words.ts";

export interface Quantity {
  /** Span of the number(s) and unit in the clean/folded text. */
  start: number;
  end: number;
  /** End of the number(s), where the unit text begins. */
  numberEnd: number;
  low: number;
  high: number | null;
  unit: string | null;
  cls: UnitClass | null;
  perYear: boolean;
  /** "…%/GRDP", "… so với GRDP" right after the number. */
  ofGrdp: boolean;
  /** The range was written "từ A đến B" or "A - B". */
  isRange: boolean;
  /** A fraction "8/8", "32/51": low is the numerator. */
  fraction: boolean;
  noun?: string;
}

const TOKEN = /\d[\d.,]*/g;
const RANGE_LINK = /\s{0,8}(?:-|–|—|den|toi|hoac)\s{0,8}/y;
/** "giữa 1.000 và 2.000": a range whose link is "và", only after "giữa". */
const BETWEEN_BEFORE = /(?<![a-z])giua\s{1,3}$/;
const BETWEEN_LINK = /\s{0,8}(?:va|-|den|toi)\s{0,8}/y;
const DIGITS = /\d[\d.,]*/y;
/** A number and a dash right before a number, or a dash and a number right after a range's end: a chain of values. */
const CHAIN_BEFORE = /\d\s?%?\s{0,3}[-–—]\s{0,3}$/;
const CHAIN_AFTER = /\s{0,3}[-–—]\s{0,3}\d/y;
const COMPOUND_MONEY = /\s?t[yi] (\d{1,3}) trieu (usd|dong)\b/y;
const FRACTION = /\/(\d{1,4})\b/y;
/** "41 ngàn 480 tỷ đồng": thousands of billions and billions, said in turn. */
const COMPOUND_THOUSANDS = /\s?(?:nghin|ngan) (\d{1,3}) t[yi] (?:dong|vnd)\b/y;
const YEAR_AT = /^(?:19|20)\d\d(?![\d.,]\d)/;
const FRACTION_NOUN = /\s?(?:(?:dat|co) )?(xa|don vi cap huyen|huyen)\b/y;
const BARE_ALLOWED_BEFORE = /(?<![a-z])(?:la|dat|co)\s*$/;
/** "Số bác sĩ/vạn dân 10,2", "giường bệnh trên 10.000 dân: 31": a rate per 10.000 people gives a bare number its unit. */
export const PER_10K_BEFORE = /(?:\/|(?<![a-z])tren)\s?(?:(?:1 |mot )?van|10\.000) (?:nguoi )?dan\s{0,2}:?\s{0,2}$/;
const bareAllowed = (folded: string, start: number) =>
  BARE_ALLOWED_BEFORE.test(folded.slice(Math.max(0, start - 5), start)) || PER_10K_BEFORE.test(folded.slice(Math.max(0, start - 28), start));
const PER_POPULATION_AFTER = /^\s?(?:nguoi )?dan\b/;
const OF_GRDP = /\s?(?:\/\s?grdp|so voi grdp|(?:vao |trong |cua )?(?:tong )?grdp(?![a-z]))/y;
// Contexts that make a number something other than a quantity.
const NOT_QUANTITY_BEFORE = /(?:so|thu|lan|khoa|nam|ngay|thang|quy|dieu|khoan|muc|gio|phut|tuoi|nhiem ky|giai doan|\/)\s*$/;

function readToken(folded: string, at: number): { text: string; end: number } | null {
  DIGITS.lastIndex = at;
  const m = DIGITS.exec(folded);
  if (!m) return null;
  const text = m[0].replace(/[.,]+$/, "");
  return { text, end: at + text.length };
}

const RANGE_AFTER_WORDS = /\s{0,8}(?:-|den|toi)\s{0,8}/y;
// "tuổi thọ …", "(thời gian) sống khỏe mạnh …": a lifespan.
const LIFESPAN_BEFORE = /(?<![a-z])(?:tuoi tho|song khoe manh)(?![a-z])/;
const YEARS_AFTER = /\s?nam(?![a-z])/y;
const TWICE = /(?<![a-z])gap doi(?![a-z])/g;

/**
 * The folded text with each number written in words that a unit follows replaced by its digits,
 * padded with zeros to the same length ("ba mươi ba xã" → "000000033 xa"), so that the scan below
 * reads both forms alike and every offset stays where it was.
 */
function withNumeralsAsDigits(foldedText: string, clean: string | undefined): string {
  if (clean === undefined) return foldedText;
  const folded = withSpokenDecimals(foldedText);
  const runs = findNumeralRuns(clean, folded);
  if (runs.length === 0) return folded;
  const parts: string[] = [];
  let at = 0;
  const digitsFor = (run: NumeralRun): string | null => {
    const text = String(run.value).replace(".", ",");
    return /e/.test(text) || text.length > run.end - run.start ? null : text.padStart(run.end - run.start, "0");
  };
  for (const full of runs) {
    let run: NumeralRun | null = full;
    const unit = matchUnit(folded, full.end);
    // A last scale word that begins a unit belongs to it ("hai trăm | tỷ đồng"), and so it does
    // before a bare "đồng" ("mười hai nghìn | tỷ đồng"): the unit then states the scale.
    if (unit === null || (unit.cls === "vnd" && unit.factor === 1e-6)) {
      const shorter = withoutLastScale(clean, full);
      RANGE_AFTER_WORDS.lastIndex = full.end;
      if (shorter && matchUnit(folded, shorter.end) !== null) run = shorter;
      else if (unit === null && !RANGE_AFTER_WORDS.test(folded) && !lifespanInYears(folded, full.start, full.end)) run = null;
    }
    const digits = run && digitsFor(run);
    if (!run || !digits) continue;
    parts.push(folded.slice(at, run.start), digits);
    at = run.end;
  }
  if (at === 0) return folded;
  parts.push(folded.slice(at));
  return parts.join("");
}

const SPOKEN_DECIMAL = /(?<![\d.,])(\d{1,6}) (?:phay|cham) (\d{1,6})(?![\d.,])/g;

/** "7 phẩy 5%", "2 chấm 3 tỷ": a decimal said in words between digits, as "0007,5" (same length). */
function withSpokenDecimals(folded: string): string {
  // A search for a word is several times faster than for one starting with a space (a space is
  // everywhere): the word first, the exact form only where it occurs.
  const said = (word: string) => folded.includes(word) && folded.includes(` ${word} `);
  if (!said("phay") && !said("cham")) return folded;
  return folded.replace(SPOKEN_DECIMAL, (m, whole: string, part: string) => `${whole},${part}`.padStart(m.length, "0"));
}

/**
 * `clean` (the same text with its accents) lets numbers written in words be read too. With
 * `onWordless`, a number with no letter within 40 characters before it and 20 after it (a table
 * of bare numbers, a run of "1% 1% …") is reported there instead of being returned: nothing can
 * name it, and a text made of them then costs no object per number.
 */
export function findQuantities(foldedText: string, clean?: string, onWordless?: (start: number, end: number) => void): Quantity[] {
  const folded = withNumeralsAsDigits(foldedText, clean);
  const out: Quantity[] = [];
  // "gấp đôi": twice the base, a multiple with no digit and no "lần".
  TWICE.lastIndex = 0;
  for (let m = TWICE.exec(folded); m; m = TWICE.exec(folded)) {
    const start = m.index + 4;
    out.push(quantity(start, start + 3, start + 3, 2, null, "times", "times", false, false, false, undefined));
  }
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  let resumeAt = 0;
  while ((m = TOKEN.exec(folded))) {
    const start = m.index;
    if (start < resumeAt) continue;
    // A digit glued to a letter or a code ("01-CTr", "NQ/TW", "B2") is not a quantity.
    const prev = start > 0 ? folded[start - 1] : " ";
    if (/[a-z_\-/]/.test(prev) && !(prev === "-" && /\s/.test(folded[start - 2] ?? " "))) continue;
    const token = m[0].replace(/[.,]+$/, "");
    TOKEN.lastIndex = start + token.length;
    // Real figures have at most a dozen or so digits (a number in words, padded, a few more); a
    // longer run is noise, not a number.
    if (token.length > 40 && significantLength(token) > 40) continue;
    let low = parseVietnameseNumber(token);
    if (low === null || !Number.isFinite(low)) continue;
    let pos = start + token.length;
    // "100K đồng", "10k tỷ": thousands written with a K.
    if ((folded[pos] === "k" || folded[pos] === "K") && !/[a-z0-9]/.test(folded[pos + 1] ?? " ") && matchUnit(folded, pos + 1) !== null) {
      low = tidy(low * 1000);
      pos += 1;
    }
    // "trên 10.000 dân", "/vạn dân": the denominator of a rate, not a quantity.
    if (PER_POPULATION_AFTER.test(folded.slice(pos, pos + 12)) && /(?:tren|\/)\s*$/.test(folded.slice(Math.max(0, start - 6), start))) continue;
    // A year on its own ("năm 2025", "2021 - 2025") is a date.
    if (/^(?:19|20)\d\d$/.test(token) && matchUnit(folded, pos) === null) {
      RANGE_LINK.lastIndex = pos;
      const link = RANGE_LINK.exec(folded);
      // "2021 - 2025" is a period, its second year no number; "2020 - 47.740 tỷ đồng" (a table row) is a year and a number.
      if (link && YEAR_AT.test(folded.slice(pos + link[0].length, pos + link[0].length + 5))) TOKEN.lastIndex = pos + link[0].length + 4;
      continue;
    }
    // Cheap exits first: most numbers of a text are neither followed by a unit or a range nor
    // preceded by "là/đạt/có" (which lets a subject give a bare number its unit).
    const nextChar = folded[pos] === " " ? folded[pos + 1] : folded[pos];
    if (nextChar === undefined || (!/[a-z%\/\-–—]/.test(nextChar) && !bareAllowed(folded, start))) continue;
    const q = scanAfterNumber(folded, start, pos, low);
    if (q && q.cls === null && lifespanBefore(folded, start)) {
      // "tuổi thọ … đạt 76 năm": a lifespan in years.
      YEARS_AFTER.lastIndex = q.end;
      const y = YEARS_AFTER.exec(folded);
      if (y) {
        out.push(quantity(start, q.end + y[0].length, q.end, q.low, q.high, "years", "years", false, false, false, undefined));
        resumeAt = q.end + y[0].length;
        TOKEN.lastIndex = resumeAt;
        continue;
      }
    }
    if (q && q.cls === null && !bareAllowed(folded, start)) continue;
    // An age ("trẻ em dưới 5 tuổi") is a quantity only as a lifespan.
    if (q && q.cls === "years" && !lifespanBefore(folded, start)) continue;
    // "tăng trưởng GRDP -15,3%": a minus glued to a percentage after a word is its sign (after a
    // number it links a range, at a line's start it marks an item).
    if (q && q.cls === "percent" && !q.isRange && prev === "-" && folded[start - 2] === " " && /[a-z]/.test(folded[start - 3] ?? "")) q.low = -q.low;
    if (q) {
      if (NOT_QUANTITY_BEFORE.test(folded.slice(Math.max(0, start - 14), start)) && q.cls === null) continue;
      resumeAt = q.end;
      TOKEN.lastIndex = q.end;
      if (onWordless && !hasLetter(folded, Math.max(0, start - 40), start) && !hasLetter(folded, q.numberEnd, Math.min(q.end + 20, folded.length))) {
        onWordless(start, q.end);
        continue;
      }
      out.push(q);
      TOKEN.lastIndex = q.end;
    }
  }
  const sorted = out.length > 0 && out[0].unit === "times" ? out.sort((a, b) => a.start - b.start) : out;
  shareRateTail(folded, sorted);
  return sorted;
}

const COUNT_AND_LINK = /^\s{0,3}(?:va|,)\s{0,3}$/;
/**
 * "14 bác sĩ và 38 giường bệnh trên một vạn dân": two counts sharing one "per 10.000 people"
 * tail; the first is a rate too, of its own noun.
 */
function shareRateTail(folded: string, qs: Quantity[]): void {
  for (let i = qs.length - 2; i >= 0; i--) {
    const a = qs[i];
    const b = qs[i + 1];
    if (b.cls !== "rate10k" || a.cls !== "count" || a.noun !== "nguoi" || !COUNT_AND_LINK.test(folded.slice(a.end, b.start))) continue;
    const word = folded.slice(a.numberEnd, a.end);
    const noun = /bac s[iy]/.test(word) ? "bac si" : /giuong/.test(word) ? "giuong benh" : null;
    if (noun === null) continue;
    a.unit = "per_10k_pop";
    a.cls = "rate10k";
    a.noun = noun;
  }
}

/** Length of a token without its leading zeros (a number in words is padded with them). */
function significantLength(token: string): number {
  let i = 0;
  while (i < token.length - 1 && token[i] === "0") i++;
  return token.length - i;
}

/** "tuổi thọ … bảy mươi năm": a lifespan said in years. */
function lifespanInYears(folded: string, start: number, end: number): boolean {
  YEARS_AFTER.lastIndex = end;
  return YEARS_AFTER.test(folded) && lifespanBefore(folded, start);
}

/** "tuổi thọ" in the number's own sentence or item: "- Tuổi thọ …: 73 tuổi.\n- Tỷ lệ trẻ em dưới 5 tuổi …" names no second lifespan. */
function lifespanBefore(folded: string, at: number): boolean {
  const window = folded.slice(Math.max(0, at - 80), at);
  return LIFESPAN_BEFORE.test(window.slice(lastSentenceEnd(window) + 1));
}

function lastSentenceEnd(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const ch = s[i];
    if (ch === "\n" || ch === ";" || ((ch === "." || ch === "!" || ch === "?") && !/\d/.test(s[i + 1] ?? ""))) return i;
  }
  return -1;
}

/** Every quantity is built here, with one object shape (spreads make V8 fall back to slow objects). */
function quantity(
  start: number,
  end: number,
  numberEnd: number,
  low: number,
  high: number | null,
  unit: string | null,
  cls: UnitClass | null,
  perYear: boolean,
  ofGrdp: boolean,
  fraction: boolean,
  noun: string | undefined,
): Quantity {
  return { start, end, numberEnd, low, high, unit, cls, perYear, ofGrdp, isRange: high !== null, fraction, noun };
}

function scanAfterNumber(folded: string, start: number, pos: number, low: number): Quantity | null {
  // "8/8 huyện", "32/51 xã": a count; other fractions (ranks "10/34", "17/23 chỉ tiêu") are not.
  FRACTION.lastIndex = pos;
  const f = FRACTION.exec(folded);
  if (f) {
    const after = pos + f[0].length;
    FRACTION_NOUN.lastIndex = after;
    const noun = FRACTION_NOUN.exec(folded);
    if (!noun || /thu\s*$/.test(folded.slice(Math.max(0, start - 6), start))) return null;
    const isDistrict = noun[1] !== "xa";
    return quantity(start, after + noun[0].length, after, low, null, isDistrict ? "districts" : "communes", "count", false, false, true, isDistrict ? "huyen" : "xa");
  }
  COMPOUND_THOUSANDS.lastIndex = pos;
  const t = COMPOUND_THOUSANDS.exec(folded);
  if (t) return quantity(start, pos + t[0].length, pos, tidy(low * 1000 + Number(t[1])), null, "billion_vnd", "vnd", false, false, false, undefined);
  // "5 tỷ 508 triệu USD"
  COMPOUND_MONEY.lastIndex = pos;
  const c = COMPOUND_MONEY.exec(folded);
  if (c) {
    const usd = c[2] === "usd";
    return quantity(start, pos + c[0].length, pos, tidy(low * 1000 + Number(c[1])), null, usd ? "million_usd" : "million_vnd", usd ? "usd" : "vnd", false, false, false, undefined);
  }
  let unit = matchUnit(folded, pos);
  let numberEnd = pos;
  let high: number | null = null;
  // A range: "7,0 - 7,5%", "8%-8,5%", "115 – 120 triệu đồng", "từ 2 đến 3%", the unit said on
  // both ends ("từ 80 triệu đồng đến 90 triệu đồng"), "giữa 80 và 90 triệu đồng".
  const between = BETWEEN_BEFORE.test(folded.slice(Math.max(0, start - 8), start));
  // "37,8% - 17,8% - 44,4%" (values said in turn, "tương ứng là …"): a chain of three is a list, no range.
  const inChain = CHAIN_BEFORE.test(folded.slice(Math.max(0, start - 12), start));
  for (const linkAt of inChain ? [] : unit && !unit.perYear ? [pos, pos + unit.length] : [pos]) {
    const linkPattern = between ? BETWEEN_LINK : RANGE_LINK;
    linkPattern.lastIndex = linkAt;
    const link = linkPattern.exec(folded);
    if (!link) continue;
    const second = readToken(folded, linkAt + link[0].length);
    const value = second ? parseVietnameseNumber(second.text) : null;
    if (!second || value === null || value < low) break;
    const secondUnit = matchUnit(folded, second.end);
    // With the unit on both ends, the second must state the same one ("8%-8,5%/năm" is one range).
    const sameUnit =
      linkAt === pos || unit?.cls === "percent"
        ? !unit || unit.unit === secondUnit?.unit || unit.cls === secondUnit?.cls
        : unit?.unit === secondUnit?.unit && unit?.factor === secondUnit?.factor;
    CHAIN_AFTER.lastIndex = second.end + (secondUnit?.length ?? 0);
    if (CHAIN_AFTER.test(folded)) break;
    if (secondUnit && sameUnit) {
      high = value;
      unit = secondUnit;
      numberEnd = second.end;
    }
    break;
  }
  // A bare "đồng" after a small number is rarely money ("10 đồng"): money in đồng is counted in thousands.
  if (unit?.factor === 1e-6 && unit.cls === "vnd" && low < 1000 && folded.startsWith("dong", folded[numberEnd] === " " ? numberEnd + 1 : numberEnd)) unit = null;
  const unitEnd = numberEnd + (unit?.length ?? 0);
  OF_GRDP.lastIndex = unitEnd;
  const g = unit?.cls === "percent" ? OF_GRDP.exec(folded) : null;
  const end = g ? unitEnd + g[0].length : unitEnd;
  const factor = unit?.factor ?? 1;
  return quantity(
    start,
    end,
    numberEnd,
    factor !== 1 ? tidy(low * factor) : low,
    high === null ? null : factor !== 1 ? tidy(high * factor) : high,
    unit?.unit ?? null,
    unit?.cls ?? null,
    unit?.perYear ?? false,
    g !== null,
    false,
    unit?.noun,
  );
}

function hasLetter(f: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = f.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
