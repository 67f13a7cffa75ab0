// The kind of a figure (a level, an average growth, a sum over a period, the same amount every
// year, a change every year) and the unit it is stated in, from the indicator's unit, the
// number's unit and the words around it ("mỗi năm", "5 năm", "thêm").
import { FLOW_INDICATORS } from "./indicator-rules.ts";
import { DECREASE_LEADING, fallsBy } from "./comparators.ts";
import type { FigureKind } from "./figure.ts";
import type { Period, Role } from "./structure.ts";
import type { Quantity } from "./quantities.ts";
import { UNIT_CLASS_OF } from "./units.ts";
import { afterLastOf } from "./segments.ts";
import { PART_OF_YEAR } from "./subjects.ts";

const EACH_YEAR = /(?<![a-z])(?:hang nam|moi nam|hang nam|binh quan moi nam|binh quan hang nam|binh quan hang nam|nam nao cung)(?![a-z])/;
const AVERAGE_BEFORE = /(?<![a-z])binh quan(?: (?:hang nam|moi nam|dat|khoang|tren|tu|it nhat|toi thieu|o muc))*\s*$/;
const CUMULATIVE_CUE = /(?<![a-z])(?:\(?\s*5 nam\s*\)?|trong 5 nam|qua 0?5 nam|0?5 nam qua|(?:ca|toan|trong(?: ca)?) nhiem ky|(?:ca|toan|trong ca) giai doan|ca thoi ky)(?![a-z])/;

/** "3 năm", "trong 2 năm": a span of a few years (not "3 năm liền", a streak). */
const YEARS_SPAN = /(?<![a-z\d.,])(?:[2-9]|10) nam(?![a-z\d])(?! (?:lien|tiep|toi|sau|truoc|nua))/;

export interface KindContext {
  q: Quantity;
  code: string;
  /** The indicator's unit in the catalog, null for `unknown`. */
  catalogUnit: string | null;
  role: Role;
  /** The subject's words before the number, its sentence before it, the rest of its clause, and the clause around it. */
  before: string;
  sentenceBefore: string;
  after: string;
  clause: string;
  /** A period named in the number's sentence, a year named near it, and the period in force. */
  periodInSentence: Period | undefined;
  explicitYear: number | undefined;
  effectiveTerm: Period | null;
  /** An increase over the term ("tăng 26,9 triệu đồng so với năm 2020"): summed over the period. */
  increase: boolean;
  /** The words right before the number say it is a rise ("tăng 8%"). */
  rises: boolean;
  /** The words of the sentence before its first number. */
  sentenceLead: string;
  /** The sentence opens with "hằng năm": every item of it is a yearly amount. */
  eachYearSentence: boolean;
}

/** Words that name a rate: "tỷ lệ", "tỷ trọng", and "hộ nghèo" (the share of poor households). */
const RATE_NAME = /(?<![a-z])(?:ty le|ty trong|ho ngheo)(?![a-z])/;
/** "… so với cùng kỳ (năm trước)": compared with the same span a year before. */
const SAME_SPAN_AFTER = /^\s{0,2}so voi cung ky(?![a-z])/;
const CONTRIBUTION_BEFORE = /(?<![a-z])dong gop(?: (?:khoang|them|duoc|vao tang truong|chung))?(?: (?:khoang|gan|hon|tren))?\s*$/;

