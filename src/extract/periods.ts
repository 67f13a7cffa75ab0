// The time a figure is for: the years, periods and "cuối nhiệm kỳ" a text names, the term a
// heading or the document's metadata gives, and from them the figure's year and period start.
import type { Quantity } from "./quantities.ts";
import { afterLastOf, type Span } from "./segments.ts";
import { periodFromYears, type Heading, type Period, type Role } from "./structure.ts";
import type { FigureKind } from "./figure.ts";

export interface TimeExpr {
  at: number;
  end: number;
  year?: number;
  period?: Period;
  endOfTerm?: boolean;
}

export interface TimeContext {
  year?: number;
  period?: Period;
  endOfTerm?: boolean;
  paragraphYear?: number;
  /** Position of the nearest year and period expressions, to tell which is closer. */
  yearAt?: number;
  yearEnd?: number;
  periodAt?: number;
}

const YEAR_EXPR = /(?<![a-z])(den cuoi nam|vao cuoi nam|cuoi nam|den nam|vao nam|trong nam|nam)\s{1,16}(\d{4})(?![\d])(?!\s{0,16}-\s{0,16}\d{4})/g;
// "so với (cùng kỳ) năm 2022", "gấp 2 lần (so với) năm 2025", "gấp đôi năm 2020": the base of a
// change or a multiple, not its year, and no year for the numbers after it.
// So is "so với (ước) thực hiện năm 2023", "so với kết quả năm 2023": the base year's result.
// So is the year of a target that a result is measured against ("bằng 77,5% mục tiêu đến năm 2025").
const NOT_YEAR_BEFORE = /(?:\d\s?%\s{0,2}(?:so voi\s{1,2})?(?:muc tieu|chi tieu|ke hoach)|so sanh|so voi(?: (?:(?:uoc )?thuc hien|ket qua|uoc (?:dat|tinh)|muc))?|cung ky|chuan|tu|gia|tam nhin(?: den)?|(?<![a-z])lan|gap (?:doi|ba|ruoi))\s*$/;
// Two years joined by a dash; the words and bracket before them are read by `periodStart`. The
// pattern begins with a digit, so a scan costs one attempt per digit (no whitespace run is
// tried from each of its positions).
const YEAR_PAIR = /(\d{4})\s{0,16}-\s{0,16}(\d{4})/g;
const PERIOD_WORD_BEFORE = /(?<![a-z])(?:nhiem ky|giai doan|thoi ky|ke hoach|5 nam|nam nam)$/;
const END_OF_TERM = /(?<![a-z])cuoi nhiem ky(?![a-z])/g;
/** How far back from a year pair its bracket, spaces and naming word are looked for. */
const PERIOD_LOOKBACK = 64;

const isSpace = (ch: string) => ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\v" || ch === "\f";

/**
 * Where a period written before `digits` begins: "giai đoạn (2021 - 2025)" starts at its word,
 * else at the spaces and bracket before the years.
 */
function periodStart(f: string, digits: number): number {
  const floor = Math.max(0, digits - PERIOD_LOOKBACK);
  let i = digits;
  while (i > floor && isSpace(f[i - 1])) i--;
  if (i > floor && f[i - 1] === "(") i--;
  while (i > floor && isSpace(f[i - 1])) i--;
  const word = PERIOD_WORD_BEFORE.exec(f.slice(Math.max(0, i - 12), i));
  return word ? i - word[0].length : i;
}

/** Where a period ends: after the second year, its spaces and a closing bracket. */
function periodEnd(f: string, after: number): number {
  let i = after;
  const ceiling = Math.min(f.length, after + PERIOD_LOOKBACK);
  while (i < ceiling && isSpace(f[i])) i++;
  return f[i] === ")" ? i + 1 : i;
}

export function findTimeExpressions(f: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  YEAR_EXPR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_EXPR.exec(f))) {
    if (NOT_YEAR_BEFORE.test(f.slice(Math.max(0, m.index - 28), m.index))) continue;
    const y = Number(m[2]);
    if (y < 1945 || y > 2100) continue;
    out.push({ at: m.index, end: m.index + m[0].length, year: y });
  }
  YEAR_PAIR.lastIndex = 0;
  let scannedTo = 0;
  while ((m = YEAR_PAIR.exec(f))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const end = periodEnd(f, m.index + m[0].length);
    YEAR_PAIR.lastIndex = end;
    const at = Math.max(scannedTo, periodStart(f, m.index));
    scannedTo = end;
    if (a < 1945 || b > 2100 || b <= a || b - a > 10) continue;
    if (/chuan\s*$/.test(f.slice(Math.max(0, at - 8), at))) continue;
    out.push({ at, end, period: periodFromYears(a, b) });
  }
  END_OF_TERM.lastIndex = 0;
  while ((m = END_OF_TERM.exec(f))) out.push({ at: m.index, end: m.index + m[0].length, endOfTerm: true });
  return out.sort((a, b) => a.at - b.at);
}

