// From a document's text to its figures. Each pass has its module: the text prepared
// (normalize.ts), its quantities (quantities.ts), sentences and clauses (segments.ts), headings
// and cues (structure.ts); then for each quantity its subject (subjects.ts), role (roles.ts),
// time (periods.ts), kind (kinds.ts) and comparator (comparators.ts). This file composes them.
import * as crypto from "node:crypto";
import { isWhiteSpace, prepareText, originalOffset } from "./normalize.ts";
import { foldVietnamese } from "../text/fold.ts";
import { findQuantities, PER_10K_BEFORE, type Quantity } from "./quantities.ts";
import type { IndicatorMatcher } from "./indicators.ts";
import { findHeadings, findRoleCues } from "./structure.ts";
import type { Figure } from "./figure.ts";
import { afterLastOf, clauseEnd, itemEnd, lastWords, paragraphAt, paragraphBoundaries, sentenceAt, sentenceBoundaries, subjectStart, trimSpan } from "./segments.ts";
import { confidenceOf, subjectEvidence } from "./confidence.ts";
import { isChangeBase, isSurplus, linksCountToShare, readsLikeIndicator, resolveIndicator, sharesOfUnits, type Resolved } from "./subjects.ts";
import { defaultRole, localRole, PLAN_BRACKET_BEFORE, roleAt } from "./roles.ts";
import { figurePeriod, findTimeExpressions, headingPeriodAt, metadataTerm, resultYear, termFor, timeFor } from "./periods.ts";
import { kindOf } from "./kinds.ts";
import { boundOf } from "./comparators.ts";
import { cellSentence, findTables } from "./tables.ts";

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

