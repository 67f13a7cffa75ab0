// The subject of a number: which indicator of the catalog it is a figure of. An alias naming it
// before the number, around it or right after it; a rise of a level ("tăng 5%") read as that
// level's growth; a subject shared by the items of a list; else `unknown` with its words.
import type { AliasMatch, IndicatorMatcher } from "./indicators.ts";
import { FLOW_INDICATORS, GROWTH_OF, PER_CAPITA_OF, SHARE_OF, STOCK_OF, WEAK_GROWTH_ALIASES } from "./indicator-rules.ts";
import type { Quantity } from "./quantities.ts";
import { afterLastOf } from "./segments.ts";
import { UNIT_CLASS_OF } from "./units.ts";

/** How many earlier numbers a subject may be inherited from. */
const MAX_LOOKBACK = 12;

const PLAN_COMPLETION_AFTER = /^\s*\*?\s*(?:so voi\s+)?(?:ke hoach|kh|chi tieu|du toan|muc tieu)(?![a-z])/;
/** "bằng 57% chỉ tiêu 5 năm", "… mục tiêu đến năm 2025", "… kế hoạch giai đoạn": a share of a term's target, not of the year's plan. */
const TERM_PLAN_AFTER = /^\s*\*?\s*(?:so voi\s+)?(?:ke hoach|kh|chi tieu|muc tieu)(?: (?:de ra|dat ra|cua))?\s{1,2}(?:(?:\d{1,2}|nam) nam|den nam|(?:ca |toan )?nhiem ky|giai doan)(?![a-z])/;
const INDICATOR_HEAD =
  /(?<![a-z])(?:ty le|ty trong|toc do|so luong|so|gia tri|tong|kim ngach|thu|chi|von|san luong|luong|nang suat|muc|quy mo|chi so|doanh thu|binh quan|co cau|dong gop)(?![a-z])/;
const TARGET_REFERENCE = /(?<![a-z])(?:muc tieu|ke hoach|nghi quyet|chi tieu)(?![a-z])/;
const SURPLUS = /^\s*(?:[,(]\s*)?(?:va\s+)?vuot(?:\s+(?:nghi quyet|nq|ke hoach|kh|chi tieu|muc tieu))?(?:\s+(?:tren|khoang|gan|hon))?\s*$/;
const SHARE_LINK = /^[^;.]{0,40}?,?\s{0,8}(?:chiem|bang|dat ty le)\s{0,8}(?:ty le\s{0,8})?$/;
/** "giảm 0,8%", "giảm khoảng 2%" right before the number (not "giảm còn", "giảm xuống"). */
const FALL_RIGHT_BEFORE = /(?<![a-z])giam(?: (?:binh quan|khoang|gan|hon|nhe|manh|sau))*\s{0,3}$/;
const RISE_BETWEEN = /(?<![a-z])tang(?: truong)?(?![a-z])/;
const NOT_RISE_BETWEEN = /(?<![a-z])(?:len|con|chiem|ty trong)(?![a-z])/;

export interface Resolved {
  code: string;
  match: AliasMatch | null;
  inherited: boolean;
  /** `unknown` although the words name an indicator (of a quarter, a share of a plan): a figure to review, not a description. */
  named?: boolean;
  /** The number was read as a figure (set by the extractor once it is). */
  figure?: boolean;
  /** Named only by a generic head ("tăng trưởng" alone), no subject of its own. */
  generic?: boolean;
  /** A second indicator the same number states ("90% tổ chức cơ sở đảng và đảng viên hoàn thành tốt nhiệm vụ"). */
  also?: string;
  /**
   * "khu vực dịch vụ đạt 63.000 tỷ đồng": an amount of a sector (its value added, which the
   * catalog does not hold); the sector's share or growth said right after it is the sector's.
   */
  sector?: string;
  /** "GRDP theo giá so sánh đạt 47.740 tỷ đồng": a level no code names, whose rise said next is this growth. */
  grown?: string;
  /** "GRDP không kể dầu khí": a variant no code names of this indicator, read as its kind (a growth stays a growth). */
  variantOf?: string;
}

/** The "/người" of a money unit ("triệu đồng/người/năm"). */
const PER_PERSON_UNIT = /^[^\d,;.]*?\/\s?(?:nguoi|ng)(?![a-z])/;

/** "quý IV", "6 tháng đầu năm": the figure is of part of a year, which no yearly indicator is. */
export const PART_OF_YEAR = /(?<![a-z])(?:quy (?:i|ii|iii|iv|1|2|3|4)|(?:\d{1,2}|chin|sau) thang(?: dau nam)?)(?![a-z])/;

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
  const item = between.slice(boundary.index + boundary[0].length);
  // "…đạt 7,1% năm 2022; 5,7% năm 2023": a bare value after a semicolon is one more of the list.
  if (ELLIPTIC_ITEM.test(item) || (/^\s{0,4}$/.test(item) && BARE_VALUE_OF_YEAR.test(f.slice(to, to + 40)))) return false;
  // "Thu ngân sách … năm 2018 đạt 13.900 tỷ đồng; tổng thu 3 năm 2016 - 2018 đạt …": so does one
  // that only repeats the head noun of the name before it.
  const head = REPEATED_HEAD.exec(item);
  return !(head && ELLIPTIC_ITEM.test(item.slice(head[0].length)) && new RegExp(`(?<![a-z])${head[1]} (?!hut|nhap|ve|duoc)`).test(f.slice(Math.max(sentenceStart, from - 200), from)));
}
/** "5,7% năm 2023": a value and its year, nothing that names another subject. */
const BARE_VALUE_OF_YEAR = /^[\d.,]+\s?%\s{0,2}\(?(?:nam|cua nam) \d{4}\)?\s{0,2}(?:[,;.]|va |$)/;
/** The head noun of a name, said again on its own ("tổng thu", "kim ngạch"). */
const REPEATED_HEAD = /^\s{0,4}(?:tong )?(thu|kim ngach|von dau tu)(?![a-z])/;

/**
 * "Kim ngạch xuất khẩu đạt 5 tỷ USD, tổng vốn FDI 300 triệu USD": a clause after a comma that
 * opens with a measure's head noun names a subject of its own, so a name before that comma, or
 * the subject of the number before it, is a neighbouring clause's, not this number's.
 */
const OWN_HEAD = /^\s{0,3}(?:trong do\s{1,3})?(?:ty le|ty trong|so luong|so(?! (?:voi|cung|ke|nam|it|nhieu|con))|gia tri|tong(?! (?:cong|so voi))|kim ngach|thu(?! (?:hut|ve|duoc))|chi(?! (?:tieu|dao|con|bang|dat|tang|giam|rieng))|von|san luong|nang suat|doanh thu|quy mo|muc (?:ban|thu|chi))(?![a-z])/;

/** Whether the last comma-clause of the words between a name (or an earlier number) and this number names its own subject. */
export function opensOwnSubject(between: string): boolean {
  const comma = between.lastIndexOf(",");
  if (comma < 0) return false;
  const clause = between.slice(comma + 1);
  const head = OWN_HEAD.exec(clause);
  // "…, tỷ lệ 4,26%": a head noun with no words of its own restates the subject before it.
  return head !== null && /[a-z]/.test(clause.slice(head[0].length).replace(PREDICATE_WORDS, " "));
}
/** Words that link a head noun to its number without naming anything. */
const PREDICATE_WORDS = /(?<![a-z])(?:dat|la|chiem|khoang|tren|duoi|con|tang|giam|uoc|bang|o muc|muc|hon|gan|nam|\d+|du kien|vao|den|ca)(?![a-z])/g;