/** The period of the last heading at or before `at` that names one; `periodHeadings` are the headings that do, in order. */
export function headingPeriodAt(periodHeadings: Heading[], at: number): Period | null {
  let lo = 0;
  let hi = periodHeadings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (periodHeadings[mid].start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? periodHeadings[lo - 1].period : null;
}

/** The document's term from its metadata: both years, or the end year alone. */
export function metadataTerm(termStart: number | null | undefined, termEnd: number | null | undefined): Period | null {
  return termStart && termEnd ? periodFromYears(termStart, termEnd) : termEnd ? { start: termEnd, end: termEnd } : null;
}

/** The term a number belongs to: its heading's, else the document's; a congress document's results are those of the term that just ended. */
export function termFor(headingPeriod: Period | null, metaTerm: Period | null, role: Role, publishedYear: number | null): Period | null {
  let term = headingPeriod ?? metaTerm;
  if (role === "actual" && term && term.end > term.start && publishedYear !== null && term.start >= publishedYear) {
    const length = term.end - term.start + 1;
    term = { start: term.start - length, end: term.start - 1 };
  }
  return term;
}

function periodInSentenceIsCloser(t: TimeContext): boolean {
  return t.period !== undefined && t.periodAt !== undefined && (t.yearAt === undefined || t.periodAt > t.yearAt);
}

/**
 * A time expression at `at` inside a parenthesis that closes before `to` does not apply to what
 * follows: "(năm 2015 là 45,92%); tăng … lên 70,59%". Unbalanced brackets count for nothing.
 */
function insideClosedParenthesis(f: string, from: number, at: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < at; i++) {
    if (f[i] === "(") depth++;
    else if (f[i] === ")" && depth > 0) depth--;
  }
  if (depth === 0) return false;
  for (let i = at; i < to; i++) {
    if (f[i] === "(") depth++;
    else if (f[i] === ")" && --depth === 0) return true;
  }
  return false;
}

const YEAR_IN_BRACKETS_AFTER = /^\s{0,2}\(\s{0,2}(?:(?:vao |den )?(?:cuoi |dau )?nam\s{1,3})?((?:19|20)\d{2})\s{0,2}\)/;

/** The time expressions that apply to the number `q`: in its clause after it, before it in its sentence, earlier in its paragraph. */
export function timeFor(q: Quantity, times: TimeExpr[], f: string, sentence: Span, para: number, clauseEnd: number, term: Period | null): TimeContext {
  const ctx: TimeContext = {};
  // A year in brackets right after the number is its own: "9,5% (cuối năm 2015)".
  const bracketed = YEAR_IN_BRACKETS_AFTER.exec(f.slice(q.end, Math.min(f.length, q.end + 40)));
  if (bracketed) {
    const at = q.end + bracketed[0].indexOf(bracketed[1]);
    return { year: Number(bracketed[1]), yearAt: at, yearEnd: at + 4 };
  }
  // After the number, in its own clause: "… 80 triệu đồng vào năm 2030".
  for (let i = lowerBound(times, q.end); i < times.length; i++) {
    const t = times[i];
    if (t.at >= clauseEnd) break;
    // "9%/năm đến cuối nhiệm kỳ đạt 10%": the time belongs to the number after it.
    // ("mục tiêu dưới 1% vào năm 2025 đã đạt trước hai năm": no number after it, so the number's own.)
    const rest = f.slice(t.end, clauseEnd);
    if (/(?<![a-z])(?:dat|la)(?![a-z])/.test(rest) && /\d/.test(f.slice(t.end, Math.min(f.length, clauseEnd + 24)))) break;
    if (t.year !== undefined && ctx.year === undefined) {
      ctx.year = t.year;
      ctx.yearAt = t.at;
      ctx.yearEnd = t.end;
    }
    if (t.endOfTerm) ctx.endOfTerm = true;
  }
  // Before it, in the same sentence, nearest first.
  for (let i = lowerBound(times, q.start) - 1; i >= 0; i--) {
    const t = times[i];
    if (t.at < sentence.start) break;
    if (t.end > q.start) continue;
    if (insideClosedParenthesis(f, sentence.start, t.at, q.start)) continue;
    if (t.year !== undefined && ctx.year === undefined && ctx.period === undefined) {
      ctx.year = t.year;
      ctx.yearAt = t.at;
      ctx.yearEnd = t.end;
    }
    if (t.period && ctx.period === undefined) {
      ctx.period = t.period;
      ctx.periodAt = t.at;
    }
    if (t.endOfTerm && ctx.year === undefined) ctx.endOfTerm = true;
  }
  // A year named earlier in the paragraph carries over to levels ("Năm 2025, … Doanh thu … đạt").
  if (ctx.year === undefined) {
    for (let i = lowerBound(times, sentence.start) - 1; i >= 0; i--) {
      const t = times[i];
      if (t.at < para) break;
      if (t.year !== undefined && !insideClosedParenthesis(f, para, t.at, sentence.start)) {
        if (!term || (t.year >= term.start - 1 && t.year <= term.end)) ctx.paragraphYear = t.year;
        break;
      }
      if (t.period) break;
    }
  }
  return ctx;
}