/** "(Tỷ trọng công nghiệp chế biến, chế tạo) trong GRDP đạt trên 18%": a share of GRDP, whatever its name. */
const SHARE_OF_GRDP_BEFORE = /(?<![a-z])(?:trong|cua|vao) (?:tong )?grdp(?: (?:dat|la|chiem|khoang|tren|duoi|tu|o muc|phan dau))*\s{0,3}$/;
/** A plan named in the clause ("đạt chỉ tiêu (1 - 1,5%/năm)") with no rise of its own. */
const planBesideFall = (clause: string) => PLAN_NAMED.test(clause) && !/(?<![a-z])tang(?![a-z])/.test(clause);
/** "(cùng kỳ 39,2%)", "cùng kỳ năm trước là …": the same period a year earlier. */
const SAME_PERIOD_BEFORE = /(?<![a-z])cung ky(?: nam truoc)?\s{0,2}(?:la|:|dat)?\s{0,2}$/;
/** The plan named by its name, not only by "vượt": "vượt chỉ tiêu", "vượt mục tiêu Nghị quyết". */
/** Words of the Party's inspection and discipline work, whose counts are cases. */
const PARTY_CASEWORK = /(?<![a-z])(?:kiem tra|giam sat|ky luat|to cao|khieu nai)(?![a-z])/;
const PLAN_NAMED = /(?<![a-z])(?:chi tieu|muc tieu|nghi quyet)(?![a-z])/;
/** A plan named beside a result, by any of its names ("thấp hơn kế hoạch 10%", "KH 7,5%"). */
const PLAN_BESIDE = /(?<![a-z])(?:chi tieu|muc tieu|nghi quyet|ke hoach|kh)(?![a-z])/;
const MAX_BEFORE = 260;
const MAX_AFTER = 90;
const MAX_SKIPPED = 1000;
/** "… tăng 8%", "tăng trưởng đạt 8%": the number is a rise. */
const RISE_BEFORE = /(?<![a-z])tang(?: truong)?(?: binh quan)?(?: dat)?(?: khoang| tren| hon)?\s*$/;
/** "tăng bình quân mỗi năm 10%", "tăng từ 20 - 30%": a percentage that is a rise. */
// ("tăng trở lại 4,6%": a rise again after a fall.)
const RISE_NEAR = /(?<![a-z])tang(?: truong)?(?: (?:tro lai|binh quan|moi nam|hang nam|dat|khoang|tren|hon|tu|toi thieu|it nhat|o muc))*\s*$/;
/** "tăng trưởng qua từng quý: quý I đạt 6,2%, quý II 6,8%": a quarter's percentage in a sentence about growth is its growth. */
const QUARTER_VALUE_BEFORE = /(?<![a-z])quy (?:i|ii|iii|iv|1|2|3|4)(?: (?:dat|uoc|uoc dat|uoc tinh|la|o muc))?\s*$/;
const GROWTH_WORD = /(?<![a-z])tang(?: truong)?(?![a-z])/;
/** "năm 2024 và năm 2025 (mỗi năm) đạt": one value for two years. */
const TWO_YEARS_BEFORE = /(?<![a-z])nam (\d{4}) va (?:nam )?(\d{4})(?: (?:moi nam|deu))?(?: (?:dat|tang|la|o muc))?(?: (?:khoang|tren|tu))?\s*$/;
/** "mục tiêu Nghị quyết (bình quân 8 - 8,5%/năm)", "chỉ tiêu 5 năm (102.000 tỷ đồng)": the plan of the resolution's term, in brackets. */
const RESOLUTION_PLAN_BRACKET = /(?<![a-z])(?:(?:nghi quyet|nq)(?: (?:de ra|dat ra|dai hoi))?|(?:chi tieu|muc tieu|ke hoach) (?:5|nam) nam)\s{0,2}\(\s{0,2}(?:(?:binh quan|tren|duoi|tu|khoang|la)\s{1,2})?$/;
/** The words before a population that describe the province rather than state a figure of it. */
const POPULATION_AS_DESCRIPTION = /(?<![a-z])dien tich(?![a-z])(?:[^.;:]|\.\d){0,80}$|(?<![a-z])voi(?![a-z])[^.;:]{0,60}(?<![a-z])dan so(?: [a-z]+){0,2}\s*$/;
/** What stands between two shares of plans said together: "… dự toán Trung ương giao và …". */
const SECOND_PLAN_SHARE = /^\s{0,2}(?:ke hoach|kh|du toan)(?: [a-z]{1,8}){0,6},? va\s{0,2}$/;
/** Projects counted as investment attracted or licensed ("thu hút 112 dự án FDI"), not works started. */
const INVESTMENT_WORDS = /(?<![a-z])(?:thu hut|cap moi|cap phep|fdi|dau tu|nuoc ngoai)(?![a-z])/;
/** "chiếm 23,5% GDP cả nước": a share of the nation's economy. */
const NATIONAL_SHARE_AFTER = /^\s{0,2}(?:gdp|tong san pham) (?:ca nuoc|quoc gia|toan quoc)(?![a-z])/;
/** "bằng 107,5% so với cùng kỳ": a ratio to last year's value (not "tăng 7% so với cùng kỳ", a growth). */
const RATIO_BEFORE = /(?<![a-z])bang(?: khoang)?\s*$/;
const SAME_PERIOD_AFTER = /^\s{0,2}so (?:voi )?(?:cung ky|nam truoc)(?![a-z])/;
/** "Vốn FDI thu hút, gồm cấp mới, điều chỉnh và góp vốn, đạt 8,6 tỷ USD": a subject, an aside of what it includes, then its predicate. */
const ASIDE_THEN_PREDICATE = /^\s{0,3}([^,;:]{3,80}),\s{0,2}(?:bao gom|gom|ke ca|tinh ca)(?![a-z])[^;:]{0,160},\s{0,2}(?:uoc dat|dat|la|uoc)\s{0,2}$/;
function subjectBeforeAside(lead: string): boolean {
  const m = ASIDE_THEN_PREDICATE.exec(lead);
  return m !== null && readsLikeIndicator(m[1]);
}
/** "tổng thu (5 năm / cả nhiệm kỳ) đạt": the budget's revenue summed, named by its noun alone. */
const TOTAL_REVENUE_CLAUSE = /^\s{0,3}tong thu(?: (?:\d{1,2}|ca) nam| (?:ca |toan )?(?:nhiem ky|giai doan))?(?: (?:dat|uoc dat|uoc|khoang|tren|hon|gap))*\s*$/;
/** The figure that a clause of a bare noun after a figure of the indicator on the left states. */
const SIBLING_CLAUSE: Record<string, { code: string; unitClasses: string[]; clause: RegExp } | undefined> = {
  tourist_arrivals: { code: "tourism_revenue", unitClasses: ["vnd"], clause: /^\s{0,3}(?:tong )?doanh thu(?: (?:dat|uoc dat|uoc|khoang|tren|hon))*\s*$/ },
  ntm_communes: { code: "ntm_communes_recognised", unitClasses: ["count"], clause: /^\s{0,3}(?:binh quan )?(?:moi nam|hang nam)?\s?(?:tang them|co them|them)(?: (?:tu|khoang|tren))?\s*$/ },
  // "Thu ngân sách năm 2020 đạt 2.500 tỷ đồng; tổng thu 5 năm gấp 1,7 lần nhiệm kỳ trước": the revenue summed.
  budget_revenue: { code: "budget_revenue", unitClasses: ["vnd", "times"], clause: TOTAL_REVENUE_CLAUSE },
  // "Thu ngân sách tăng bình quân 10%/năm, tổng thu 5 năm đạt 480 ngàn tỷ đồng": so after its growth.
  budget_revenue_growth: { code: "budget_revenue", unitClasses: ["vnd", "times"], clause: TOTAL_REVENUE_CLAUSE },
};
/** "… phải tăng trưởng bình quân", "phải đạt": a pace required. */
const REQUIRED_PACE_BEFORE = /(?<![a-z])phai(?: (?:tang truong|tang|dat|binh quan|moi nam|hang nam|tren|khoang|o muc))+\s*$/;
/** "Để đạt (được) mục tiêu …": what follows is worked out from an aim, not set. */
const TO_REACH_AIM = /(?<![a-z])de (?:dat|hoan thanh)(?: duoc)? (?:muc tieu|chi tieu)(?![a-z])/;
/** "…; riêng các huyện nghèo giảm 4 - 5%/năm", "…; trong đó tôm đạt 495.000 tấn": an item that sets a part apart from the figure before it. */
const SUBGROUP_ITEM = /^\s{0,3}(?:rieng|trong do)(?! nam)(?: [a-z]+){1,6}\s*$/;
/** "(năm 2024: 7,12%)", "(năm 2024 đạt 7,12%)": a year's value in brackets. */
const PAST_YEAR_IN_BRACKETS = /\(\s{0,2}(?:nam\s)?(\d{4})\s{0,2}(?::|,|la|dat|uoc dat|thuc hien)?\s{0,2}$/;
/** "… 102,4% kế hoạch", "% KH", "% dự toán": how much of a plan was done. */
const OF_PLAN_AFTER = /^\s{0,2}(?:ke hoach|kh|du toan|chi tieu)(?![a-z])/;
/** A sentence that lays out by year what the one before set ("Lộ trình (thực hiện):", "Cụ thể:", "Phân kỳ theo năm:") or sets one year apart ("Riêng năm 2022 tăng …"). */
const BY_YEAR_HEAD = /^[\s\-*•+]*(?:(?:lo trinh|cu the|phan ky)(?: [a-z]{1,6}){0,3}\s{0,2}:\s{0,2}(?:nam|den nam)|rieng nam)\s\d{4}/;
/** "Năm 2021 tăng 4,2%; năm 2022 …. Bình quân 3 năm (2021 - 2023) tăng 6,1%/năm": the average of the years the sentence before laid out, of its subject. */
const AVERAGE_OF_YEARS_HEAD = /^[\s\-*•+]*(?:tinh )?binh quan(?: (?:ca |\d{1,2} )?nam| (?:ca )?giai doan| (?:ca )?nhiem ky)?(?: \(?\d{4}\s?-\s?\d{4}\)?)?,?\s(?:(?:moi nam|hang nam|uoc|du kien)\s)?(?:tang|dat)(?![a-z])/;
/** "tỷ lệ tăng doanh nghiệp …", "tốc độ tăng …": a subject that is itself a rise. */
const RISE_SUBJECT = /(?:^|[^a-z])(?:ty le|toc do) tang(?![a-z])/;
/** "Hằng năm, …; …": a sentence that opens with "every year" says it of each of its items. */
// ("Mỗi năm giải quyết việc làm cho 60.000 lao động; tỷ lệ …": with no comma or colon after it,
// "mỗi năm" is said of the first item's count, not of a rate after a semicolon.)
const EACH_YEAR_HEAD = /^[\s\-*•+]*(?:hang nam|moi nam)\s{0,2}[,:]/;
const PREVIOUS_TERM_AFTER = /^\s{0,3}so voi (?:giai doan|nhiem ky|ky) truoc(?![a-z])/;
const EXPECTED_IN_YEAR = /(?<![a-z])(?:(?:du kien|uoc tinh|uoc) (?:ca |trong |den het )?nam (\d{4})(?!\d)|nam (\d{4}) (?:du kien|uoc tinh|uoc)(?![a-z]))/;
const BASE_YEAR_AFTER = /^[^;.]{0,30}?(?<![a-z])(?:so voi |bang )?(?:nam (\d{4})(?!\d)|(nam truoc|cung ky)(?![a-z])|((?:nhiem ky|giai doan|thoi ky) (?:truoc|\d{4}\s?-\s?\d{4}))(?![a-z\d]))/;

/**
 * "gấp 2 lần (so với) năm 2020": a multiple of that year's value, `times_2020`; "gấp 1,4 lần năm
 * trước", "… cùng kỳ": of the year before the figure's; "gấp 3 lần nhiệm kỳ trước": of the
 * term before the figure's, summed over it; null where no base is stated.
 */
function multipleBase(f: string, at: number, sentenceEnd: number): number | "previous" | "previous_term" | null {
  const base = BASE_YEAR_AFTER.exec(f.slice(at, Math.min(sentenceEnd, at + 60)));
  return base ? (base[1] ? Number(base[1]) : base[2] ? "previous" : "previous_term") : null;
}

/** `evidence`: also say on each figure what its confidence was read from (for calibration). */
export function extractFigures(doc: DocumentInfo, baseMatcher: IndicatorMatcher, options: { evidence?: boolean } = {}): Extraction {
  const warnings: string[] = [];
  if (doc.text.includes("\uFFFD")) warnings.push(`${doc.name}: the text contains replacement characters (invalid UTF-8 was replaced)`);
  const prep = prepareText(doc.text);
  const f = prep.folded;
  const matcher = baseMatcher.forDocument(f);
  const figures: Figure[] = [];
  const skipped: SkippedNumber[] = [];
  let skippedBeyond = 0;
  const skip = (start: number, end: number, quote: string, reason: string) => {
    if (skipped.length < MAX_SKIPPED) skipped.push({ start, end, quote, reason });
    else skippedBeyond++;
  };
  const quantities = findQuantities(f, prep.clean, (start, end) => {
    if (skipped.length < MAX_SKIPPED) skip(originalOffset(prep, start), originalOffset(prep, end), prep.clean.slice(start, end), "no words around the number");
    else skippedBeyond++;
  });
  const sentences = sentenceBoundaries(f, prep.clean);
  const paragraphs = paragraphBoundaries(f);
  const headings = findHeadings(prep.clean, f);
  const roleHeadings = headings.filter((h) => h.role !== null);
  const periodHeadings = headings.filter((h) => h.period !== null);
  const cues = findRoleCues(f);
  const times = findTimeExpressions(f);
  const docDefaultRole = defaultRole(doc.doc_type);
  const metaTerm = metadataTerm(doc.term_start, doc.term_end);
  const publishedYear = doc.published ? Number(doc.published.slice(0, 4)) : null;

  const resolvedByIndex: (Resolved | null)[] = [];
  const seen = new Map<string, Figure>();
  /** Each value found, with the start of the sentence it was first found in. */
  const seenValues = new Map<string, { sentence: number; quote: string; words?: Set<string> }>();
  let currentSentence = 0;

  // Tables of indicators are read row by row below; their numbers are not read as prose.
  const tables = findTables(doc.text, publishedYear);
  const inTable = (at: number) => tables.some((t) => at >= t.start && at < t.end);

  /**
   * "… bình quân 7%/năm. Lộ trình: năm 2021 đạt 6%; năm 2022 …", "Cụ thể: …": a sentence that only
   * lays out by year what the sentence before it set shares that sentence's subject.
   */
  const subjectSentenceStart = (start: number): number =>
    start > 0 && (BY_YEAR_HEAD.test(f.slice(start, Math.min(f.length, start + 48))) || AVERAGE_OF_YEARS_HEAD.test(f.slice(start, Math.min(f.length, start + 64)))) ? sentenceAt(sentences, start - 1, f.length).start : start;
  let prev: Quantity | null = null;
  /** The sentence of the last figure read from prose. */
  let lastSentence = -1;
  quantities.forEach((q, qi) => {
    if (tables.length > 0 && inTable(originalOffset(prep, q.start))) return void resolvedByIndex.push(null);
    const sentence = sentenceAt(sentences, q.start, f.length);
    currentSentence = sentence.start;
    const beforeStart = Math.max(sentence.start, prev && prev.end > sentence.start ? prev.end : sentence.start, q.start - MAX_BEFORE);
    const before = f.slice(beforeStart, q.start);
    // End-anchored patterns run on short tails only: on a long string each would cost its square.
    const near = before.slice(-64);

    // No word near the number ("1% 1% 1%…", tables of bare numbers): nothing can name it.
    if (!hasLetter(f, Math.max(sentence.start, q.start - 40), q.start) && !hasLetter(f, q.numberEnd, Math.min(q.end + 20, f.length))) {
      if (skipped.length < MAX_SKIPPED) skip(originalOffset(prep, q.start), originalOffset(prep, q.end), prep.clean.slice(q.start, q.end), "no words around the number");
      else skippedBeyond++;
      resolvedByIndex.push(null);
      return;
    }
    // Bare numbers are figures only where the subject carries the unit ("số bác sĩ trên 10.000 dân là 10").
    // So is one right after a rate per 10.000 people ("Số bác sĩ/vạn dân 10,2").
    if (q.cls === null && !/(?<![a-z])(?:la|dat|co)\s*$/.test(near) && !PER_10K_BEFORE.test(near)) return void resolvedByIndex.push(null);
    // "đạt 72%, vượt chỉ tiêu 70%": after the plan's name, a value of the result's unit that the
    // result beat is the plan itself; a surplus is small beside it ("vượt 0,6%", "vượt kế hoạch 2%").
    const beatenPlan = prev !== null && PLAN_NAMED.test(before) && prev.cls === q.cls && prev.unit === q.unit && q.low <= prev.low && (q.high ?? q.low) <= prev.low && q.low >= prev.low / 2;
    if (isSurplus(before) && prev && prev.end > sentence.start && !beatenPlan) return void resolvedByIndex.push(null);
    // "32/51 xã, chiếm 62,7%": one figure, the share; the count only names what it is a share of.
    const next = quantities[qi + 1];
    const countThenShare = q.cls === "count" && next?.cls === "percent" && next.start < sentence.end && linksCountToShare(f.slice(q.end, next.start));

    const afterLimit = Math.min(sentence.end, quantities[qi + 1]?.start ?? f.length, q.end + MAX_AFTER);
    const afterEnd = clauseEnd(f, q.end, afterLimit);
    // A name after the number may run past a comma; only a name starting right after it counts.
    const matches = matcher.matches(f.slice(beforeStart, itemEnd(f, q.end, afterLimit)), beforeStart);
    const sentenceBefore = f.slice(Math.max(sentence.start, q.start - 2 * MAX_BEFORE), q.start);
    const paragraph = paragraphAt(paragraphs, q.start);
    // "tăng 26,9 triệu đồng so với năm 2020", "tăng 50,2% so với giai đoạn trước": by how much a
    // level grew over the term, a figure of its own that the catalog does not name.
    const increase =
      ((q.cls === "vnd" || q.cls === "usd") && RISE_BEFORE.test(near)) ||
      (q.cls === "percent" && PREVIOUS_TERM_AFTER.test(f.slice(q.end, Math.min(f.length, q.end + 40))));
    let resolved: Resolved = increase
      ? { code: "unknown", match: null, inherited: false, named: true }
      : resolveIndicator({ q, qi, quantities, resolvedByIndex, matches, before, sentenceBefore, f, sentenceStart: subjectSentenceStart(sentence.start), paragraphStart: paragraph, matcher });
    // "đón 6,8 triệu lượt khách, doanh thu đạt 5.200 tỷ đồng", "có 65 xã đạt chuẩn nông thôn mới, mỗi năm
    // tăng thêm 6 - 7 xã": a clause of a bare noun after a figure of the same sentence is that figure's sibling.
    const sibling = resolved.code === "unknown" && lastSentence === sentence.start && figures.length > 0 ? SIBLING_CLAUSE[figures[figures.length - 1].indicator_code] : undefined;
    if (sibling && sibling.unitClasses.includes(q.cls ?? "") && matcher.byCode.has(sibling.code) && sibling.clause.test(afterLastOf(before, ",;", 60))) resolved = { code: sibling.code, match: null, inherited: true };
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
    // The share of some units that meet a criterion ("100% trạm y tế có bác sĩ") reads like one too.
    // (A bare "tăng"/"giảm" before an unnamed percentage was tried as a cue too: it added figures
    // no label holds and lowered the phrase set's held-out strict F1, so it is not one.)
    // So does a multiple of a stated base ("gấp 1,3 lần năm 2024"), a number of visits, whose
    // unit says what it counts ("khách quốc tế đạt 1,2 triệu lượt"), houses ("xóa 5.000 căn nhà
    // tạm"), a lifespan, a share of GRDP, and dollars with no scale (an amount per head: no
    // total is counted in single dollars).
    const multiple = q.cls === "times" ? multipleBase(f, q.end, sentence.end) : null;
    const readsLikeFigure =
      readsLikeIndicator(before) || (q.cls === "percent" && sharesOfUnits(f.slice(q.end, Math.min(f.length, q.end + 60)))) || multiple !== null || q.unit === "million_visits" || q.unit === "houses" || (q.unit === "projects" && INVESTMENT_WORDS.test(f.slice(Math.max(sentence.start, q.start - 40), Math.min(sentence.end, q.end + 40)))) || q.unit === "usd" || q.cls === "years" ||
      (q.start - sentence.start <= 260 && subjectBeforeAside(f.slice(sentence.start, q.start))) ||
      (lastSentence === sentence.start && SUBGROUP_ITEM.test(afterLastOf(before, ";", 80)) && figures.length > 0 &&
        (figures[figures.length - 1].indicator_code !== "unknown" || figures.slice(-4).some((g) => g.unit === q.unit && g.start >= originalOffset(prep, sentence.start)))) ||
      (q.cls === "percent" && (q.ofGrdp || SHARE_OF_GRDP_BEFORE.test(near) || NATIONAL_SHARE_AFTER.test(f.slice(q.end, Math.min(f.length, q.end + 30))) ||
        (RATIO_BEFORE.test(near) && SAME_PERIOD_AFTER.test(f.slice(q.end, Math.min(f.length, q.end + 30))))));
    if (resolved.code === "unknown" && !resolved.named && !readsLikeFigure) {
      const s0 = originalOffset(prep, subjectStart(f, beforeStart, q.start));
      const s1 = originalOffset(prep, q.end);
      skip(s0, s1, oneLine(doc.text.slice(s0, s1)), "no indicator named before the number");
      return;
    }
    // "Để đạt mục tiêu …, hai năm còn lại phải tăng trưởng bình quân 12,4%/năm": a pace the text
    // computes as still required, which nobody set: no figure.
    if (REQUIRED_PACE_BEFORE.test(near) && TO_REACH_AIM.test(sentenceBefore)) {
      const s0 = originalOffset(prep, subjectStart(f, beforeStart, q.start));
      skip(s0, originalOffset(prep, q.end), oneLine(doc.text.slice(s0, originalOffset(prep, q.end))), "a pace still required to reach an aim");
      return;
    }
    // The Party's inspection and discipline work ("kiểm tra trên 41 ngàn đảng viên", "xử lý kỷ luật
    // trên 600 đảng viên") is told in counts of cases, like tasks and complaints: no figure of a
    // target (a change in their number, "kéo giảm 5% số đảng viên vi phạm", is a percentage).
    if (resolved.code === "unknown" && q.cls === "count" && PARTY_CASEWORK.test(afterLastOf(before, ".;:", 160))) {
      const s0 = originalOffset(prep, subjectStart(f, beforeStart, q.start));
      skip(s0, originalOffset(prep, q.end), oneLine(doc.text.slice(s0, originalOffset(prep, q.end))), "a count of inspection or discipline cases");
      return;
    }
    // "có diện tích 3.900 km2, dân số khoảng 4,4 triệu người", "Với dân số hơn 3,8 triệu người, …":
    // the population that describes the province beside its area or after "với" is no figure.
    if (resolved.code === "population" && POPULATION_AS_DESCRIPTION.test(f.slice(Math.max(sentence.start, q.start - 120), q.start))) {
      const s0 = originalOffset(prep, subjectStart(f, beforeStart, q.start));
      skip(s0, originalOffset(prep, q.end), oneLine(doc.text.slice(s0, originalOffset(prep, q.end))), "a population describing the province");
      return;
    }
    const indicator = matcher.byCode.get(resolved.code);

    const clauseTail = afterLastOf(before, ",;()", 100);
    let { role, source: roleSource } = roleAt(q, clauseTail, roleHeadings, cues, docDefaultRole, before);
    // "dự kiến năm 2018 đạt …" in a text of 2018: the year's expected result, not a target.
    const expected = EXPECTED_IN_YEAR.exec(clauseTail);
    if (expected && publishedYear !== null && Number(expected[1] ?? expected[2]) <= publishedYear) [role, roleSource] = ["actual", "clause"];
    // "đạt 108,6% dự toán Trung ương giao và 102,1% dự toán tỉnh giao": a second share of a plan,
    // joined to the first by "và", is of the first one's role (the plan's name before it is no cue).
    const lastFigure = figures[figures.length - 1];
    if (qi > 0 && q.cls === "percent" && lastFigure !== undefined && lastFigure.end <= originalOffset(prep, q.start) && roleSource === "clause" &&
      OF_PLAN_AFTER.test(f.slice(q.end, Math.min(f.length, q.end + 24))) && SECOND_PLAN_SHARE.test(f.slice(quantities[qi - 1].end, q.start))) [role, roleSource] = [lastFigure.role, "clause"];
    // "Tăng trưởng GRDP 8% trở lên (năm 2024: 7,12%)": last year's result beside a plan, in brackets.
    const pastInBrackets = PAST_YEAR_IN_BRACKETS.exec(near);
    if (role === "target" && pastInBrackets && publishedYear !== null && Number(pastInBrackets[1]) <= publishedYear) [role, roleSource] = ["actual", "clause"];
    // "từ 7.200 USD năm 2025 lên 12.000 USD": where a change starts, a result of its year, not a floor.
    const base = isChangeBase(f, q);
    if (base) [role, roleSource] = ["actual", "clause"];
    // "(Nhìn lại nhiệm kỳ trước,) … bình quân 7,05%/năm, vượt mục tiêu đề ra là 7%/năm": a plan
    // named beside a result is the plan of the result's period, not of the text's coming term.
    // (The plan's name may stand before a bracket that holds its value: "thấp hơn mục tiêu đề ra (7%/năm)".)
    const planBesideResult = role === "target" && roleSource === "clause" && (PLAN_BESIDE.test(clauseTail) || PLAN_BRACKET_BEFORE.test(before.slice(-40))) && !/(?<![a-z])phan dau(?![a-z])/.test(clauseTail) &&
      roleAt(q, "", roleHeadings, cues, docDefaultRole).role === "actual";
    let term = termFor(headingPeriodAt(periodHeadings, q.start), metaTerm, planBesideResult ? "actual" : role, publishedYear);
    // The year after a multiple ("gấp 2 lần năm 2015") is its base, not its year.
    let time = timeFor(q, times, f, sentence, paragraph, q.unit === "times" ? q.end : afterEnd, term);
    // "Năm 2025, kinh tế tăng 6,9%" in a plan for the years after its writing: a year already
    // written about holds results, unless its own clause says target.
    if (role === "target" && roleSource !== "clause" && metaTerm !== null && publishedYear !== null && metaTerm.start > publishedYear &&
      time.year !== undefined && time.year <= publishedYear && time.period === undefined && !base) {
      [role, roleSource] = ["actual", "context"];
      term = termFor(headingPeriodAt(periodHeadings, q.start), metaTerm, role, publishedYear);
      time = timeFor(q, times, f, sentence, paragraph, q.unit === "times" ? q.end : afterEnd, term);
    } else if (role === "actual" && roleSource !== "clause" && publishedYear !== null && time.year !== undefined && time.year > publishedYear && time.period === undefined) {
      // "Năm 2026: tăng trưởng từ 10% trở lên" after the results of 2025: no result is known of a
      // year after the writing; only a cue of its own clause ("dự kiến") would make it one.
      [role, roleSource] = ["target", "context"];
      term = termFor(headingPeriodAt(periodHeadings, q.start), metaTerm, role, publishedYear);
      time = timeFor(q, times, f, sentence, paragraph, q.unit === "times" ? q.end : afterEnd, term);
    }
    // "thấp hơn mục tiêu cả nhiệm kỳ (8 - 8,5%/năm)": the whole term, whatever years the sentence named before.
    // So is the resolution's own plan in brackets ("thấp hơn mục tiêu Nghị quyết (bình quân 8%/năm)").
    // Beside a result of the term before the text's ("I. Đánh giá kết quả nhiệm kỳ 2015 - 2020: …
    // thấp hơn mục tiêu Nghị quyết đề ra (7%/năm)" in a congress text of 2020), the plan is of
    // that term (a span of the text's own term, "Kết quả 3 năm 2021 - 2023", is no whole term).
    const wholeTermPeriod = planBesideResult && term !== null && metaTerm !== null && term.end > term.start && term.end < metaTerm.start ? term : metaTerm;
    const wholeTerm = wholeTermPeriod !== null && wholeTermPeriod.end > wholeTermPeriod.start &&
      (/(?<![a-z])(?:ca|toan) nhiem ky(?![a-z])/.test(afterLastOf(before, ",;", 60)) || (role === "target" && RESOLUTION_PLAN_BRACKET.test(before.slice(-48))));
    const effectiveTerm = wholeTerm ? wholeTermPeriod : time.period ?? term;
    // A period over before the text was published holds results, unless the clause says target.
    if (role === "target" && time.period && publishedYear !== null && time.period.end <= publishedYear && time.period.end < (metaTerm?.end ?? Infinity) && !localRole(clauseTail, before)) [role, roleSource] = ["actual", "context"];

    const { kind: kindRead, unit: stated, single, contribution } = kindOf({
      q,
      code: resolved.code,
      catalogUnit: indicator?.unit ?? (resolved.variantOf ? matcher.byCode.get(resolved.variantOf)?.unit : undefined) ?? null,
      role,
      before,
      sentenceBefore,
      after: f.slice(q.end, afterEnd),
      clause: f.slice(Math.max(sentence.start, q.start - 80), Math.min(afterEnd + 20, sentence.end)),
      periodInSentence: time.period,
      explicitYear: time.year,
      effectiveTerm,
      increase,
      rises: RISE_NEAR.test(near) || RISE_SUBJECT.test(afterLastOf(before, ",;:()", 120)) ||
        (q.cls === "percent" && QUARTER_VALUE_BEFORE.test(near) && GROWTH_WORD.test(sentenceBefore)),
      // (The search for ";" stays inside the sentence: a text with none must not be scanned back to its start.)
      sentenceLead: quantities[firstIndexInSentence(quantities, qi, sentence.start)].cls !== q.cls && f.slice(sentence.start, q.start).includes(";") ? "" : f.slice(sentence.start, Math.max(sentence.start, Math.min(q.start, firstInSentence(quantities, qi, sentence.start)))),
      eachYearSentence: EACH_YEAR_HEAD.test(f.slice(sentence.start, Math.min(sentence.end, sentence.start + 24))),
    });
    // A change in points over a term with no year of its own: no kind of the vocabulary holds it.
    if (stated === "percentage_points" && !contribution) return;
    // A multiple whose base year the text does not state ("tăng gấp đôi") cannot be measured.
    if (stated === "times" && multiple === null) return;
    // "gấp 3 lần nhiệm kỳ trước": the term's sum against the sum of the term before, of as many years.
    const termMultiple = stated === "times" && multiple === "previous_term";
    if (termMultiple && !(effectiveTerm && effectiveTerm.end > effectiveTerm.start)) return;
    const kind = termMultiple ? "cumulative" : kindRead;
    // A rate's fall in the year a text of several years names is that year's change.
    let { periodStart, year } = termMultiple
      ? { periodStart: effectiveTerm!.start, year: effectiveTerm!.end }
      : single && time.year !== undefined ? { periodStart: time.year, year: time.year } : figurePeriod(kind, time, effectiveTerm, f, q, sentence);
    // A plan named beside a result ("năm 2025 tăng 8%, thấp hơn kế hoạch 10%") is of the result's year too.
    if (role === "actual" || (planBesideResult && !(time.year !== undefined && publishedYear !== null && time.year > publishedYear) && time.period === undefined && (periodStart === null || periodStart === year))) ({ periodStart, year } = resultYear(periodStart, year, times, q.start, publishedYear));
    // "đạt 33,2%, còn cách xa mục tiêu 45%" in a review of a term: the term's plan, of its last year,
    // not of a year the paragraph named for the result.
    // So is the resolution's own plan in brackets ("vượt chỉ tiêu Nghị quyết (57%)"), whatever year the paragraph named.
    if (planBesideResult && kind === "level" && (time.year === undefined || wholeTerm) && effectiveTerm !== null && effectiveTerm.end > effectiveTerm.start) year = effectiveTerm.end;
    // "chiếm 38,8% (cùng kỳ 39,2%)", "tăng từ 26,8% lên 26,9%" in a text of one year with no year
    // of their own: the value of the year before.
    const oneYearText = effectiveTerm !== null && effectiveTerm.start === effectiveTerm.end;
    if (kind === "level" && year !== null && time.year === undefined && (SAME_PERIOD_BEFORE.test(before.slice(-24)) || (base && oneYearText))) year -= 1;
    const baseYear = multiple === "previous" ? (year === null ? null : year - 1)
      : multiple === "previous_term" ? `${2 * effectiveTerm!.start - effectiveTerm!.end - 1}-${effectiveTerm!.start - 1}` : multiple;
    if (stated === "times" && baseYear === null) return;
    const unit = stated === "times" ? `times_${baseYear}` : stated;

    const afterText = f.slice(q.end, afterEnd);
    const bound = boundOf(q, kind, near, before, afterText);
    const { quoteAfter } = bound;
    // A starting value is stated as it was: no bound, no sign ("giảm từ 4,5% xuống 2%").
    let [comparator, low, high] = base ? ["eq" as const, q.low, q.high] : [bound.comparator, bound.low, bound.high];
    // "… giảm bình quân 1,8%/năm, đạt chỉ tiêu (1 - 1,5%/năm)": a plan named right after a fall of
    // the same indicator and unit, with no rise of its own, is a planned fall too.
    const last = figures[figures.length - 1];
    if (role === "target" && low > 0 && lastSentence === sentence.start && last !== undefined && last.role === "actual" && last.value_low < 0 &&
      last.indicator_code === resolved.code && last.unit === unit && last.kind === kind && planBesideFall(afterLastOf(before, ",;", 80))) {
      [low, high] = high === null ? [-low, null] : [-high, -low];
      comparator = comparator === "gte" ? "lte" : comparator === "lte" ? "gte" : comparator;
    }

    // The quote: from the words naming the indicator to the end of the number and unit.
    // A name that overlaps the one chosen ("tăng trưởng tổng sản phẩm | trên địa bàn (GRDP)") belongs in it.
    const named = resolved.match;
    const nameStart = named ? matches.reduce((at, m) => (m.end > named.start && m.start < named.end ? Math.min(at, m.start) : at), named.start) : 0;
    let quoteStart = named && nameStart < q.start ? nameStart : subjectStart(f, beforeStart, q.start);
    let quoteEnd = Math.max(q.end, resolved.match && resolved.match.end > q.end ? resolved.match.end : q.end);
    if (quoteAfter > 0) quoteEnd = Math.max(quoteEnd, q.end + quoteAfter);
    // "100% trẻ em trong độ tuổi đi học được đến trường": with no words before the number, the
    // words after it say what it counts; the quote reaches the end of their clause.
    if (!named && (/^[\s\-*•+]*$/.test(f.slice(quoteStart, q.start)) || (q.cls === "percent" && sharesOfUnits(f.slice(q.end, Math.min(f.length, q.end + 60)))))) {
      const rest = f.slice(quoteEnd, Math.min(sentence.end, quoteEnd + 80));
      const stop = rest.search(/[,;:.()\n]/);
      quoteEnd += stop < 0 ? rest.length : stop;
    }
    ({ start: quoteStart, end: quoteEnd } = trimSpan(prep.clean, quoteStart, quoteEnd));
    const start = originalOffset(prep, quoteStart);
    const end = originalOffset(prep, quoteEnd);
    const quote = oneLine(doc.text.slice(start, end));
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
      subject: oneLine(subject),
      confidence: confidenceOf(resolved, roleSource),
    };
    if (options.evidence) figure.evidence = `${subjectEvidence(resolved)}/${roleSource}`;
    // "năm 2024 và năm 2025 mỗi năm đạt 7,5%": one value said of two years, a figure of each.
    const twoYears = TWO_YEARS_BEFORE.exec(near);
    if (twoYears && year === Number(twoYears[2]) && (kind === "level" || periodStart === year)) {
      const first = Number(twoYears[1]);
      if (first < year) add({ ...figure, year: first, period_start: kind === "level" ? null : first });
    }
    // "đạt 102,4% KH" after another indicator than an earlier "đạt 102,4% KH": a share of its own plan, no restatement.
    resolved.figure = true;
    add(figure, OF_PLAN_AFTER.test(f.slice(q.end, Math.min(f.length, q.end + 24))));
    lastSentence = sentence.start;
    // "90% tổ chức cơ sở đảng và đảng viên hoàn thành tốt nhiệm vụ": the same number for a second indicator.
    if (resolved.also) add({ ...figure, indicator_code: resolved.also });
  });
  // Each value cell of a table: the row's name and unit said as a list item, of the column's year and role.
  for (const row of tables.flatMap((t) => t.rows)) {
    for (const cell of row.cells) {
      const { role, year } = cell.column;
      const item = { name: doc.name, text: cellSentence(row, cell), term_start: year, term_end: year, published: doc.published, doc_type: role === "target" ? "annual_plan" : "annual_results" };
      for (const g of extractFigures(item, baseMatcher, options).figures) {
        currentSentence = -1 - row.start;
        add({ ...g, role, year, period_start: g.period_start === null ? null : year, quote: oneLine(doc.text.slice(row.start, row.end)), start: row.start, end: row.end });
      }
    }
  }
  if (skippedBeyond > 0) warnings.push(`${doc.name}: ${skippedBeyond} more numbers not read as figures are not listed`);
  return { figures, skipped: skipped.sort((a, b) => a.start - b.start), warnings };

  function add(figure: Figure, ofPlan = false): void {
    const { role, indicator_code, value_low: low, value_high: high, unit, year, comparator } = figure;
    // A figure repeated in the same document (a list of targets restated in a later section) once.
    // (As Array.join writes them: null as nothing; each number turned into text once.)
    const value = `${low ?? ""}|${high ?? ""}|${unit ?? ""}|${year ?? ""}`;
    let key = `${role}|${indicator_code}|${value}`;
    // A value restated later in other words ("số hộ có người tham gia các đoàn thể … 82%") is the
    // figure already found, not an unnamed one.
    // Within one sentence the same value twice is two items ("GRDP tăng 10 - 10,5%/năm; …; thuế
    // sản phẩm tăng 10 - 10,5%/năm"), not a restatement.
    const sameValue = `${role}|${value}`;
    const first = seenValues.get(sameValue);
    // ("Tỷ lệ … bảo hiểm y tế đạt trên 98%. … Tỷ lệ dân cư … nước hợp vệ sinh đạt 98%": a subject
    // that shares no word of substance with the first one's is another item of the same value.)
    // (The words are folded only when they are compared: most figures never are, and folding every
    // quote was a tenth of the extraction of a text dense with figures.)
    if (figure.indicator_code === "unknown" && !ofPlan && first !== undefined && first.sentence !== currentSentence) {
      const words = subjectWords(figure.quote);
      const firstWords = (first.words ??= subjectWords(first.quote));
      if (words.size === 0 || [...words].some((w) => firstWords.has(w))) return;
    }
    if (first === undefined) seenValues.set(sameValue, { sentence: currentSentence, quote: figure.quote });
    // Two unnamed shares of plans in two sentences are two figures, and so are two unnamed figures
    // of one value in one sentence ("tỷ lệ nước thải … 100%; tỷ lệ chất thải rắn … 100%"): the
    // second one's key (and id) also holds its place; the first keeps the id it always had.
    if (indicator_code === "unknown" && seen.has(key)) key = `${key}|${figure.start}`;
    const earlier = seen.get(key);
    if (earlier) {
      // The lead of an article often rounds what its body states precisely ("tăng 10%/năm" then
      // "tăng bình quân từ 10%/năm"): keep the first place, take the stated comparator.
      if (earlier.comparator === "eq" && comparator !== "eq") earlier.comparator = comparator;
      return;
    }
    seen.set(key, figure);
    figure.id = sha1Hex(`${doc.name}\u0000${key}`).slice(0, 12);
    figures.push(figure);
  }
}

/** Words that name what a quote measures, without the words every indicator's name or predicate uses. */
const GENERIC_WORDS = new Set(["ty", "le", "trong", "so", "dat", "duoc", "nguoi", "dan", "cu", "tren", "duoi", "khoang", "la", "va", "cac", "nam", "den", "tu", "con", "muc", "o", "co", "cua", "tong", "binh", "quan", "tang", "giam", "toi", "thieu", "hon", "phan", "dau", "it", "nhat", "chiem", "bang"]);
function subjectWords(quote: string): Set<string> {
  return new Set(foldVietnamese(quote).split(/[^a-z]+/).filter((w) => w.length > 1 && !GENERIC_WORDS.has(w)));
}

/** The SHA-1 of a string in hex: one native call where Node has crypto.hash (20.12 and later), a Hash object otherwise. */
const sha1Hex: (text: string) => string =
  typeof crypto.hash === "function" ? (text) => crypto.hash("sha1", text) : (text) => crypto.createHash("sha1").update(text).digest("hex");

/**
 * The text on one line: every run of white space one space, none at either end. Most quotes have
 * only single spaces, and then need no regular expression.
 */
function oneLine(text: string): string {
  let previousSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 0x20;
    if ((space && previousSpace) || (!space && isWhiteSpace(c))) return text.replace(/\s+/g, " ").trim();
    previousSpace = space;
  }
  return text.trim();
}

/** Whether f[from, to) holds a letter a-z (folded text). */
function hasLetter(f: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = f.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

/** Index of the first quantity of the sentence that holds quantity `qi`. */
function firstIndexInSentence(quantities: Quantity[], qi: number, sentenceStart: number): number {
  let i = qi;
  while (i > 0 && quantities[i - 1].start >= sentenceStart) i--;
  return i;
}

/** Start of the first quantity of the sentence that holds quantity `qi`. */
function firstInSentence(quantities: Quantity[], qi: number, sentenceStart: number): number {
  let i = qi;
  while (i > 0 && quantities[i - 1].start >= sentenceStart) i--;
  return quantities[i].start;
}
