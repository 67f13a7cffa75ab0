// The subject of a number: which indicator of the catalog it is a figure of. An alias naming it
// before the number, around it or right after it; a rise of a level ("tăng 5%") read as that
// level's growth; a subject shared by the items of a list; else `unknown` with its words.
import type { AliasMatch, IndicatorMatcher } from "./indicators.ts";
import { GROWTH_OF, SHARE_OF, WEAK_GROWTH_ALIASES } from "./indicator-rules.ts";
import type { Quantity } from "./quantities.ts";
import { afterLastOf } from "./segments.ts";
import { UNIT_CLASS_OF } from "./units.ts";

/** How many earlier numbers a subject may be inherited from. */
const MAX_LOOKBACK = 12;

const PLAN_COMPLETION_AFTER = /^\s*\*?\s*(?:so voi\s+)?(?:ke hoach|kh|chi tieu|du toan|muc tieu)(?![a-z])/;
const INDICATOR_HEAD =
  /(?<![a-z])(?:ty le|ty trong|toc do|so luong|so|gia tri|tong|kim ngach|thu|chi|von|san luong|nang suat|muc|quy mo|chi so|doanh thu|binh quan|co cau)(?![a-z])/;
const TARGET_REFERENCE = /(?<![a-z])(?:muc tieu|ke hoach|nghi quyet|chi tieu)(?![a-z])/;
const SURPLUS = /^\s*(?:[,(]\s*)?(?:va\s+)?vuot(?:\s+(?:nghi quyet|nq|ke hoach|kh|chi tieu|muc tieu))?(?:\s+(?:tren|khoang|gan|hon))?\s*$/;
const SHARE_LINK = /^[^;.]{0,40}?,?\s{0,8}(?:chiem|bang|dat ty le)\s{0,8}(?:ty le\s{0,8})?$/;
const RISE_BETWEEN = /(?<![a-z])tang(?: truong)?(?![a-z])/;
const NOT_RISE_BETWEEN = /(?<![a-z])(?:len|con|chiem|ty trong)(?![a-z])/;

export interface Resolved {
  code: string;
  match: AliasMatch | null;
  inherited: boolean;
  /** `unknown` although the words name an indicator (of a quarter, a share of a plan): a figure to review, not a description. */
  named?: boolean;
}

/** "quý IV", "6 tháng đầu năm": the figure is of part of a year, which no yearly indicator is. */
const PART_OF_YEAR = /(?<![a-z])(?:quy (?:i|ii|iii|iv|1|2|3|4)|(?:\d{1,2}|chin|sau) thang(?: dau nam)?)(?![a-z])/;

/**
 * Whether the stretch between two numbers is a clause or item boundary a subject does not cross:
 * a semicolon or an item number ("(4)", "4)"), unless the sentence shares its subject before a
 * colon ("Cơ cấu kinh tế: …; …").
 */
export function crossesItem(f: string, from: number, to: number, sentenceStart: number): boolean {
  const between = f.slice(from, to);
  const boundary = /;|\(\d{1,2}\)|(?:^|\s)\d{1,2}\)/.exec(between);
  if (!boundary) return false;
  if (f.slice(sentenceStart, from).includes(":")) return false;
  // "…đạt 7,3%; bình quân giai đoạn 2016-2018 đạt 6,9%/năm": an item whose words before its
  // number only say when or how keeps the subject of the item before it.
  return !ELLIPTIC_ITEM.test(between.slice(boundary.index + boundary[0].length));
}

/** Words of time and manner only: an item that names no subject of its own. */
const ELLIPTIC_ITEM = /^\s{0,4}(?:(?:binh quan|giai doan|nam|den nam|den het nam|trong nam|ca nam|ca giai doan|moi nam|hang nam|\d{4}|-|dat|la|tang|giam|khoang|tren|duoi|tu|con)(?: ?- ?| |$)){1,10}$/;

/** "…, vượt 0,6%", "vượt Nghị quyết trên 13%": by how much a figure beat its target. */
export function isSurplus(before: string): boolean {
  return SURPLUS.test(before);
}

/** "32/51 xã, chiếm 62,7%": the words between a count and the share it names. */
export function linksCountToShare(between: string): boolean {
  return SHARE_LINK.test(between);
}

/** Words that read like the name of an indicator ("tỷ lệ …", "số …", "giá trị …") in the clause before a number. */
export function readsLikeIndicator(before: string): boolean {
  return INDICATOR_HEAD.test(afterLastOf(before, ",;:()*", 260));
}