/** The period start and year of a figure of `kind`, from the time expressions around it and its term. */
export function figurePeriod(
  kind: FigureKind,
  time: TimeContext,
  effectiveTerm: Period | null,
  f: string,
  q: Quantity,
  sentence: Span,
): { periodStart: number | null; year: number | null } {
  const explicitYear = time.year;
  if (kind === "level") {
    return { periodStart: null, year: explicitYear ?? (time.endOfTerm ? effectiveTerm?.end : undefined) ?? time.paragraphYear ?? effectiveTerm?.end ?? null };
  }
  if (kind === "avg_growth") {
    // A year names a one-year growth only from the number's own clause or the sentence's head
    // ("Năm 2025, tăng trưởng … 8,78%"); "xuất khẩu năm 2025 đạt 9,2 tỷ USD, tăng bình quân
    // 16,8%/năm" is an average over the term.
    // ("Đến năm 2030, GRDP … đạt 8.000 USD; kinh tế tăng trưởng bình quân 10%/năm": an average per
    // year in a clause of its own is over the term, whatever year the sentence opened with.)
    const otherClause = time.yearAt !== undefined && time.yearAt < q.start && /[,;]/.test(f.slice(time.yearEnd ?? time.yearAt, q.start));
    const averagePerYear = q.perYear && /(?<![a-z])binh quan(?![a-z])/.test(afterLastOf(f.slice(Math.max(sentence.start, q.start - 120), q.start), ",;", 120));
    const ownYear = explicitYear !== undefined && time.yearAt !== undefined &&
      (time.yearAt > q.start || !otherClause ||
        (/^[\s\-*•]*(?:[a-z]+ ){0,2}$/.test(f.slice(sentence.start, time.yearAt)) && !averagePerYear) ||
        // "…giai đoạn 2016 - 2018 đạt 6,9%, riêng năm 2017, kinh tế tăng 7,2%": "riêng" sets the year apart for what follows.
        /(?<![a-z])rieng\s*$/.test(f.slice(Math.max(0, time.yearAt - 8), time.yearAt)));
    const single = (ownYear ? explicitYear : undefined) ?? (time.endOfTerm ? effectiveTerm?.end : undefined) ??
      (effectiveTerm && effectiveTerm.start === effectiveTerm.end && !time.period ? time.paragraphYear : undefined);
    if (single !== undefined && !periodInSentenceIsCloser(time)) return { periodStart: single, year: single };
    return { periodStart: effectiveTerm?.start ?? null, year: effectiveTerm?.end ?? null };
  }
  // "Năm 2026, … giảm 0,5%" in a report of 2025: a one-year change of the year the sentence names.
  if (explicitYear !== undefined && effectiveTerm && effectiveTerm.start === effectiveTerm.end && !time.period) return { periodStart: explicitYear, year: explicitYear };
  return { periodStart: effectiveTerm?.start ?? explicitYear ?? null, year: effectiveTerm?.end ?? explicitYear ?? null };
}

/**
 * A result cannot be for a year after its publication: such a year came from the document's
 * plan term; the results are those of the last year the text speaks of.
 */
export function resultYear(
  periodStart: number | null,
  year: number | null,
  times: TimeExpr[],
  at: number,
  publishedYear: number | null,
): { periodStart: number | null; year: number | null } {
  if (publishedYear === null || year === null || year <= publishedYear) return { periodStart, year };
  const shift = year - (lastYearBefore(times, at, publishedYear) ?? publishedYear);
  // A period of several years still starts where it started: a mid-term review's average runs
  // from the term's first year to the year it speaks of ("bình quân 3 năm 2016 - 2018").
  if (periodStart !== null && periodStart < year && periodStart <= year - shift) return { periodStart, year: year - shift };
  return { periodStart: periodStart === null ? null : periodStart - shift, year: year - shift };
}

function lastYearBefore(times: TimeExpr[], at: number, notAfter: number): number | undefined {
  for (let i = lowerBound(times, at) - 1; i >= 0; i--) {
    const y = times[i].year;
    if (y !== undefined && y <= notAfter) return y;
  }
  return undefined;
}

function lowerBound(times: TimeExpr[], at: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
