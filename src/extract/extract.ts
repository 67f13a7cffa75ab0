// From a document's text to its figures: find the quantities, then for each decide the
// indicator (words around it), comparator (words before it), role (the nearest cue: heading,
// "phấn đấu", "ước đạt"…), period and year (the nearest time expression, the heading, the
// document's term), and kind (growth, level, cumulative, annual, annual change).
import { createHash } from "node:crypto";
import { prepareText, originalOffset, type PreparedText } from "./normalize.ts";
import { findQuantities, type Quantity } from "./quantities.ts";
import { IndicatorMatcher, type AliasMatch } from "./indicators.ts";
import { FLOW_INDICATORS, GROWTH_OF, SHARE_OF, WEAK_GROWTH_ALIASES } from "./indicator-rules.ts";
import { UNIT_CLASS_OF } from "./units.ts";
import {
  findHeadings,
  findRoleCues,
  periodFromYears,
  type Heading,
  type Period,
  type Role,
  type RoleCue,
} from "./structure.ts";
import type { Comparator, Figure, FigureKind } from "./figure.ts";

export interface DocumentInfo {
  /** File name, as in documents.csv. */
  name: string;
  text: string;
  term_start?: number | null;
  term_end?: number | null;
  published?: string | null;
  doc_type?: string | null;
}

export interface SkippedNumber {
  start: number;
  end: number;
  quote: string;
  reason: string;
}

export interface Extraction {
  figures: Figure[];
  /** Numbers with a unit that were not read as figures, and why: reported, never dropped silently. */
  skipped: SkippedNumber[];
  warnings: string[];
}

const MAX_BEFORE = 260;
const MAX_AFTER = 90;
const MAX_SENTENCE = 1500;
const MAX_SKIPPED = 1000;
/** How many earlier numbers a subject may be inherited from. */
const MAX_LOOKBACK = 12;