export function compatible(code: string, q: Quantity, matcher: IndicatorMatcher): boolean {
  const ind = matcher.byCode.get(code);
  if (!ind) return false;
  const cls = UNIT_CLASS_OF[ind.unit] ?? "other";
  if (q.cls === null) return cls === "rate10k" || cls === "children" || cls === "years";
  // A level may be stated in the other currency (GRDP per capita in dollars) or as a multiple of a base year.
  if ((cls === "vnd" || cls === "usd") && (q.cls === "vnd" || q.cls === "usd")) return true;
  if (q.cls === "times") return cls !== "percent";
  if (cls === "rate10k") return q.cls === "rate10k" || (q.cls === "count" && q.noun === "nguoi");
  // The same measure in another scale ("triệu tấn" for tonnes) is the same indicator.
  if (cls === "other") return q.unit !== null && q.unit.replace(/^(?:million|billion|thousand)_/, "") === ind.unit.replace(/^(?:million|billion|thousand)_/, "");
  if (cls === "count") return q.cls === "count";
  return cls === q.cls;
}

function growthOf(code: string, matcher: IndicatorMatcher): string | null {
  const g = GROWTH_OF[code];
  return g && matcher.byCode.has(g) ? g : null;
}

/** Words between a number and a name after it that still make the name its subject ("20% xã …"). */
function followsDirectly(between: string): boolean {
  // "3 huyện đạt chuẩn huyện nông thôn mới": meeting the standard the name after it states;
  // "100% dân số tham gia bảo hiểm y tế": a few plain words of who before the name.
  if (/^\s?dat chuan\s?$/.test(between)) return true;
  if (/^ (?:nguoi dan|dan so|dan cu|nguoi|ho dan|ho)(?: [a-z]+){0,2} $/.test(between) && !/(?<![a-z])(?:va|hoac|voi|con|dat|la|nam)(?![a-z])/.test(between)) return true;
  return /^[^,;:.()]{0,8}$/.test(between) && !/(?<![a-z])(?:va|hoac|voi|con|dat|la|nam)(?![a-z])/.test(between);
}

export interface SubjectContext {
  q: Quantity;
  qi: number;
  quantities: Quantity[];
  /** The subjects of the earlier numbers, null where a number was not a figure. */
  resolvedByIndex: (Resolved | null)[];
  matches: AliasMatch[];
  before: string;
  sentenceBefore: string;
  f: string;
  sentenceStart: number;
  paragraphStart: number;
  matcher: IndicatorMatcher;
}

const RATE_BY_NOUN: Record<string, string> = { "bac si": "doctors_per_10k", "giuong benh": "hospital_beds_per_10k", "sinh vien": "students_per_10k" };
const SECTOR_SHARES = new Set(["share_agri", "share_industry_construction", "share_services", "share_industry_construction_services"]);
const SECTOR_GROWTHS = new Set(["agri_growth", "industry_construction_growth", "services_growth"]);

/**
 * The words around a name that make it another indicator than the catalog's: a subgroup
 * ("riêng các huyện nghèo"), a sector's share of labour rather than of GRDP, a sector's gross
 * output rather than its value added. Such a figure is `unknown` with its words, for review.
 */
function narrowed(r: Resolved, c: SubjectContext): Resolved {
  if (r.code === "unknown") return r;
  const clause = afterLastOf(c.before, ";", 160);
  const other = { code: "unknown", match: null, inherited: false, named: true };
  if (/(?<![a-z])rieng(?![a-z])/.test(afterLastOf(c.before, ",;", 80))) return other;
  if (SECTOR_SHARES.has(r.code) && /(?<![a-z])lao dong(?![a-z])/.test(clause)) return other;
  if (SECTOR_GROWTHS.has(r.code) && /(?<![a-z])gia tri san xuat(?![a-z])/.test(c.sentenceBefore)) return other;
  return r;
}

export function resolveIndicator(c: SubjectContext): Resolved {
  return narrowed(resolveSubject(c), c);
}