/** Words of time and manner only: an item that names no subject of its own. */
// "…; dự kiến năm 2018 đạt …", "…, phấn đấu đến năm 2020 đạt …": an expectation or an aim is a manner too.
const ELLIPTIC_ITEM = /^\s{0,4}(?:(?:rieng|\d{1,2} nam|binh quan|giai doan|nam|den nam|den het nam|den cuoi nam|cuoi nam|trong nam|ca nam|ca giai doan|moi nam|hang nam|\d{4}|-|dat|la|tang|giam|khoang|tren|duoi|tu|con|du kien|uoc|uoc thuc hien|phan dau|den nay)(?: ?- ?| |$)){1,10}$/;

const FROM_BEFORE = /(?<![a-z])tu\s{0,3}$/;
/** "… (năm 2025) lên …", "… đầu năm 2022 xuống …": the value before it is where a change starts. */
const TO_AFTER = /^\s{0,3}(?:\(?\s{0,2}(?:(?:vao |cuoi |dau )?nam \d{4}|dau nam)\s{0,2}\)?\s{0,3},?\s{0,3})?(?:len|xuong)(?![a-z])/;

/** "từ 7.200 USD năm 2025 lên 12.000 USD", "giảm từ 4,5% xuống 2%": the number where a change starts. */
export function isChangeBase(f: string, q: Quantity): boolean {
  return !q.isRange && FROM_BEFORE.test(f.slice(Math.max(0, q.start - 8), q.start)) && TO_AFTER.test(f.slice(q.end, Math.min(f.length, q.end + 40)));
}

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
  const clause = afterLastOf(before, ",;:()*", 260);
  if (INDICATOR_HEAD.test(clause)) return true;
  // "Tỷ lệ dân cư … hợp vệ sinh: 99%": an item's name before its colon.
  const colon = /:\s{0,3}$/.exec(before);
  if (colon && INDICATOR_HEAD.test(afterLastOf(before.slice(0, colon.index), ",;:()*", 260))) return true;
  // "tỷ lệ chất thải … được thu gom, xử lý đạt 98%": two verbs joined by a comma inside one name;
  // a last clause of a verb or two and a link word reaches back to the clause before it.
  if (!SHORT_VERB_CLAUSE.test(clause) || clause.length === before.length) return false;
  const item = afterLastOf(before.slice(0, before.length - clause.length - 1), ",;:()*", 200);
  return INDICATOR_HEAD.test(item) && /(?<![a-z])(?:duoc|da|bi)(?![a-z])/.test(item) && before[before.length - clause.length - 1] === ",";
}
/** A clause of a verb or two ("xử lý đạt", "tái chế đạt", "xử lý đạt chuẩn") and nothing that names a subject. */
const SHORT_VERB_CLAUSE = /^\s{0,3}(?:xu ly|tai che|tai su dung|chon lap|phan loai|thu gom|van chuyen|quan ly|su dung|ho tro|dao tao|boi duong)(?: (?:dat chuan|dat|la|o muc|khoang|tren|duoi))?\s{0,3}$/;

const PLACE_UNITS = new Set(["communes", "districts"]);

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
  // An income or a product per head may be stated per month ("7,8 triệu đồng/người/tháng").
  if (q.unit === "million_vnd_per_month") return code.endsWith("per_capita");
  // "giá trị … trên 1 ha … đạt 150 triệu đồng": the subject says per hectare, the amount need not.
  if (ind.unit === "million_vnd_per_ha") return q.unit === "million_vnd_per_ha" || q.unit === "million_vnd";
  if (cls === "other") return q.unit !== null && q.unit.replace(/^(?:million|billion|thousand)_/, "") === ind.unit.replace(/^(?:million|billion|thousand)_/, "");
  // Communes are not districts: a count of one is never an indicator counting the other.
  if (cls === "count") return q.cls === "count" && !(PLACE_UNITS.has(ind.unit) && PLACE_UNITS.has(q.unit ?? "") && ind.unit !== q.unit);
  return cls === q.cls;
}

/** The level whose growth a code is (budget_revenue_growth → budget_revenue). */
const LEVEL_OF_GROWTH = new Map(Object.entries(GROWTH_OF).filter(([level, growth]) => level !== growth && !level.startsWith("share_")).map(([level, growth]) => [growth, level]));