const GTE_BEFORE = /(?<![a-z])(?:tren|hon|vuot|it nhat|toi thieu|tu|khong duoi|khong thap hon|lon hon)\s*$/;
const LTE_BEFORE = /(?<![a-z])(?:duoi|con duoi|khong qua|toi da|khong vuot qua|thap hon|nho hon)\s*$/;
const GTE_AFTER = /^[^,;.()]{0,12}?(?<![a-z])tro len(?![a-z])/;
const LTE_AFTER = /^[^,;.()]{0,12}?(?<![a-z])tro xuong(?![a-z])/;
const FILLER_BEFORE = /(?:\s|(?<![a-z])(?:dat|la|o muc|muc|khoang|gan|xap xi|chi|con|len|xuong|xuong con|chiem|duoc|ca nam)(?![a-z]))+$/;
const DECREASE_ADJACENT = /(?<![a-z])giam(?:\s+(?:binh quan|moi nam|hang nam|hang nam|tu|tren|duoi|khoang|it nhat|toi thieu|them))*\s*$/;
const DECREASE_LEADING = /(?:^|[\s(;,])(?:keo )?giam(?![a-z])/;
const REMAINING = /(?<![a-z])(?:con|xuong|xuong con|o muc)(?![a-z])/;
const RISE_BETWEEN = /(?<![a-z])tang(?: truong)?(?![a-z])/;
const NOT_RISE_BETWEEN = /(?<![a-z])(?:len|con|chiem|ty trong)(?![a-z])/;
const EACH_YEAR = /(?<![a-z])(?:hang nam|moi nam|hang nam|binh quan moi nam|binh quan hang nam|binh quan hang nam|nam nao cung)(?![a-z])/;
const CUMULATIVE_CUE = /(?<![a-z])(?:\(?\s*5 nam\s*\)?|trong 5 nam|qua 0?5 nam|0?5 nam qua|ca nhiem ky|toan nhiem ky)(?![a-z])/;
const PLAN_COMPLETION_AFTER = /^\s*\*?\s*(?:so voi\s+)?(?:ke hoach|chi tieu|du toan|muc tieu)(?![a-z])/;
const INDICATOR_HEAD =
  /(?<![a-z])(?:ty le|ty trong|toc do|so luong|so|gia tri|tong|kim ngach|thu|chi|von|san luong|nang suat|muc|quy mo|chi so|doanh thu|binh quan|co cau)(?![a-z])/;
const TARGET_REFERENCE = /(?<![a-z])(?:muc tieu|ke hoach|nghi quyet|chi tieu)(?![a-z])/;
const SURPLUS = /^\s*[,(]?\s*(?:va\s+)?vuot(?:\s+(?:nghi quyet|nq|ke hoach|chi tieu|muc tieu))?(?:\s+(?:tren|khoang|gan|hon))?\s*$/;
const SHARE_LINK = /^[^;.]{0,40}?,?\s*(?:chiem|bang|dat ty le)\s*(?:ty le\s*)?$/;
const LOCAL_TARGET = /(?:nghi quyet|nq|ke hoach|muc tieu|chi tieu)(?: [a-z ]{0,20}?)?(?: de ra| dat ra| giao| dia phuong)?(?: phan dau)?(?: la|:| giao)?\s*(?:tren|duoi|tu|la)?\s*$|(?<![a-z])(?:phan dau|du toan [a-z ]{0,30})\s*(?:dat\s*)?(?:tren|duoi|tu)?\s*$/;
const LOCAL_ACTUAL = /(?<![a-z])(?:uoc dat|dat duoc|da dat|uoc tang|uoc tinh dat|thuc hien dat|thuc te dat)(?![a-z])[^,;()]*$/;
const YEAR_EXPR = /(?<![a-z])(den cuoi nam|vao cuoi nam|cuoi nam|den nam|vao nam|trong nam|nam)\s+(\d{4})(?![\d])(?!\s*-\s*\d{4})/g;
const NOT_YEAR_BEFORE = /(?:so sanh|so voi|chuan|tu|gia|tam nhin(?: den)?)\s*$/;
const PERIOD_EXPR = /(?<![a-z])(?:nhiem ky|giai doan|thoi ky|ke hoach|5 nam|nam nam)?\s*\(?\s*(\d{4})\s*-\s*(\d{4})\s*\)?/g;
const END_OF_TERM = /(?<![a-z])cuoi nhiem ky(?![a-z])/g;

interface TimeExpr {
  at: number;
  end: number;
  year?: number;
  period?: Period;
  endOfTerm?: boolean;
}

interface Resolved {
  code: string;
  match: AliasMatch | null;
  inherited: boolean;
}

export function extractFigures(doc: DocumentInfo, baseMatcher: IndicatorMatcher): Extraction {
  const warnings: string[] = [];
  if (doc.text.includes("\uFFFD")) warnings.push(`${doc.name}: the text contains replacement characters (invalid UTF-8 was replaced)`);
  const prep = prepareText(doc.text);
  const f = prep.folded;
  const matcher = baseMatcher.forDocument(f);
  const quantities = findQuantities(f);
  const sentences = sentenceBoundaries(f);
  const paragraphs = paragraphBoundaries(f);
  const headings = findHeadings(prep.clean, f);
  const cues = findRoleCues(f);
  const times = findTimeExpressions(f);
  const docDefaultRole: Role = /result|review|report|actual|bao cao|ket qua/.test(`${doc.doc_type ?? ""} ${doc.name}`) ? "actual" : "target";
  const metaTerm =
    doc.term_start && doc.term_end ? periodFromYears(doc.term_start, doc.term_end) : doc.term_end ? { start: doc.term_end, end: doc.term_end } : null;
  const publishedYear = doc.published ? Number(doc.published.slice(0, 4)) : null;

  const figures: Figure[] = [];
  const skipped: SkippedNumber[] = [];
  let skippedBeyond = 0;
  const resolvedByIndex: (Resolved | null)[] = [];
  const seen = new Map<string, Figure>();

  let prev: Quantity | null = null;
  quantities.forEach((q, qi) => {
    const sentence = sentenceAt(sentences, q.start, f.length);
    const beforeStart = Math.max(sentence.start, prev && prev.end > sentence.start ? prev.end : sentence.start, q.start - MAX_BEFORE);
    const before = f.slice(beforeStart, q.start);
    // End-anchored patterns run on short tails only: on a long string each would cost its square.
    const near = before.slice(-64);
    const clauseTail = afterLastOf(before, ",;()", 100);
    const afterEnd = clauseEnd(f, q.end, Math.min(sentence.end, quantities[qi + 1]?.start ?? f.length, q.end + MAX_AFTER));
    const window = f.slice(beforeStart, afterEnd);
    const matches = matcher.matches(window, beforeStart);

    const skip = () => {
      resolvedByIndex.push(null);
    };
    // No word near the number ("1% 1% 1%…", tables of bare numbers): nothing can name it.
    if (!/[a-z]/.test(f.slice(Math.max(sentence.start, q.start - 40), q.start)) && !/[a-z]/.test(f.slice(q.numberEnd, Math.min(q.end + 20, f.length)))) {
      if (skipped.length < MAX_SKIPPED) skipped.push({ start: originalOffset(prep, q.start), end: originalOffset(prep, q.end), quote: prep.clean.slice(q.start, q.end), reason: "no words around the number" });
      else skippedBeyond++;
      return skip();
    }
    // Bare numbers are figures only where the subject carries the unit ("số bác sĩ trên 10.000 dân là 10").
    if (q.cls === null && !/(?<![a-z])(?:la|dat|co)\s*$/.test(near)) return skip();
    // "…, vượt 0,6%", "vượt Nghị quyết trên 13%": by how much a figure beat its target, not a figure.
    if (SURPLUS.test(before) && prev && prev.end > sentence.start) return skip();
    // "32/51 xã, chiếm 62,7%": one figure, the share; the count only names what it is a share of.
    const next = quantities[qi + 1];
    const countThenShare =
      q.cls === "count" && next?.cls === "percent" && next.start < sentence.end && SHARE_LINK.test(f.slice(q.end, next.start));

    const sentenceBefore = f.slice(Math.max(sentence.start, q.start - 2 * MAX_BEFORE), q.start);
    const paragraph = paragraphAt(paragraphs, q.start);
    const resolved = resolveIndicator(q, matches, before, sentenceBefore, f, qi, quantities, resolvedByIndex, sentence.start, paragraph, matcher);
    resolvedByIndex.push(resolved);
    if (q.cls === null && resolved.code === "unknown") {
      resolvedByIndex[qi] = null;
      return;
    }
    prev = q;
    if (countThenShare) return;
    // A number whose subject is no indicator of the catalog is a figure only where its words read
    // like one ("tỷ lệ lấp đầy là 54%"); "03/51 Tỉnh ủy viên … chiếm 5,88%", "có tới 60% dân số"
    // are descriptions. Those are reported as skipped.
    if (resolved.code === "unknown" && !INDICATOR_HEAD.test(afterLastOf(before, ",;:()*", 260))) {
      const s0 = originalOffset(prep, subjectStart(f, beforeStart, q.start));
      const s1 = originalOffset(prep, q.end);
      if (skipped.length < MAX_SKIPPED) skipped.push({ start: s0, end: s1, quote: doc.text.slice(s0, s1).replace(/\s+/g, " ").trim(), reason: "no indicator named before the number" });
      else skippedBeyond++;
      return;
    }
    const indicator = matcher.byCode.get(resolved.code);

    // Role: a cue right before the number, else the latest heading or cue, else the document type.
    const role = roleAt(q, clauseTail, headings, cues, docDefaultRole);

    // The term the number belongs to.
    let term = headingPeriodAt(headings, q.start) ?? metaTerm;
    if (role === "actual" && term && term.end > term.start && publishedYear !== null && term.start >= publishedYear) {
      // A congress document's results are those of the term that just ended.
      const length = term.end - term.start + 1;
      term = { start: term.start - length, end: term.start - 1 };
    }
    const time = timeFor(q, times, f, sentence, paragraphAt(paragraphs, q.start), afterEnd, term);
    const periodInSentence = time.period;
    const explicitYear = time.year;
    const effectiveTerm = periodInSentence ?? term;

    // Unit, kind and period.
    const catalogUnit = indicator?.unit ?? null;
    const catalogClass = catalogUnit ? UNIT_CLASS_OF[catalogUnit] ?? "other" : null;
    let unit = q.unit ?? catalogUnit ?? "unknown";
    if (catalogUnit === "per_10k_pop") unit = "per_10k_pop";
    if (catalogUnit === "children_per_woman") unit = "children_per_woman";
    const clause = f.slice(Math.max(sentence.start, q.start - 80), Math.min(afterEnd + 20, sentence.end));
    const eachYear = EACH_YEAR.test(q.cls === "percent" ? sentenceBefore : before) || EACH_YEAR.test(f.slice(q.end, afterEnd));
    const cumulativeCue = CUMULATIVE_CUE.test(clause) || (periodInSentence !== undefined && explicitYear === undefined);
    let kind: FigureKind = "level";
    const isGrowth = catalogUnit === "percent_per_year" || (catalogUnit === null && q.perYear);
    const isFlow = FLOW_INDICATORS.has(resolved.code) || (q.cls === "count" && /(?<![a-z])them(?![a-z])/.test(before));
    if (q.cls === "percent" && isGrowth) {
      kind = "avg_growth";
      unit = "percent_per_year";
    } else if (q.cls === "percent" && (catalogClass === "percent" || catalogUnit === null) && (q.perYear || (eachYear && DECREASE_LEADING.test(before)))) {
      kind = "annual_change";
      unit = "pp_per_year";
    } else if (q.cls === "percent" && eachYear) {
      kind = "annual";
    } else if (isFlow && eachYear) {
      kind = "annual";
    } else if (isFlow && q.cls === "count" && explicitYear !== undefined && !periodInSentence) {
      kind = "annual"; // "trong năm 2026 … thành lập mới 3.000 doanh nghiệp": that year's flow
    } else if (isFlow && explicitYear === undefined && effectiveTerm) {
      const oneYear = effectiveTerm.start === effectiveTerm.end;
      if (oneYear) kind = q.cls === "count" ? "annual" : "level";
      else if (cumulativeCue || role === "actual" || q.cls === "count") kind = "cumulative";
    }

    let periodStart: number | null = null;
    let year: number | null = null;
    if (kind === "level") {
      year = explicitYear ?? (time.endOfTerm ? effectiveTerm?.end : undefined) ?? time.paragraphYear ?? effectiveTerm?.end ?? null;
    } else if (kind === "avg_growth") {
      // A year names a one-year growth only from the number's own clause or the sentence's head
      // ("Năm 2025, tăng trưởng … 8,78%"); "xuất khẩu năm 2025 đạt 9,2 tỷ USD, tăng bình quân
      // 16,8%/năm" is an average over the term.
      const ownYear = explicitYear !== undefined && time.yearAt !== undefined &&
        (time.yearAt > q.start || !/[,;]/.test(f.slice(time.yearEnd ?? time.yearAt, q.start)) ||
          /^[\s\-*•]*(?:[a-z]+ ){0,2}$/.test(f.slice(sentence.start, time.yearAt)));
      const single = (ownYear ? explicitYear : undefined) ?? (time.endOfTerm ? effectiveTerm?.end : undefined) ??
        (effectiveTerm && effectiveTerm.start === effectiveTerm.end && !periodInSentence ? time.paragraphYear : undefined);
      if (single !== undefined && !periodInSentenceIsCloser(time)) {
        periodStart = single;
        year = single;
      } else {
        periodStart = effectiveTerm?.start ?? null;
        year = effectiveTerm?.end ?? null;
      }
    } else {
      periodStart = effectiveTerm?.start ?? explicitYear ?? null;
      year = effectiveTerm?.end ?? explicitYear ?? null;
    }

    // A result cannot be for a year after its publication: such a year came from the document's
    // plan term; the results are those of the last year the text speaks of.
    if (role === "actual" && publishedYear !== null && year !== null && year > publishedYear) {
      const shift = year - (lastYearBefore(times, q.start, publishedYear) ?? publishedYear);
      year -= shift;
      if (periodStart !== null) periodStart -= shift;
    }

    // Comparator and sign.
    const tail = near.replace(FILLER_BEFORE, (m) => (/(?<![a-z])(?:con|xuong)/.test(m) ? " con " : " "));
    let comparator: Comparator = "eq";
    if (q.isRange) comparator = "range";
    else if (LTE_BEFORE.test(tail.trimEnd() + " ") || LTE_BEFORE.test(near)) comparator = "lte";
    else if (GTE_BEFORE.test(tail.trimEnd())) comparator = "gte";
    const afterText = f.slice(q.end, afterEnd);
    if (!q.isRange && GTE_AFTER.test(afterText)) comparator = "gte";
    if (!q.isRange && LTE_AFTER.test(afterText)) comparator = "lte";
    let low = q.low;
    let high = q.high;
    const decrease =
      DECREASE_ADJACENT.test(near) ||
      (kind === "annual_change" && DECREASE_LEADING.test(before) && !REMAINING.test(before.slice(before.search(DECREASE_LEADING))));
    if (decrease && !REMAINING.test(before.slice(-12))) {
      [low, high] = high === null ? [-low, null] : [-high, -low];
      if (comparator === "gte") comparator = "lte";
      else if (comparator === "lte") comparator = "gte";
    }

    // The quote: from the words naming the indicator to the end of the number and unit.
    let quoteStart = resolved.match && resolved.match.start < q.start ? resolved.match.start : subjectStart(f, beforeStart, q.start);
    let quoteEnd = Math.max(q.end, resolved.match && resolved.match.end > q.end ? resolved.match.end : q.end);
    if (comparator === "gte" && GTE_AFTER.test(afterText)) quoteEnd = q.end + (afterText.match(GTE_AFTER)?.[0].length ?? 0);
    ({ start: quoteStart, end: quoteEnd } = trimSpan(prep.clean, quoteStart, quoteEnd));
    const start = originalOffset(prep, quoteStart);
    const end = originalOffset(prep, quoteEnd);
    const quote = doc.text.slice(start, end).replace(/\s+/g, " ").trim();
    const subject = resolved.match ? prep.clean.slice(resolved.match.start, resolved.match.end) : lastWords(prep.clean.slice(beforeStart, q.start), 12);

    const figure: Figure = {
      doc: doc.name,
      role,
      indicator_code: resolved.code,
      kind,
      comparator,
      value_low: low,
      value_high: high,
      unit,
      period_start: kind === "level" ? null : periodStart,
      year,
      quote,
      id: "",
      start,
      end,
      subject: subject.replace(/\s+/g, " ").trim(),
      confidence: confidenceOf(resolved, q),
    };
    // A figure repeated in the same document (a list of targets restated in a later section) once.
    const key = [figure.role, figure.indicator_code, low, high, unit, year].join("|");
    const earlier = seen.get(key);
    if (earlier) {
      // The lead of an article often rounds what its body states precisely ("tăng 10%/năm" then
      // "tăng bình quân từ 10%/năm"): keep the first place, take the stated comparator.
      if (earlier.comparator === "eq" && comparator !== "eq") earlier.comparator = comparator;
      return;
    }
    seen.set(key, figure);
    figure.id = createHash("sha1").update(`${doc.name}\u0000${key}`).digest("hex").slice(0, 12);
    figures.push(figure);
  });
  if (skippedBeyond > 0) warnings.push(`${doc.name}: ${skippedBeyond} more numbers not read as figures are not listed`);
  return { figures, skipped, warnings };
}

function confidenceOf(resolved: Resolved, q: Quantity): number {
  if (resolved.code === "unknown") return 0.3;
  let c = resolved.inherited ? 0.7 : 0.9;
  if (q.cls === null) c -= 0.1;
  return c;
}

function compatible(code: string, q: Quantity, matcher: IndicatorMatcher): boolean {
  const ind = matcher.byCode.get(code);
  if (!ind) return false;
  const cls = UNIT_CLASS_OF[ind.unit] ?? "other";
  if (q.cls === null) return cls === "rate10k" || cls === "children";
  if (cls === "rate10k") return q.cls === "rate10k" || (q.cls === "count" && q.noun === "nguoi");
  if (cls === "other") return q.unit === ind.unit;
  if (cls === "count") return q.cls === "count";
  return cls === q.cls;
}

function growthOf(code: string, matcher: IndicatorMatcher): string | null {
  const g = GROWTH_OF[code];
  return g && matcher.byCode.has(g) ? g : null;
}

function resolveIndicator(
  q: Quantity,
  matches: AliasMatch[],
  before: string,
  sentenceBefore: string,
  f: string,
  qi: number,
  quantities: Quantity[],
  resolvedByIndex: (Resolved | null)[],
  sentenceStart: number,
  paragraphStart: number,
  matcher: IndicatorMatcher,
): Resolved {
  const rises = (from: number) => {
    const between = f.slice(from, q.start);
    return RISE_BETWEEN.test(between) && !NOT_RISE_BETWEEN.test(between);
  };
  // A percentage said to be a rise of a level or a share is that indicator's growth.
  const asGrowth = (code: string, from: number): string | null => {
    if (q.cls !== "percent") return null;
    const ind = matcher.byCode.get(code);
    if (!ind || ind.unit === "percent_per_year") return null;
    if (!rises(from)) return null;
    return growthOf(code, matcher);
  };
  const candidates: { m: AliasMatch; rank: number; code: string }[] = [];
  for (const m of matches) {
    if (!matcher.allows(m.code, sentenceBefore)) continue;
    const grown = asGrowth(m.code, m.end);
    const code = grown ?? m.code;
    if (!compatible(code, q, matcher)) continue;
    let rank: number;
    if (m.start < q.start && m.end > q.numberEnd) rank = 3; // "công nhận 12 xã đạt chuẩn…"
    else if (m.start >= q.numberEnd - 1 && followsDirectly(f.slice(q.end, Math.max(q.end, m.start)))) rank = 2; // "8 bác sĩ/vạn dân", "100% xã đạt chuẩn…"
    else if (m.end <= q.start) rank = 1;
    else continue;
    candidates.push({ m, rank, code });
  }
  candidates.sort((a, b) => b.rank - a.rank || (a.rank === 1 ? b.m.end - a.m.end : b.m.length - a.m.length) || b.m.length - a.m.length);
  const best = candidates[0];
  const inherit = (): Resolved | null => {
    for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > sentenceStart; i--) {
      const r = resolvedByIndex[i];
      if (!r || r.code === "unknown") continue;
      const grown = asGrowth(r.code, quantities[i].end);
      if (grown && compatible(grown, q, matcher)) return { code: grown, match: null, inherited: true };
      const share = q.cls === "percent" ? SHARE_OF[r.code] : undefined;
      if (share && matcher.byCode.has(share)) return { code: share, match: null, inherited: true };
      if (compatible(r.code, q, matcher)) return { code: r.code, match: null, inherited: true };
    }
    return null;
  };
  // "đạt 80% kế hoạch", "đạt 100% chỉ tiêu Nghị quyết": how much of a target was done.
  if (q.cls === "percent" && PLAN_COMPLETION_AFTER.test(f.slice(q.end, q.end + 40))) {
    const covering = candidates.find((c) => c.rank === 3 && matcher.byCode.get(c.code)?.code.endsWith("_plan_completion_rate"));
    return covering ? { code: covering.code, match: covering.m, inherited: false } : { code: "unknown", match: null, inherited: false };
  }
  if (best && WEAK_GROWTH_ALIASES.has(best.m.alias)) {
    // "tăng trưởng bình quân 16,8%/năm" after "Kim ngạch xuất khẩu": the growth of exports.
    const named = candidates.find((c) => c.rank === 1 && !WEAK_GROWTH_ALIASES.has(c.m.alias) && c.m.end <= best.m.start);
    if (named) {
      const ind = matcher.byCode.get(named.m.code);
      const growth = ind?.unit === "percent_per_year" ? named.m.code : growthOf(named.m.code, matcher);
      if (growth) return { code: growth, match: named.m, inherited: false };
    }
    const inherited = inherit();
    if (inherited && matcher.byCode.get(inherited.code)?.unit === "percent_per_year") return inherited;
    return { code: best.code, match: best.m, inherited: false };
  }
  if (best) return { code: best.code, match: best.m, inherited: false };
  if (q.ofGrdp && matcher.byCode.has("social_investment_share_grdp")) return { code: "social_investment_share_grdp", match: null, inherited: false };
  const inheritedInSentence = inherit();
  if (inheritedInSentence) return inheritedInSentence;
  // "Mặc dù chưa đạt mục tiêu đề ra là trên 10%": the target of what the paragraph spoke of.
  if (TARGET_REFERENCE.test(afterLastOf(before, ",;()", 100))) {
    for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > paragraphStart; i--) {
      const r = resolvedByIndex[i];
      if (r && r.code !== "unknown" && compatible(r.code, q, matcher)) return { code: r.code, match: null, inherited: true };
    }
  }
  return { code: "unknown", match: null, inherited: false };
}