function resolveSubject(c: SubjectContext): Resolved {
  const { q, qi, quantities, resolvedByIndex, f, matcher } = c;
  const rises = (from: number) => {
    const between = f.slice(from, q.start).replace(/tro (?:len|xuong)/g, "");
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
  for (const m of c.matches) {
    if (!matcher.allows(m.code, c.sentenceBefore)) continue;
    const grown = asGrowth(m.code, m.end);
    const code = grown ?? m.code;
    if (!compatible(code, q, matcher)) continue;
    let rank: number;
    if (m.start < q.start && m.end > q.numberEnd) rank = 3; // "công nhận 12 xã đạt chuẩn…"
    else if (m.start >= q.numberEnd - 1 && followsDirectly(f.slice(q.end, Math.max(q.end, m.start)))) rank = 2; // "8 bác sĩ/vạn dân", "100% xã đạt chuẩn…"
    else if (m.end <= q.start && !crossesItem(f, m.end, q.start, c.sentenceStart)) rank = 1;
    else continue;
    candidates.push({ m, rank, code });
  }
  candidates.sort((a, b) => b.rank - a.rank || (a.rank === 1 ? b.m.end - a.m.end : b.m.length - a.m.length) || b.m.length - a.m.length);
  const best = candidates[0];
  const inheritedCode = (): string | null => {
    for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > c.sentenceStart; i--) {
      if (crossesItem(f, quantities[i].end, q.start, c.sentenceStart)) return null;
      const r = resolvedByIndex[i];
      if (r && r.code !== "unknown") return r.code;
    }
    return null;
  };
  const inherit = (): Resolved | null => {
    for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > c.sentenceStart; i--) {
      if (crossesItem(f, quantities[i].end, q.start, c.sentenceStart)) return null;
      const r = resolvedByIndex[i];
      if (!r || r.code === "unknown") continue;
      const grown = asGrowth(r.code, quantities[i].end);
      if (grown && compatible(grown, q, matcher)) return { code: grown, match: null, inherited: true };
      // "GRDP bình quân đầu người đạt 4.370 USD, tăng 10,6%": the growth of a level the catalog has no code for.
      if (q.cls === "percent" && !grown && rises(quantities[i].end) && matcher.byCode.get(r.code)?.unit !== "percent_per_year" && !compatible(r.code, q, matcher)) {
        return { code: "unknown", match: null, inherited: false, named: true };
      }
      const share = q.cls === "percent" ? SHARE_OF[r.code] : undefined;
      if (share && matcher.byCode.has(share)) return { code: share, match: null, inherited: true };
      if (compatible(r.code, q, matcher)) return { code: r.code, match: null, inherited: true };
    }
    return null;
  };
  // "đạt 80% kế hoạch", "bằng 104% dự toán": how much of a plan was done, an indicator of its own
  // (`<code>_plan_completion_rate` where the catalog has it), never the indicator itself.
  if (q.cls === "percent" && PLAN_COMPLETION_AFTER.test(f.slice(q.end, q.end + 40)) && !/(?<![a-z])tang(?: truong)?\s*$/.test(c.before.slice(-16))) {
    const named = c.matches.filter((m) => m.end <= q.start || m.start < q.start).sort((a, b) => b.end - a.end)[0];
    const base = named?.code ?? inheritedCode();
    // The catalog names a plan's completion after its indicator or the indicator's first word
    // (export_turnover → export_plan_completion_rate).
    const plan = base ? [`${base}_plan_completion_rate`, `${base.split("_")[0]}_plan_completion_rate`].find((p) => matcher.byCode.has(p)) : undefined;
    if (plan) return { code: plan, match: named ?? null, inherited: !named };
    return { code: "unknown", match: null, inherited: false, named: true };
  }
  // A quarter's or some months' figure is none of the yearly indicators.
  if (PART_OF_YEAR.test(afterLastOf(c.sentenceBefore, ";", 120))) return { code: "unknown", match: null, inherited: false, named: true };
  if (best && WEAK_GROWTH_ALIASES.has(best.m.alias)) {
    // "tăng trưởng bình quân 16,8%/năm" after "Kim ngạch xuất khẩu": the growth of exports.
    const named = candidates.find((x) => x.rank === 1 && !WEAK_GROWTH_ALIASES.has(x.m.alias) && x.m.end <= best.m.start);
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
  // "31 giường bệnh/10.000 dân": the rate's noun names it.
  const byNoun = q.cls === "rate10k" && q.noun ? RATE_BY_NOUN[q.noun] : undefined;
  if (byNoun && matcher.byCode.has(byNoun)) return { code: byNoun, match: null, inherited: false };
  // "… bằng 28,5% GRDP": a share of GRDP; of investment only where the words say so.
  if (q.ofGrdp) {
    if (/(?<![a-z])dau tu(?![a-z])/.test(afterLastOf(c.sentenceBefore, ";", 200)) && matcher.byCode.has("social_investment_share_grdp")) return { code: "social_investment_share_grdp", match: null, inherited: false };
    return { code: "unknown", match: null, inherited: false, named: true };
  }
  const inheritedInSentence = inherit();
  if (inheritedInSentence) return inheritedInSentence;
  // "Mặc dù chưa đạt mục tiêu đề ra là trên 10%": the target of what the paragraph spoke of.
  const clause = afterLastOf(c.before, ",;()", 100);
  const reference = TARGET_REFERENCE.exec(clause);
  if (reference && !INDICATOR_HEAD.test(clause.slice(reference.index + reference[0].length))) {
    for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > c.paragraphStart; i--) {
      const r = resolvedByIndex[i];
      if (r && r.code !== "unknown" && compatible(r.code, q, matcher)) return { code: r.code, match: null, inherited: true };
    }
  }
  return { code: "unknown", match: null, inherited: false };
}