export function kindOf(c: KindContext): { kind: FigureKind; unit: string; single?: true; contribution?: true } {
  const { q, catalogUnit } = c;
  // ("tăng 6,1 triệu đồng so với năm 2024" in a report of 2025: the increase over that one year, Y..Y.)
  if (c.increase) return { kind: c.effectiveTerm ? "cumulative" : "level", unit: q.unit ?? "unknown" };
  const catalogClass = catalogUnit ? UNIT_CLASS_OF[catalogUnit] ?? "other" : null;
  let unit = q.unit ?? catalogUnit ?? "unknown";
  if (catalogUnit === "per_10k_pop") unit = "per_10k_pop";
  if (catalogUnit === "children_per_woman") unit = "children_per_woman";
  if (catalogUnit === "million_vnd_per_ha" && q.unit === "million_vnd") unit = "million_vnd_per_ha";
  // A percentage's "mỗi năm" may stand anywhere before its first number in the sentence (it then
  // says it of every item) or in its own item; one said after an earlier number is that number's.
  const eachYear = EACH_YEAR.test(afterLastOf(c.before, ",;", 260)) || (q.cls === "percent" && EACH_YEAR.test(c.sentenceLead)) || EACH_YEAR.test(c.after) || c.eachYearSentence;
  const cumulativeCue = CUMULATIVE_CUE.test(c.clause) || (c.periodInSentence !== undefined && c.explicitYear === undefined);
  // A rise of something the catalog does not name is still a growth ("quý IV tăng 8,22%").
  const falls = DECREASE_LEADING.test(c.before);
  // "bình quân 32,2% GRDP", "giai đoạn 2026 - 2030 đạt bình quân 10%": an average over the years
  // of the term; of a share, the share each year; of a number with no subject, its growth.
  const averaged = AVERAGE_BEFORE.test(c.before.slice(-48)) && c.explicitYear === undefined;
  const points = q.unit === "percentage_points";
  // "(khu vực I tăng 4,2%,) đóng góp 1,35 điểm phần trăm": a contribution to growth is a level of
  // its year in points, not a change of a rate.
  if (points && CONTRIBUTION_BEFORE.test(c.before.slice(-40))) return { kind: "level", unit: "percentage_points", contribution: true };
  const isGrowth =
    !points &&
    (catalogUnit === "percent_per_year" ||
      (catalogUnit === null && !falls && (q.perYear || (c.rises && c.code === "unknown") || (averaged && !q.ofGrdp && c.periodInSentence !== undefined))) ||
      // "Sáu tháng đầu năm, GRDP giảm 3,01% so với cùng kỳ": a fall over the same span of the year
      // before is a negative growth, unless a rate fell (that is a change in points).
      (catalogUnit === null && c.code === "unknown" && q.cls === "percent" && DECREASE_LEADING.test(c.before.slice(-16)) && SAME_SPAN_AFTER.test(c.after) &&
        !/(?<![a-z])(?:ty le|ty trong)(?![a-z])/.test(afterLastOf(c.sentenceBefore, ",;:", 160))));
  // Houses built or removed are a flow, summed over a term like "thêm" communes.
  // So is an amount of money the catalog does not name, said of the whole term in its own clause
  // ("Tổng vốn FDI thu hút cả giai đoạn đạt 5,4 tỷ USD").
  // So are projects attracted, unless the words say a stock ("lũy kế", "còn hiệu lực").
  const isFlow = FLOW_INDICATORS.has(c.code) || (q.cls === "count" && (q.unit === "houses" || /(?<![a-z])them(?![a-z])/.test(c.before))) ||
    // (Words of the number's own clause only: "…152 dự án …; lũy kế đến nay …" speaks of the next one.)
    (q.unit === "projects" && !/(?<![a-z])(?:luy ke|hieu luc|dang hoat dong)(?![a-z])/.test(afterLastOf(c.before, ";", 120) + " " + c.after)) ||
    (catalogUnit === null && (q.cls === "vnd" || q.cls === "usd") && (CUMULATIVE_CUE.test(afterLastOf(c.sentenceBefore, ",;", 160) + " " + c.after) || YEARS_SPAN.test(afterLastOf(c.sentenceBefore, ",;", 160))));
  // "Kim ngạch xuất khẩu năm 2023 đạt 185 triệu USD, tăng 14,2% so với năm 2022": a growth over
  // the year before the year named is that year's, whatever span the heading gives.
  if (q.cls === "percent" && isGrowth) {
    const overYearBefore = c.explicitYear !== undefined && new RegExp(`^\\s{0,3}so voi\\s{1,3}(?:cung ky\\s{1,3})?(?:nam\\s{1,3}${c.explicitYear - 1}|nam truoc)(?![a-z\\d])`).test(c.after);
    return { kind: "avg_growth", unit: "percent_per_year", ...(overYearBefore ? { single: true } : {}) };
  }
  // "Tỷ lệ hộ nghèo giảm 3%" in a plan or report of one year, "giảm 0,6 điểm phần trăm": that
  // year's change of the rate, in points (a rate of -3 % is no level).
  const oneYear = c.effectiveTerm !== null && c.effectiveTerm.start === c.effectiveTerm.end;
  // ("kéo giảm 5% số đảng viên bị kỷ luật" is a relative fall of a count, not of a rate.)
  // The rate may be named before a comma ("Tỷ lệ hộ nghèo còn 2,4%, giảm 1,1% so với cuối năm trước").
  // "Hộ nghèo giảm 1,5%" names the rate of poor households by its noun alone.
  const rateNamed = RATE_NAME.test(afterLastOf(c.sentenceBefore, ";:", 160));
  // (Not "giảm bình quân mỗi năm …", a change every year, nor "giảm từ A% xuống B%", where a change starts.)
  const fallOfRate =
    catalogClass === "percent" && !q.perYear && !points && !eachYear && !/(?<![a-z])(?:binh quan|tu)\s*$/.test(c.before.slice(-24)) && fallsBy(c.before.slice(-64)) && rateNamed;
  // A year of its own in a text of several years: the year named (not the term's last), or a
  // comparison with the year before ("so với cuối năm 2023", "so với năm trước", "cùng kỳ").
  const yearOwn =
    c.explicitYear !== undefined && !c.periodInSentence &&
    (c.effectiveTerm === null || c.explicitYear < c.effectiveTerm.end || new RegExp(`^\\s{0,3}(?:so voi\\s{1,3}(?:cuoi\\s{1,3})?(?:nam\\s{1,3}${c.explicitYear - 1}|nam truoc|cung ky)|cung ky)`).test(c.after));
  if (fallOfRate && !oneYear && !yearOwn) return { kind: "level", unit: "percentage_points" };
  // ("giảm từ 2,5% trở lên" is a bound on the fall, not where a change starts.)
  const fromBound = /^\s{0,2}tro (?:len|xuong)(?![a-z])/.test(c.after);
  // A rate the catalog does not name ("riêng hộ nghèo đồng bào dân tộc thiểu số giảm 6,5%") falls
  // in points as the catalog's rates do, where its own clause names it a rate (a fall over part of
  // a year, "Sáu tháng đầu năm, tỷ lệ thất nghiệp giảm 0,2%", is no change of the year).
  const rate = catalogClass === "percent" ||
    (catalogUnit === null && c.code === "unknown" && RATE_NAME.test(afterLastOf(c.before, ",;:", 120)) && !PART_OF_YEAR.test(afterLastOf(c.sentenceBefore, ";", 160)));
  // ("giảm … từ 1,5 - 2%" is a range of the fall, not where a change starts.)
  const rateFalls = rate && fallsBy(c.before.slice(-64)) && (points || ((oneYear || yearOwn) && rateNamed && (fromBound || q.isRange || !/(?<![a-z])tu\s*$/.test(c.before.slice(-12)))));
  if (q.cls === "percent" && (catalogClass === "percent" || catalogUnit === null) && (q.perYear || rateFalls || (points && oneYear) || (eachYear && DECREASE_LEADING.test(c.before)))) {
    return { kind: "annual_change", unit: "pp_per_year", ...(yearOwn && !oneYear && !q.perYear ? { single: true } : {}) };
  }
  if (q.cls === "percent" && (eachYear || (averaged && catalogClass !== null && c.effectiveTerm !== null && c.effectiveTerm.end > c.effectiveTerm.start))) return { kind: "annual", unit };
  if (isFlow && eachYear) return { kind: "annual", unit };
  // "trong năm 2026 … thành lập mới 3.000 doanh nghiệp": a count of new things in one year is
  // `annual` over that one year (Y..Y), as the shared gold labels it, not a level.
  // ("Đến năm 2030 có thêm 30 xã …": the last year of a term of several is the term's end, not one year's flow.)
  // "…; tổng thu 5 năm đạt khoảng 13.500 tỷ đồng": a span named in the figure's own clause sums a
  // flow over the term, whatever year an earlier item named.
  // So does "3 năm" in a mid-term review ("…; tổng kim ngạch xuất khẩu 3 năm đạt 4,3 tỷ USD").
  const ownClause = afterLastOf(c.before, ",;", 120);
  if (isFlow && c.effectiveTerm !== null && c.effectiveTerm.end > c.effectiveTerm.start && !c.periodInSentence && (CUMULATIVE_CUE.test(ownClause) || YEARS_SPAN.test(ownClause))) return { kind: "cumulative", unit };
  const termEndYear = c.explicitYear !== undefined && c.effectiveTerm !== null && c.effectiveTerm.end > c.effectiveTerm.start && c.explicitYear === c.effectiveTerm.end && /(?<![a-z])them(?![a-z])/.test(c.before);
  if (isFlow && q.cls === "count" && c.explicitYear !== undefined && !c.periodInSentence && !termEndYear) return { kind: "annual", unit, single: true };
  if (isFlow && termEndYear) return { kind: "cumulative", unit };
  if (isFlow && c.explicitYear === undefined && c.effectiveTerm) {
    if (c.effectiveTerm.start === c.effectiveTerm.end) return { kind: q.cls === "count" ? "annual" : "level", unit };
    if (cumulativeCue || c.role === "actual" || q.cls === "count") return { kind: "cumulative", unit };
  }
  return { kind: "level", unit };
}