/** Words between a number and a name after it that still make the name its subject ("20% xã …"). */
function followsDirectly(between: string): boolean {
  return /^[^,;:.()]{0,8}$/.test(between) && !/(?<![a-z])(?:va|hoac|voi|con|dat|la|nam)(?![a-z])/.test(between);
}

function roleAt(q: Quantity, clauseTail: string, headings: Heading[], cues: RoleCue[], fallback: Role): Role {
  if (LOCAL_TARGET.test(clauseTail)) return "target";
  if (LOCAL_ACTUAL.test(clauseTail)) return "actual";
  let role = fallback;
  let at = -1;
  for (const h of headings) {
    if (h.start > q.start) break;
    if (h.role) {
      role = h.role;
      at = h.start;
    }
  }
  for (const c of cues) {
    if (c.at >= q.start) break;
    if (c.at >= at) role = c.role;
  }
  return role;
}

function headingPeriodAt(headings: Heading[], at: number): Period | null {
  let period: Period | null = null;
  for (const h of headings) {
    if (h.start > at) break;
    if (h.period) period = h.period;
  }
  return period;
}

function findTimeExpressions(f: string): TimeExpr[] {
  const out: TimeExpr[] = [];
  YEAR_EXPR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_EXPR.exec(f))) {
    if (NOT_YEAR_BEFORE.test(f.slice(Math.max(0, m.index - 14), m.index))) continue;
    const y = Number(m[2]);
    if (y < 1945 || y > 2100) continue;
    out.push({ at: m.index, end: m.index + m[0].length, year: y });
  }
  PERIOD_EXPR.lastIndex = 0;
  while ((m = PERIOD_EXPR.exec(f))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < 1945 || b > 2100 || b <= a || b - a > 10) continue;
    if (/chuan\s*$/.test(f.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ at: m.index, end: m.index + m[0].length, period: periodFromYears(a, b) });
  }
  END_OF_TERM.lastIndex = 0;
  while ((m = END_OF_TERM.exec(f))) out.push({ at: m.index, end: m.index + m[0].length, endOfTerm: true });
  return out.sort((a, b) => a.at - b.at);
}