/** "…, năm 2030 đạt tối thiểu": the last comma-clause names a time and a predicate, nothing else. */
function onlySaysWhen(between: string): boolean {
  // "xuất khẩu tăng 34% (đạt 1.475 triệu USD)": the level reached, in brackets.
  if (/^[^()]{0,12}\(\s{0,2}(?:uoc )?dat\s{0,3}$/.test(between)) return true;
  // ("…tăng bình quân 8%/năm; năm 2025 đạt 12 ngàn tỷ đồng": a semicolon of the same item too.)
  const at = Math.max(between.lastIndexOf(","), between.lastIndexOf(";"));
  if (at < 0) return false;
  const clause = between.slice(at + 1);
  return !/[a-z]/.test(clause.replace(PREDICATE_WORDS, " ").replace(/(?<![a-z])(?:toi thieu|it nhat|tro len|cuoi nhiem ky|den|vao|nam)(?![a-z])/g, " "));
}

function growthOf(code: string, matcher: IndicatorMatcher): string | null {
  const g = GROWTH_OF[code];
  return g && matcher.byCode.has(g) ? g : null;
}

/**
 * "tổ chức cơ sở đảng, đảng viên … hoàn thành tốt nhiệm vụ": two subjects joined by a comma or
 * "và" that share the predicate, each a name of the catalog; the number states both. The second
 * name ends where the first does and starts right after the joining word.
 */
function coordinated(best: { m: AliasMatch; code: string }, candidates: { m: AliasMatch; code: string }[], f: string): string | undefined {
  // The second name starts in a gap of the first ("tổ chức … đảng … hoàn thành tốt nhiệm vụ"),
  // not in its own words ("công nghiệp - xây dựng và dịch vụ" is one name).
  const parts = best.m.alias.split("...");
  if (parts.length < 2) return undefined;
  const gapFrom = best.m.start + parts[0].trim().length;
  const gapTo = best.m.end - parts[parts.length - 1].trim().length;
  for (const other of candidates) {
    if (other.code === best.code || other.code === "unknown" || other.m.end !== best.m.end || other.m.start <= gapFrom || other.m.start >= gapTo) continue;
    if (COORDINATOR_BEFORE.test(f.slice(Math.max(best.m.start, other.m.start - 8), other.m.start))) return other.code;
  }
  return undefined;
}
const COORDINATOR_BEFORE = /(?:,|(?<![a-z])va|(?<![a-z])cung)\s{0,3}$/;

/**
 * What may follow "tăng trưởng" when it means the economy's growth: a number, a bound, an
 * average, a time, a quality ("cao", "ổn định"), the province, a verb, punctuation.
 */
const GROWTH_OF_WHAT =
  /^\s{0,3}(?:$|[\d,;:.()\-%]|(?:kinh te|grdp|gdp|binh quan|bq|dat|dat duoc|giai doan|nam|hang nam|moi nam|cua (?:tinh|thanh pho|toan tinh|dia phuong)|chung|tren|duoi|tu|khoang|gan|hon|o muc|muc|la|gdrp|am|cao|on dinh|nhanh|ben vung|lien tuc|hai con so|vuot bac|manh|kha|an tuong|dot pha|toan tinh|len|tiep tuc|duoc|se|phan dau|ke hoach|theo|so voi|uoc|du kien|nhiem ky|khong|van|can|can dat|chi|cham|thap|trung binh|tro len|voi|duong|ngoan muc|tot|dang ke|ky luc|vuot troi|kha quan|tich cuc|dang khich le|cao nhat)(?![a-z]))/;

/** "tỷ trọng (ngành) …", "cơ cấu …" right before a name: the share, whatever follows. */
const SHARE_WORDS_BEFORE = /(?<![a-z])(?:ty trong|co cau)(?: (?:cua|nganh|khu vuc|linh vuc))*\s{0,3}$/;
/** "tăng trưởng (ngành) nông nghiệp", "tốc độ tăng của khu vực dịch vụ": the growth of what follows. */
const GROWTH_NOUN_BEFORE = /(?<![a-z])(?:tang truong|toc do tang(?: truong)?|muc tang(?: truong)?)(?: (?:binh quan|cua|nganh|khu vuc|linh vuc))*\s{0,3}$/;
/** Words that make a rate per year after a name a share or a change of a share, not a growth. */
const SHARE_WORDS = /(?<![a-z])(?:ty trong|ty le|co cau|chiem|giam|con)(?![a-z])/;

/**
 * "GRDP bình quân 10,5%/năm": a rate per year right after a level's name (from `start` to `end`)
 * is its growth, unless share words stand before the name or between it and the number.
 */
function ratePerYearOfLevel(f: string, start: number, end: number, numberStart: number): boolean {
  return !SHARE_WORDS.test(f.slice(Math.max(0, start - 12), start)) && !SHARE_WORDS.test(f.slice(end, numberStart));
}

/** The units a share counts ("100% xã, phường", "100% trạm y tế"). */
const COUNTED_UNIT =
  "(?:xa|phuong|thi tran|dac khu|huyen|thon|ban|ap|to dan pho|khu pho|khu dan cu|truong(?: hoc)?|tram y te|benh vien|co so(?: y te| giao duc| san xuat)?|ho(?: dan| gia dinh)?|hoc sinh|doanh nghiep|hop tac xa|chi bo|dang vien|can bo|co quan|don vi|khu cong nghiep|cum cong nghiep|khu kinh te|lang nghe|cho|chat thai(?: ran)?(?: sinh hoat| do thi| nong thon| cong nghiep| y te| nguy hai)?|nuoc thai(?: sinh hoat| do thi| cong nghiep| y te)?)";
/**
 * "100% xã, phường đạt …", "100% trạm y tế xã có bác sĩ", "100% khu công nghiệp đang hoạt động
 * có …": the share of units that meet what follows.
 */
const UNITS_MEETING = new RegExp(
  `^ ${COUNTED_UNIT}(?:(?:, | va | hoac | )${COUNTED_UNIT}){0,3}(?: (?:dang hoat dong|tren dia ban|cap xa|cua tinh))? (?:dat|co|duoc|su dung|tham gia|hoan thanh)(?![a-z])`,
);

/** Whether the words after a percentage say it is the share of some units that meet a criterion. */
export function sharesOfUnits(after: string): boolean {
  return UNITS_MEETING.test(after) || CHILDREN_OF_AGE.test(after);
}

/** "100% trẻ em trong độ tuổi đi học được đến trường": children of an age who are counted (a figure, never naming the subject of a name after it). */
const CHILDREN_OF_AGE = /^ tre em trong do tuoi(?: [a-z]+){0,3}? (?:duoc|dat|co|hoan thanh)(?![a-z])/;

/** Words between a number and a name after it that still make the name its subject ("20% xã …"). */
function followsDirectly(text: string): boolean {
  // "từ 90% trở lên tổ chức cơ sở đảng …": the bound after the number is no word between.
  const between = text.replace(/^\s?tro (?:len|xuong)(?![a-z])/, "");
  // "nông nghiệp 15% - công nghiệp 50% - …": a dash after a number ends its item; the name after
  // it is the next number's.
  if (/^\s?[-–—]/.test(between)) return false;
  // "100% xã, phường đạt Bộ tiêu chí quốc gia về y tế": the units, then the standard they meet.
  if (UNITS_MEETING.test(between) && /^[^;:.()]{0,60}$/.test(between)) return true;
  // "3 huyện đạt chuẩn huyện nông thôn mới": meeting the standard the name after it states;
  // "100% dân số tham gia bảo hiểm y tế": a few plain words of who before the name.
  if (/^\s?dat chuan\s?$/.test(between)) return true;
  // "6 huyện được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới": recognised as meeting it.
  if (/^\s?(?:duoc\s)?cong nhan(?:\sla)?\s?$/.test(between)) return true;
  // "4 huyện, thị xã hoàn thành nhiệm vụ …": more kinds of unit counted with the count's own.
  if (/^(?:(?:, | va | hoac )(?:huyen|thi xa|thanh pho|quan|xa|phuong|thi tran)){1,3} $/.test(between)) return true;
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
/** "… so với cùng kỳ", "so với năm trước", "so với năm 2024": a change over one year. */
const COMPARED_WITH_YEAR_AFTER = /^\s{0,2}so (?:voi )?(?:cung ky|nam truoc|nam \d{4})/;
const SECTOR_WORD = /(?<![a-z])(?:nong nghiep|lam nghiep|thuy san|cong nghiep|xay dung|dich vu|thue)(?![a-z])/;
const SECTOR_SHARES = new Set(["share_agri", "share_industry_construction", "share_services", "share_industry_construction_services"]);
const SECTOR_GROWTHS = new Set(["agri_growth", "industry_construction_growth", "services_growth"]);
/** "Ngành du lịch", "doanh thu dịch vụ" right before a bare "tăng trưởng": whose growth it is. */
const OWN_NOUN_BEFORE_GROWTH = /(?<![a-z])(?:nganh|linh vuc|doanh thu|san luong|gia tri san xuat|cong nghiep|du lich|thuong mai)(?: [a-z]+){0,3}\s{0,3}$/;
const INDUSTRY_AND_BEFORE = /(?<![a-z])cong nghiep\s{0,3}(?:va|-|–|,)\s{0,3}$/;
/** A sector's bare name, then a rise, right before a percentage. */
const SECTOR_RISE = /(?:^|[,;:(]|(?<![a-z])(?:nganh|khu vuc|linh vuc))\s{0,3}(?:cong nghiep|xay dung|nong nghiep|lam nghiep|thuy san|dich vu|du lich|thuong mai)\s{1,3}tang(?: truong)?(?: (?:binh quan|moi nam|hang nam|dat|khoang|tren|tu|it nhat|toi thieu))*\s{0,3}$/;
/** The parts GRDP is split into, whose amount a text may state before their share. */
const GRDP_PARTS = new Set([...SECTOR_SHARES, "share_product_tax"]);
/** "…, chiếm 9,8%", "… và chiếm tỷ trọng 30%": the share of what the amount before it measured. */
const SHARE_AFTER_AMOUNT = /^[^;.:()]{0,24}?(?:,|(?<![a-z])va)\s{0,3}chiem(?:\s{1,3}(?:ty trong|ty le|khoang|gan|tren))?\s{0,3}$/;

/** A qualifier that makes what a name counts a part of it (visitors from abroad, local goods, a group of people). */
const SUBSET_AFTER = new RegExp(
  "^[\\s,()]{0,3}(?:cua |tu |thuoc |o |tai |trong |khu vuc |vung )?(?:nguoi dan |dan cu |ho |nguoi |(?:nguoi )?lao dong )?" +
    "(?:quoc te|noi dia|nuoc ngoai|hang dia phuong|hang hoa dia phuong|san pham dia phuong|khu vuc fdi|fdi|co von dau tu nuoc ngoai|ngoai nha nuoc" +
    "|dong bao|dan toc thieu so|vung dong bao|nong thon|thanh thi|do thi|mien nui|vung cao|loi|logistics|cong nghe cao|che bien|huu co" +
    "|lao dong(?! qua dao tao)" +
    // Goods of one kind: "xuất khẩu nông sản", "xuất khẩu gạo" is a part of all exports.
    // A higher grade of a standard ("nông thôn mới kiểu mẫu", "… nâng cao") is a part of those that meet it.
    "|kieu mau|nang cao" +
    // Trade through the border gates is a part of all trade.
    "|qua (?:cac )?cua khau|bien mau|tieu ngach" +
    "|nong san|thuy san|lam san|nong lam thuy san|gao|ca phe|hat dieu|tom|ca tra|det may|hang det may|go|san pham go|trai cay|rau qua|dien tu|dien thoai|may moc)(?![a-z])",
);
/** "thu ngân sách từ du lịch": a flow from one source only. */
const FROM_SOURCE_AFTER = /^\s{0,3}tu (?!nam |nay|dau|cuoi|giai doan|nhiem ky|khoang|tren|muc|ngay|thang|quy|\d)[a-z]/;
/** "doanh thu dịch vụ", "giá trị sản xuất nông nghiệp": a sector's name after another measure's noun. */
const OTHER_MEASURE_BEFORE = /(?<![a-z])(?:doanh thu|gia tri san xuat|san pham|dat|lao dong|von dau tu|tin dung|hang hoa)\s{1,3}(?:nganh |khu vuc |linh vuc )?$/;
/** "chiếm 30% giá trị sản xuất …", "chiếm 40% dân số": a share of something other than GRDP. */
const OTHER_BASE_AFTER = /^\s{0,3}(?:gia tri|tong (?!san pham)|so |lao dong|dan so|dien tich|von|doanh thu|luc luong)/;
/** Two names joined into one ("dịch vụ và thuế sản phẩm"). */
const PARTS_JOINED = /^\s{0,2}(?:va|cung|,|\+)\s{0,2}$/;
/** A higher grade of the new-rural standard named in the number's clause after it. */
const HIGHER_GRADE_AFTER = /^[^;,.()]{0,40}nong thon moi (?:nang cao|kieu mau)(?![a-z])/;
/** A stock and the flow that adds to it ("thêm 15 xã đạt chuẩn nông thôn mới"). */
const ADDED_FLOW: Record<string, string> = { ntm_communes: "ntm_communes_recognised" };
/** "có thêm (ít nhất) 20 xã", "tăng thêm: 12 xã": a number added to the stock. */
const ADDED_BEFORE = /(?<![a-z])them\s{0,3}:?(?:\s{0,3}(?:it nhat|toi thieu|khoang|tren|hon|tu|la))?\s{0,3}$/;
/** "không kể …", "không tính …", "không bao gồm …", "ngoại trừ …": a total less one of its parts. */
/**
 * A form of the measure other than the one the catalog's indicator is the target of: child
 * malnutrition targets are of stunting ("thể thấp còi"); underweight ("thể nhẹ cân") and wasting
 * ("thể gầy còm") are other measures.
 */
const OTHER_FORM_AFTER: Record<string, RegExp> = {
  child_malnutrition_rate: /^[\s(]{0,3}(?:o )?(?:tre em )?the (?:nhe can|gay com|can nang)(?![a-z])/,
  // Forest cover counts forest only; one that counts crops too ("kể cả cây công nghiệp lâu năm",
  // "tính cả cây cao su") is a green cover of another series (one that leaves crops out is the same rate).
  forest_cover_rate: /^[\s(]{0,3}(?:ke ca|tinh ca|bao gom ca)(?: (?:dien tich|cac loai|vuon))? cay (?:cong nghiep|cao su|ca phe|dieu|an qua|lau nam|trong)(?![a-z])/,
};
const TOTALS_GROUPS = new Set(["economy", "finance"]);
const LESS_A_PART = /(?<![a-z])(?:khong (?:ke|tinh|bao gom)|ngoai tru|loai tru)(?![a-z])/;
/** "(Nếu) không tính ngành điện, …", "Loại trừ dầu khí, …": the part left out, in a clause of its own before the name. */
const LESS_A_PART_FIRST = /(?:^|[.;:(]\s{0,3}|(?<![a-z])(?:neu|khi))\s{0,3}(?:khong (?:ke|tinh|bao gom)|ngoai tru|loai tru)(?![a-z])[^,;.:]{1,60},\s{0,3}$/;
/** "trong đó …", "riêng …", "gồm …": an item that is a part of what came before ("riêng năm 2025" only sets a year apart). */
const SUBGROUP_SOURCE = "(?<![a-z])rieng(?![a-z])(?!\\s{1,3}(?:nam|trong nam|quy|thang|giai doan)(?![a-z]))";
const SUBGROUP = new RegExp(SUBGROUP_SOURCE);
// ("…3 năm đạt 33.400 tỷ đồng, trong đó năm 2023 đạt 10.850 tỷ đồng": one year of a sum, the same indicator.)
const PART_LINK = new RegExp(`(?<![a-z])(?:trong do(?!\\s{1,3}(?:rieng\\s{1,3})?nam\\s{1,3}\\d{4})|bao gom|gom)(?![a-z])|${SUBGROUP_SOURCE}`);
/** An area or a group of people named by an item of a list ("…, nông thôn trên 85%"). */
const OWN_GROUP = /(?<![a-z])(nong thon|thanh thi|do thi|mien nui|vung cao|vung sau|vung dong bao|dong bao|dan toc thieu so|phu nu|tre em|nguoi cao tuoi)(?![a-z])/;
/** The indicator of the same predicate for another area ("đô thị" ↔ "nông thôn"). */
const SIBLING_BY_GROUP: Record<string, Record<string, string>> = {
  clean_water_urban_rate: { "nong thon": "clean_water_rural_rate" },
  clean_water_rural_rate: { "thanh thi": "clean_water_urban_rate", "do thi": "clean_water_urban_rate" },
};
const RISE_TO_AFTER = /^\s{0,3}(?:len|den|toi(?! (?:thieu|da)))(?![a-z])/;
/** "GRDP theo giá so sánh": a level at constant prices, which the catalog's level (current prices) is not. */
const CONSTANT_PRICES_AFTER = /^[\s,()]{0,3}(?:\(?\s?theo )?gia so sanh(?![a-z])/;

/**
 * The words around a name that make it another indicator than the catalog's: a subgroup
 * ("riêng các huyện nghèo"), a sector's share of labour rather than of GRDP, a sector's gross
 * output rather than its value added. Such a figure is `unknown` with its words, for review.
 */
function narrowed(r: Resolved, c: SubjectContext): Resolved {
  if (r.code === "unknown") return r;
  const clause = afterLastOf(c.before, ";", 160);
  const other = { code: "unknown", match: null, inherited: false, named: true };
  // "lượt khách quốc tế", "xuất khẩu hàng địa phương", "hộ nghèo đồng bào dân tộc thiểu số",
  // "GRDP theo giá so sánh": words right after the name that make it a part or another measure.
  // "(… vào GRDP) tăng lên 57%": "tăng lên", "tăng đến" after a name that ends in "tăng" reach a
  // level, which no growth code names; "đóng góp" is a contribution to something, not the thing.
  if (r.match && /(?<![a-z])tang$/.test(r.match.alias) && RISE_TO_AFTER.test(c.f.slice(r.match.end, c.q.start))) return other;
  // "Khu vực công nghiệp, xây dựng tăng từ 26,8% lên 26,9%": a sector's share that moved, not its growth.
  if (r.match && /(?<![a-z])tang$/.test(r.match.alias) && c.q.cls === "percent" && /^\s{0,3}tu\s{0,3}$/.test(c.f.slice(r.match.end, c.q.start)) && isChangeBase(c.f, c.q)) {
    const share = Object.keys(GROWTH_OF).find((x) => GROWTH_OF[x] === r.code && SECTOR_SHARES.has(x));
    return share && c.matcher.byCode.has(share) ? { code: share, match: r.match, inherited: false } : other;
  }
  // "Kinh tế số đóng góp 30% GRDP" is its share of GRDP all the same.
  if (/(?<![a-z])dong gop(?![a-z])/.test(afterLastOf(c.before, ",;", 160)) && !(c.q.ofGrdp && c.matcher.byCode.get(r.code)?.unit === "percent")) return other;
  if (r.match) {
    const after = c.f.slice(r.match.end, Math.min(c.f.length, r.match.end + 40));
    if (SUBSET_AFTER.test(after)) return other;
    if (OTHER_FORM_AFTER[r.code]?.test(after)) return other;
    // "Tỷ trọng dịch vụ tăng 1%/năm": a share that changes, whatever the growth alias says.
    if (SHARE_WORDS_BEFORE.test(c.f.slice(Math.max(0, r.match.start - 28), r.match.start))) {
      const share = Object.keys(GROWTH_OF).find((s) => GROWTH_OF[s] === r.code && SECTOR_SHARES.has(s));
      if (share && c.matcher.byCode.has(share)) return { code: share, match: r.match, inherited: false };
    }
    const unit = c.matcher.byCode.get(r.code)?.unit;
    // Its rise said next is the indicator's growth all the same: growth is measured at constant prices.
    if (CONSTANT_PRICES_AFTER.test(after) && unit !== "percent" && unit !== "percent_per_year") return { ...other, grown: growthOf(r.code, c.matcher) ?? undefined };
    if (FLOW_INDICATORS.has(r.code) && FROM_SOURCE_AFTER.test(after)) return other;
    // A sector's bare name after another measure's noun ("doanh thu dịch vụ") is that measure's.
    if ((SECTOR_SHARES.has(r.code) || SECTOR_GROWTHS.has(r.code)) && OTHER_MEASURE_BEFORE.test(c.f.slice(Math.max(0, r.match.start - 24), r.match.start))) return other;
  }
  if (SECTOR_SHARES.has(r.code) && OTHER_BASE_AFTER.test(c.f.slice(c.q.end, Math.min(c.f.length, c.q.end + 24)))) return other;
  // "GRDP bình quân đầu người hàng năm tăng 14%": the growth of the per-capita figure, not of GRDP.
  if (r.code === "grdp_growth" && r.match && /(?<![a-z])(?:dau nguoi|binh quan nguoi)(?![a-z])|\/\s?nguoi/.test(c.f.slice(r.match.start, r.match.end))) return other;
  // "38 xã đạt chuẩn nông thôn mới nâng cao": the higher grade named after the number too.
  if (r.code.startsWith("ntm_") && !/_(?:advanced|model)_/.test(r.code) && HIGHER_GRADE_AFTER.test(c.f.slice(c.q.end, Math.min(c.f.length, c.q.end + 60)))) return other;
  // "có thêm 30 xã đạt chuẩn …": communes added to the stock are communes newly recognised.
  const added = ADDED_FLOW[r.code];
  if (added && c.matcher.byCode.has(added) && ADDED_BEFORE.test(c.before.slice(-32))) return { ...r, code: added };
  // "GRDP (không kể dầu thô và khí đốt)", "xuất khẩu không tính dầu khí": a total of the economy
  // or the budget less one of its parts is another series; so is a rise said of it later in the
  // clause. A rate stated with what its definition leaves out ("che phủ rừng (không tính cây cao
  // su)", "giường bệnh/vạn dân (không tính trạm y tế xã)") is the same rate.
  // So does a clause that leaves the part out before the name ("Nếu không tính ngành điện, GRDP tăng 8,1%").
  if (TOTALS_GROUPS.has(c.matcher.byCode.get(r.code)?.group ?? "")) {
    const named = r.match ? c.f.slice(r.match.start, c.q.start) : r.inherited ? clause : "";
    if (named.length <= 200 && LESS_A_PART.test(named)) return { ...other, variantOf: r.code };
    if (r.match && LESS_A_PART_FIRST.test(c.f.slice(Math.max(c.sentenceStart, r.match.start - 80), r.match.start))) return { ...other, variantOf: r.code };
  }
  if (SUBGROUP.test(afterLastOf(c.before, ",;", 80))) return other;
  if (SECTOR_SHARES.has(r.code) && /(?<![a-z])lao dong(?![a-z])/.test(clause)) return other;
  if (SECTOR_GROWTHS.has(r.code) && /(?<![a-z])gia tri san xuat(?![a-z])/.test(c.sentenceBefore)) return other;
  return r;
}

export function resolveIndicator(c: SubjectContext): Resolved {
  return narrowed(respective(c) ?? resolveSubject(c), c);
}

/** "… tương ứng là", "… lần lượt là": the values that follow go, in turn, to the names before. */
const IN_TURN = /(?<![a-z])(?:tuong ung|lan luot)(?: (?:cua |trong )?nam \d{4})?(?: (?:la|dat|bang|o muc|chiem))?\s{0,3}:?\s{0,3}/g;
/** What may stand between two values of such a list. */
const LIST_GAP = /^\s{0,3}(?:[-–—,;]|va)?\s{0,3}$/;
/** "khu vực I - II - III", "KV I, II, III": the three sectors by their statistical numbers. */
const NUMBERED_SECTORS = /(?<![a-z])(?:khu vuc|kv\.?)\s{0,2}i\s{0,2}[-–,]\s{0,2}(?:kv\.?\s{0,2})?ii\s{0,2}(?:[-–,]|va)\s{0,2}(?:kv\.?\s{0,2})?iii(?![a-z])/;
/** A list of names in brackets, then a colon: the values after it go to them in turn. */
const NAMES_IN_BRACKETS = /\(([^()]{3,200})\)\s{0,2}:\s{0,3}/g;
const MAX_IN_TURN = 8;
const MAX_IN_TURN_LEAD = 400;
const NUMBERED_SECTOR_CODES = ["share_agri", "share_industry_construction", "share_services"];

/**
 * "Cơ cấu nông nghiệp, công nghiệp - xây dựng, dịch vụ tương ứng là 20%, 35%, 45%": the k-th
 * value of a list after "tương ứng" is the figure of the k-th name before it, when the list has
 * as many values as names; else null (the usual rules decide).
 */
function respective(c: SubjectContext): Resolved | null {
  const { q, qi, quantities, f, matcher } = c;
  // Bounded: a list said in turn is short, and a long text must not cost the square of its length.
  const leadStart = Math.max(c.sentenceStart, q.start - MAX_IN_TURN_LEAD);
  const lead = f.slice(leadStart, q.start);
  let cue: RegExpExecArray | null = null;
  // "Cơ cấu (nông nghiệp - công nghiệp - dịch vụ): 20% - 35% - 45%": the names in brackets, in turn.
  let bracketed = false;
  if (lead.includes("tuong ung") || lead.includes("lan luot")) {
    IN_TURN.lastIndex = 0;
    for (let m = IN_TURN.exec(lead); m; m = IN_TURN.exec(lead)) cue = m;
  } else if (lead.includes("):")) {
    NAMES_IN_BRACKETS.lastIndex = 0;
    for (let m = NAMES_IN_BRACKETS.exec(lead); m; m = NAMES_IN_BRACKETS.exec(lead)) cue = m;
    bracketed = cue !== null;
  }
  if (!cue) return null;
  const cueStart = leadStart + cue.index + (bracketed ? 1 : 0);
  const cueEnd = leadStart + cue.index + cue[0].length;
  // The values of the list: from the first after the cue, each joined to the next by a dash, comma or "và".
  let first = qi;
  while (first > 0 && qi - first < MAX_IN_TURN && quantities[first - 1].start >= cueEnd && LIST_GAP.test(f.slice(quantities[first - 1].end, quantities[first].start))) first--;
  if (quantities[first].start < cueEnd || !/^\s{0,3}$/.test(f.slice(cueEnd, quantities[first].start))) return null;
  let last = qi;
  while (last + 1 < quantities.length && last - first < MAX_IN_TURN && LIST_GAP.test(f.slice(quantities[last].end, quantities[last + 1].start))) last++;
  const count = last - first + 1;
  if (count < 2 || count > MAX_IN_TURN) return null;
  // The names: from the start of the clause holding the cue.
  const from = bracketed ? cueStart : Math.max(c.sentenceStart, cueStart - MAX_IN_TURN_LEAD, f.lastIndexOf(";", cueStart) + 1);
  const stretch = bracketed ? f.slice(cueStart, cueStart + (cue[1] ?? "").length) : f.slice(from, cueStart);
  const numbered = NUMBERED_SECTORS.exec(stretch);
  let names: { code: string; match: AliasMatch | null }[];
  if (numbered) names = NUMBERED_SECTOR_CODES.map((code) => ({ code, match: null }));
  // "Cơ cấu (kinh tế) tương ứng là 28,3%; 35,9%; 30,3%; 5,4%" with no names: the sectors in the
  // statistics' own order (I, II, III, then product taxes).
  else if (/(?<![a-z])co cau(?![a-z])/.test(stretch) && (count === 3 || count === 4) && q.cls === "percent" && matcher.matches(stretch, from).every((m) => !compatible(m.code, q, matcher)))
    names = [...NUMBERED_SECTOR_CODES, "share_product_tax"].slice(0, count).map((code) => ({ code, match: null }));
  else {
    const found = matcher.matches(stretch, from).filter((m) => compatible(m.code, q, matcher));
    // Names left to right, the longest at each place; if that does not give one name per value,
    // the shortest ("công nghiệp - xây dựng | và dịch vụ" may be one name or two).
    const inOrder = (longest: boolean) => {
      const out: { code: string; match: AliasMatch | null }[] = [];
      let end = -1;
      for (const m of [...found].sort((a, b) => a.start - b.start || (longest ? b.length - a.length : a.length - b.length))) {
        if (m.start < end) continue;
        out.push({ code: m.code, match: m });
        end = m.end;
      }
      return out;
    };
    names = inOrder(true);
    if (names.length !== count) names = inOrder(false);
  }
  if (names.length !== count || names.some((n) => !matcher.byCode.has(n.code))) return null;
  const name = names[qi - first];
  return { code: name.code, match: name.match, inherited: name.match === null };
}

/**
 * What the helpers of resolveSubject read besides its context: whether the number is the base of a
 * change ("tăng từ 35% lên 45%") and whether its unit is an amount per person. Module functions
 * with this scope, not closures made per number: under tsx (keepNames) each closure made costs a
 * defineProperty, 5 % of extraction's CPU on the corpus.
 */
interface SubjectScope {
  c: SubjectContext;
  changeBase: boolean;
  perPerson: boolean;
}

/** Whether the words between `from` and the number make it a rise ("tăng", "lên"), not a level. */
function rises(s: SubjectScope, from: number): boolean {
  const { c: { f, q }, changeBase } = s;
  const between = f.slice(from, q.start).replace(/tro (?:len|xuong)/g, "");
  return !changeBase && RISE_BETWEEN.test(between) && !NOT_RISE_BETWEEN.test(between);
}

// "khu vực nông, lâm nghiệp và thủy sản giảm 0,8%", "(xuất khẩu đạt 2 tỷ USD,) giảm 5%": a level's
// or a sector's fall by a percentage is its growth, below zero (the sign is read with the bound).
// (Not a rate's fall, which has no growth code, nor "giảm còn", "giảm xuống", where it ends.)
function movesBy(s: SubjectScope, from: number): boolean {
  const { c: { f, q }, changeBase } = s;
  return rises(s, from) || (!changeBase && FALL_RIGHT_BEFORE.test(f.slice(Math.max(from, q.start - 40), q.start)));
}

// A percentage said to be a rise of a level or a share is that indicator's growth; so is a
// rate per year after a level or a sector's name ("GRDP bình quân trên 10,5%/năm", "Dịch vụ
// (11,1%/năm)"), unless the words make it a share ("tỷ trọng", "chiếm").
function asGrowth(s: SubjectScope, code: string, from: number, start = from): string | null {
  const { c } = s;
  const { q, f, matcher } = c;
  if (q.cls !== "percent") return null;
  const ind = matcher.byCode.get(code);
  if (!ind || ind.unit === "percent_per_year") return null;
  const lead = f.slice(Math.max(0, start - 28), start);
  // "Tỷ trọng dịch vụ tăng 1%/năm" changes a share; "tăng trưởng (ngành) nông nghiệp" is a growth.
  if (SHARE_WORDS_BEFORE.test(lead)) return null;
  // "GRDP bình quân 5 năm đạt 5,51%", "GRDP … đạt ở mức 7,1%": a percentage of the economy's
  // size can only be its growth (a share says "chiếm" or "% GRDP", a plan "kế hoạch").
  // ("tỷ trọng trong GRDP từ 30%", "đóng góp vào GRDP 40%": a share of it.)
  const ofEconomy =
    code === "grdp_current" && from <= q.start && !q.ofGrdp && ratePerYearOfLevel(f, start, from, q.start) && !crossesItem(f, from, q.start, c.sentenceStart) &&
    !/(?<![a-z])(?:trong|cua|vao|voi)\s{0,3}\(?\s{0,2}$/.test(f.slice(Math.max(0, start - 12), start)) && !SHARE_WORDS.test(afterLastOf(f.slice(Math.max(c.sentenceStart, start - 60), start), ",;:", 60));
  if (!movesBy(s, from) && !(q.perYear && ratePerYearOfLevel(f, start, from, q.start)) && !GROWTH_NOUN_BEFORE.test(lead) && !ofEconomy) return null;
  return growthOf(code, matcher);
}

// "94 triệu đồng/người": an amount per head is a per-capita figure, never a total.
function perHead(s: SubjectScope, code: string): string | null {
  const { c: { matcher }, perPerson } = s;
  if (!perPerson || /per_capita$/.test(code)) return code;
  const own = PER_CAPITA_OF[code];
  return own && matcher.byCode.has(own) ? own : null;
}

/** The code of the nearest earlier number of the sentence that has one, unless an item lies between. */
function inheritedCode(s: SubjectScope): string | null {
  const { c } = s;
  const { q, qi, quantities, resolvedByIndex, f } = c;
  for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > c.sentenceStart; i--) {
    if (crossesItem(f, quantities[i].end, q.start, c.sentenceStart)) return null;
    const r = resolvedByIndex[i];
    if (r && r.code !== "unknown") return r.code;
  }
  return null;
}

/** The subject an earlier figure of the sentence passes on to this number, if any. */
function inherit(s: SubjectScope): Resolved | null {
  const { c } = s;
  const { q, qi, quantities, resolvedByIndex, f, matcher } = c;
  // "…: tỷ lệ hộ nghèo còn 1%; 100% trạm y tế xã có bác sĩ": units that meet what follows the
  // number are its subject, whatever subject the list shares.
  if (q.cls === "percent" && sharesOfUnits(f.slice(q.end, Math.min(f.length, q.end + 60)))) return null;
  for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > c.sentenceStart; i--) {
    if (crossesItem(f, quantities[i].end, q.start, c.sentenceStart) || opensOwnSubject(f.slice(quantities[i].end, q.start))) return null;
    const r = resolvedByIndex[i];
    if (r?.sector && q.cls === "percent") {
      const grown = asGrowth(s, r.sector, quantities[i].end);
      if (grown) return { code: grown, match: null, inherited: true };
      if (SHARE_AFTER_AMOUNT.test(f.slice(quantities[i].end, q.start))) return { code: r.sector, match: null, inherited: true };
    }
    // "đạt 106,7% kế hoạch, tăng 12,3% so với cùng kỳ": how much of the plan was done names no
    // subject for what follows; the indicator before it does.
    // "… đạt 99%, trong đó nông thôn trên 80%": a part of a figure the catalog does not name is
    // still a figure, of no code either.
    if (r && r.code === "unknown" && q.cls === "percent" && quantities[i].cls === "percent") {
      const between = f.slice(quantities[i].end, q.start);
      // So is one named by its own words after a rate whose name reads like one ("Tỷ lệ … hợp vệ
      // sinh: 99%, trong đó nước sạch theo quy chuẩn: 55%").
      if (PART_LINK.test(between) && (OWN_GROUP.test(between) || readsLikeIndicator(f.slice(Math.max(c.sentenceStart, quantities[i].start - 260), quantities[i].start)))) {
        return { code: "unknown", match: null, inherited: false, named: true };
      }
    }
    if (r?.grown && q.cls === "percent" && movesBy(s, quantities[i].end)) return { code: r.grown, match: null, inherited: true };
    // "Tổng sản lượng thủy sản đạt 1,2 triệu tấn, đạt 101% kế hoạch, tăng 3,9% so với cùng kỳ": a
    // level the catalog does not name grew by that much over a year; its growth, of no code.
    if (r && r.code === "unknown" && r.figure && q.cls === "percent" && quantities[i].cls !== "percent" && quantities[i].cls !== null && rises(s, quantities[i].end) &&
      COMPARED_WITH_YEAR_AFTER.test(f.slice(q.end, Math.min(f.length, q.end + 30)))) {
      return { code: "unknown", match: null, inherited: false, named: true };
    }
    // "Xuất khẩu (không kể dầu thô) đạt 9,5 tỷ USD, tăng 11,8%": what follows in the item is of the variant too.
    if (r?.variantOf) {
      const code = asGrowth(s, r.variantOf, quantities[i].end) ?? r.variantOf;
      if (compatible(code, q, matcher)) return { code: "unknown", match: null, inherited: false, named: true, variantOf: code };
    }
    if (!r || r.code === "unknown" || r.code.endsWith("_plan_completion_rate")) continue;
    // "thu ngân sách tăng bình quân 10%/năm, năm 2030 đạt 85 nghìn tỷ đồng": an amount in a clause
    // that only says when is the level whose growth came before.
    const levelOf = q.cls !== "percent" ? LEVEL_OF_GROWTH.get(r.code) : undefined;
    const level = levelOf ? perHead(s, levelOf) : null;
    if (level && matcher.byCode.has(level) && compatible(level, q, matcher) && onlySaysWhen(f.slice(quantities[i].end, q.start))) return { code: level, match: null, inherited: true };
    const grown = asGrowth(s, r.code, quantities[i].end);
    if (grown && compatible(grown, q, matcher)) return { code: grown, match: null, inherited: true };
    // "GRDP bình quân đầu người đạt 4.370 USD, tăng 10,6%": the growth of a level the catalog has no code for.
    if (q.cls === "percent" && !grown && rises(s, quantities[i].end) && matcher.byCode.get(r.code)?.unit !== "percent_per_year" && !compatible(r.code, q, matcher)) {
      return { code: "unknown", match: null, inherited: false, named: true };
    }
    const share = q.cls === "percent" ? SHARE_OF[r.code] : undefined;
    if (share && matcher.byCode.has(share)) return { code: share, match: null, inherited: true };
    // "Quy mô kinh tế đạt 150.000 tỷ đồng, bình quân 95 triệu đồng/người": the total's per-head figure.
    const perHeadCode = perHead(s, r.code);
    if (perHeadCode === null) continue;
    if (perHeadCode !== r.code) return { code: perHeadCode, match: null, inherited: true };
    if (compatible(r.code, q, matcher)) {
      // "nước sạch đô thị đạt 99%, nông thôn trên 85%": an item that names another area or group
      // keeps the predicate but not the subject: the sibling indicator, else `unknown`.
      const between = f.slice(quantities[i].end, q.start);
      if (PART_LINK.test(between)) return { code: "unknown", match: null, inherited: false, named: true };
      // "nông nghiệp 20%, công nghiệp 40%": a share of one sector never passes to an item that
      // names another, though the catalog does not know that name alone.
      if (SECTOR_SHARES.has(r.code) && SECTOR_WORD.test(between)) return { code: "unknown", match: null, inherited: false, named: true };
      const own = OWN_GROUP.exec(between);
      if (own) {
        const sibling = SIBLING_BY_GROUP[r.code]?.[own[1]];
        return sibling && matcher.byCode.has(sibling) ? { code: sibling, match: null, inherited: true } : { code: "unknown", match: null, inherited: false, named: true };
      }
      return { code: r.code, match: null, inherited: true };
    }
  }
  return null;
}

function resolveSubject(c: SubjectContext): Resolved {
  const { q, qi, quantities, resolvedByIndex, f, matcher } = c;
  // "tăng từ 35% lên 45%": both are levels, neither a rise.
  const changeBase = isChangeBase(f, q);
  const perPerson = (q.cls === "vnd" || q.cls === "usd") && PER_PERSON_UNIT.test(f.slice(q.numberEnd, Math.min(f.length, q.end + 8)));
  const s: SubjectScope = { c, changeBase, perPerson };
  const candidates: { m: AliasMatch; rank: number; code: string }[] = [];
  let sectorOfAmount: string | undefined;
  for (const m of c.matches) {
    if (!matcher.allows(m.code, c.sentenceBefore)) continue;
    // "công nghiệp và xây dựng tăng 8%": construction is the second half of another sector's name.
    if (m.code === "construction_growth" && INDUSTRY_AND_BEFORE.test(f.slice(Math.max(0, m.start - 20), m.start))) continue;
    if ((q.cls === "vnd" || q.cls === "usd") && GRDP_PARTS.has(m.code) && m.end <= q.start && !crossesItem(f, m.end, q.start, c.sentenceStart)) sectorOfAmount = m.code;
    const grown = asGrowth(s, m.code, m.end, m.start);
    // A rise of a level or a share the catalog has no growth for ("thuế sản phẩm tăng 10%") is
    // that indicator's growth all the same: a figure of its own, not the level.
    const unit = matcher.byCode.get(m.code)?.unit;
    // So is a percentage after a growth noun ("tốc độ tăng trưởng kinh tế số 20%"): the growth of
    // a share is not the share.
    const lead = f.slice(Math.max(0, m.start - 28), m.start);
    const riseOfOther =
      q.cls === "percent" && !grown && unit !== undefined && unit !== "percent_per_year" && m.end <= q.start && !SHARE_WORDS_BEFORE.test(lead) && (rises(s, m.end) || (unit === "percent" && GROWTH_NOUN_BEFORE.test(lead)));
    const stock = q.fraction ? STOCK_OF[m.code] : undefined;
    const code = riseOfOther ? "unknown" : grown ?? perHead(s, stock && matcher.byCode.has(stock) ? stock : m.code);
    if (code === null || (!riseOfOther && !compatible(code, q, matcher))) continue;
    let rank: number;
    if (m.start < q.start && m.end > q.numberEnd) rank = 3; // "công nhận 12 xã đạt chuẩn…"
    else if (m.start >= q.numberEnd - 1 && followsDirectly(f.slice(q.end, Math.max(q.end, m.start)))) rank = 2; // "8 bác sĩ/vạn dân", "100% xã đạt chuẩn…"
    else if (m.end <= q.start && !crossesItem(f, m.end, q.start, c.sentenceStart) && !opensOwnSubject(f.slice(m.end, q.start))) rank = 1;
    else continue;
    candidates.push({ m, rank, code });
  }
  candidates.sort((a, b) => b.rank - a.rank || (a.rank === 1 ? b.m.end - a.m.end : b.m.length - a.m.length) || b.m.length - a.m.length);
  const best = candidates[0];
  // "đạt 80% kế hoạch", "bằng 104% dự toán": how much of a plan was done, an indicator of its own
  // (`<code>_plan_completion_rate` where the catalog has it), never the indicator itself.
  if (q.cls === "percent" && PLAN_COMPLETION_AFTER.test(f.slice(q.end, q.end + 40)) && !/(?<![a-z])tang(?: truong)?\s*$/.test(c.before.slice(-16))) {
    const named = c.matches.filter((m) => m.end <= q.start || m.start < q.start).sort((a, b) => b.end - a.end)[0];
    const base = named?.code ?? inheritedCode(s);
    // The catalog names a plan's completion after its indicator or the indicator's first word
    // (export_turnover → export_plan_completion_rate).
    const plan = base ? [`${base}_plan_completion_rate`, `${base.split("_")[0]}_plan_completion_rate`].find((p) => matcher.byCode.has(p)) : undefined;
    // "vượt 3% kế hoạch": by how much the plan was beaten, not how much of it was done.
    if (plan && !/(?<![a-z])vuot(?: (?:muc|hon|tren|khoang))?\s*$/.test(c.before.slice(-16)) && !TERM_PLAN_AFTER.test(f.slice(q.end, q.end + 48))) return { code: plan, match: named ?? null, inherited: !named };
    return { code: "unknown", match: null, inherited: false, named: true };
  }
  // A quarter's or some months' figure is none of the yearly indicators.
  if (PART_OF_YEAR.test(afterLastOf(c.sentenceBefore, ";", 120))) return { code: "unknown", match: null, inherited: false, named: true };
  if (best && best.code === "unknown") return { code: "unknown", match: best.m, inherited: false, named: true };
  if (best && WEAK_GROWTH_ALIASES.has(best.m.alias) && !GROWTH_OF_WHAT.test(f.slice(best.m.end, Math.min(f.length, best.m.end + 24)))) {
    // "tốc độ tăng trưởng công nghiệp 12%/năm": the growth of something the words name after it,
    // which no alias knew: not GRDP's.
    return { code: "unknown", match: best.m, inherited: false, named: true };
  }
  if (best && WEAK_GROWTH_ALIASES.has(best.m.alias)) {
    // "tăng trưởng bình quân 16,8%/năm" after "Kim ngạch xuất khẩu": the growth of exports.
    const named = candidates.find((x) => x.rank === 1 && !WEAK_GROWTH_ALIASES.has(x.m.alias) && x.m.end <= best.m.start);
    if (named) {
      const ind = matcher.byCode.get(named.m.code);
      const growth = ind?.unit === "percent_per_year" ? named.m.code : growthOf(named.m.code, matcher);
      if (growth) return { code: growth, match: named.m, inherited: false };
    }
    const inherited = inherit(s);
    if (inherited && matcher.byCode.get(inherited.code)?.unit === "percent_per_year") return inherited;
    // "Ngành du lịch tăng trưởng 15%/năm": a sector or another measure named right before it owns the growth.
    if (OWN_NOUN_BEFORE_GROWTH.test(f.slice(Math.max(c.sentenceStart, best.m.start - 40), best.m.start))) return { code: "unknown", match: best.m, inherited: false, named: true };
    // "tăng trưởng" with no subject: the economy's, most of the time, but a list of sectors says
    // it of each sector too; read as GRDP growth with the confidence of a generic name.
    return { code: best.code, match: best.m, inherited: false, generic: true };
  }
  // "dịch vụ và thuế sản phẩm trừ trợ cấp sản phẩm 36,5%": one share of two parts of GRDP together, neither part's.
  if (best && q.cls === "percent" && GRDP_PARTS.has(best.code) && c.matches.some((m) => m.code !== best.code && GRDP_PARTS.has(m.code) && m.end <= best.m.start && PARTS_JOINED.test(f.slice(m.end, best.m.start))))
    return { code: "unknown", match: best.m, inherited: false, named: true };
  if (best) {
    const others = c.matches.filter((m) => m.code !== best.code && compatible(m.code, q, matcher)).map((m) => ({ m, code: m.code }));
    return { code: best.code, match: best.m, inherited: false, also: coordinated(best, others, f) };
  }
  // "31 giường bệnh/10.000 dân": the rate's noun names it.
  const byNoun = q.cls === "rate10k" && q.noun ? RATE_BY_NOUN[q.noun] : undefined;
  if (byNoun && matcher.byCode.has(byNoun)) return { code: byNoun, match: null, inherited: false };
  // "… bằng 28,5% GRDP": a share of GRDP; of investment only where the words say so.
  if (q.ofGrdp) {
    // "Khu vực nông nghiệp tăng 3%, chiếm 20% GRDP": the sector named for the number before is the share's.
    const previous = inheritedCode(s);
    const sector = previous && (SECTOR_SHARES.has(previous) ? previous : Object.keys(GROWTH_OF).find((share) => GROWTH_OF[share] === previous && SECTOR_SHARES.has(share)));
    if (sector && matcher.byCode.has(sector)) return { code: sector, match: null, inherited: true };
    if (/(?<![a-z])dau tu(?![a-z])/.test(afterLastOf(c.sentenceBefore, ";", 200)) && matcher.byCode.has("social_investment_share_grdp")) return { code: "social_investment_share_grdp", match: null, inherited: false };
    return { code: "unknown", match: null, inherited: false, named: true };
  }
  const inheritedInSentence = inherit(s);
  if (inheritedInSentence) return inheritedInSentence;
  // "công nghiệp tăng 11%", "ngành du lịch tăng trưởng 15%/năm": the growth of a sector the
  // catalog has no code for, a figure to review; "có 15.000 doanh nghiệp": the noun names the count.
  if ((q.cls === "percent" && SECTOR_RISE.test(c.before.slice(-64))) || q.unit === "enterprises") return { code: "unknown", match: null, inherited: false, named: true };
  // "Mặc dù chưa đạt mục tiêu đề ra là trên 10%": the target of what the paragraph spoke of.
  const clause = afterLastOf(c.before, ",;()", 100);
  const reference = TARGET_REFERENCE.exec(clause);
  if (reference && !INDICATOR_HEAD.test(clause.slice(reference.index + reference[0].length))) {
    for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > c.paragraphStart; i--) {
      const r = resolvedByIndex[i];
      if (r && r.code !== "unknown" && compatible(r.code, q, matcher)) return { code: r.code, match: null, inherited: true };
    }
  }
  return { code: "unknown", match: null, inherited: false, sector: sectorOfAmount };
}