interface TimeContext {
  year?: number;
  period?: Period;
  endOfTerm?: boolean;
  paragraphYear?: number;
  /** Position of the nearest year and period expressions, to tell which is closer. */
  yearAt?: number;
  yearEnd?: number;
  periodAt?: number;
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

function timeFor(
  q: Quantity,
  times: TimeExpr[],
  f: string,
  sentence: { start: number; end: number },
  para: number,
  clauseEnd: number,
  term: Period | null,
): TimeContext {
  const ctx: TimeContext = {};
  // After the number, in its own clause: "… 80 triệu đồng vào năm 2030".
  for (const t of times) {
    if (t.at < q.end) continue;
    if (t.at >= clauseEnd) break;
    // "9%/năm đến cuối nhiệm kỳ đạt 10%": the time belongs to the number after it.
    if (/(?<![a-z])(?:dat|la)(?![a-z])/.test(f.slice(t.end, clauseEnd))) break;
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

/** Sentence starts, found once: a line break, or ". ", "! ", "? " after more than an abbreviation. */
function sentenceBoundaries(f: string): number[] {
  const starts = [0];
  let last = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    let boundary = false;
    if (ch === "\n") boundary = true;
    else if ((ch === "." || ch === "!" || ch === "?") && (f[i + 1] === " " || f[i + 1] === "\n")) {
      boundary = !/(?:^|[\s(])[a-z]{1,2}$/.test(f.slice(Math.max(0, i - 3), i));
    } else if (i - last > MAX_SENTENCE && (ch === " " || i - last > 2 * MAX_SENTENCE)) boundary = true; // bounded work on hostile text
    if (boundary) {
      starts.push(i + 1);
      last = i + 1;
    }
  }
  return starts;
}

function paragraphBoundaries(f: string): number[] {
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
function paragraphAt(starts: number[], at: number): number {
  return Math.max(starts[lastStartAtOrBefore(starts, at)], at - 4000);
}

function sentenceAt(starts: number[], at: number, length: number): { start: number; end: number } {
  const i = lastStartAtOrBefore(starts, at);
  return { start: starts[i], end: i + 1 < starts.length ? starts[i + 1] - 1 : length };
}

function clauseEnd(f: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const ch = f[i];
    if (ch === "," || ch === ";" || ch === ":" || ch === "(" || ch === ")" || ch === "\n") return i;
    if (ch === "." && !/\d/.test(f[i + 1] ?? "")) return i;
  }
  return limit;
}

/** The text after the last of `marks`, at most `max` characters. */
function afterLastOf(text: string, marks: string, max: number): string {
  const floor = Math.max(0, text.length - max);
  for (let i = text.length - 1; i >= floor; i--) if (marks.includes(text[i])) return text.slice(i + 1);
  return text.slice(floor);
}

/** Where the words before a number begin when no alias named them: after the last punctuation. */
function subjectStart(f: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) if (/[,;:(]/.test(f[i])) return i + 1;
  return from;
}

function trimSpan(clean: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:.\-–—(*"'•+]/.test(clean[start])) start++;
  while (end > start && /[\s,;:.\-–—("'*]/.test(clean[end - 1])) end--;
  return { start, end };
}

function lastWords(text: string, n: number): string {
  return text.split(/[,;:()]/).pop()!.trim().split(/\s+/).slice(-n).join(" ");
}

export function prepare(text: string): PreparedText {
  return prepareText(text);
}
