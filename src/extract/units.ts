// The units a figure can carry, as Vietnamese texts write them after the number, read on folded
// text (no accents, lower case). Values keep the unit the text states; a scale the vocabulary
// lacks is converted to the nearest unit that has it (1,42 nghìn tỷ đồng → 1420 billion_vnd).

export type UnitClass = "percent" | "vnd" | "usd" | "count" | "rate10k" | "children" | "years" | "times" | "other";

export interface UnitMatch {
  unit: string;
  factor: number;
  length: number;
  cls: UnitClass;
  /** "%/năm": a rate per year. */
  perYear: boolean;
  /** The count noun, for counts: "xa", "huyen", "doanh nghiep"... */
  noun?: string;
}

interface UnitRule {
  pattern: RegExp;
  unit: string;
  factor?: number;
  cls: UnitClass;
  perYear?: boolean;
  noun?: string;
}

// Longest first: each pattern is anchored at the position right after the number (sticky).
const RULES: UnitRule[] = [
  { pattern: /%\s?\/\s?nam\b/y, unit: "percent_per_year", cls: "percent", perYear: true },
  // "8%năm" is a rate per year; "32% năm 2014" is a percentage of that year.
  { pattern: /%\s?nam\b(?!\s{0,2}\d{4})/y, unit: "percent_per_year", cls: "percent", perYear: true },
  // "giảm 0,6 điểm phần trăm": a change of a rate, in points.
  { pattern: /\s?diem (?:phan tram|%)/y, unit: "percentage_points", cls: "percent" },
  { pattern: /\s?%/y, unit: "percent", cls: "percent" },
  { pattern: /\s?phan tram\b/y, unit: "percent", cls: "percent" },
  { pattern: /\s?trieu ty (?:dong|vnd)\b/y, unit: "billion_vnd", factor: 1e6, cls: "vnd" },
  { pattern: /\s?(?:nghin|ngan) ty (?:dong|vnd)\b/y, unit: "billion_vnd", factor: 1e3, cls: "vnd" },
  { pattern: /\s?(?:nghin|ngan) ty\b/y, unit: "billion_vnd", factor: 1e3, cls: "vnd" },
  { pattern: /\s?t[yi] (?:dong|vnd)\b/y, unit: "billion_vnd", cls: "vnd" },
  { pattern: /\s?trieu (?:dong|vnd)\s?\/\s?lao dong\b/y, unit: "million_vnd_per_worker", cls: "other" },
  { pattern: /\s?trieu (?:dong|vnd)\s?(?:\/|tren)\s?(?:1 |mot )?(?:ha|hecta|hec-ta)\b/y, unit: "million_vnd_per_ha", cls: "other" },
  { pattern: /\s?trieu (?:dong|vnd)(?:\s?\/\s?(?:nguoi|ng|lao dong))?\s?\/\s?thang\b/y, unit: "million_vnd_per_month", cls: "other" },
  { pattern: /\s?trieu (?:dong|vnd)(?:\s?\/\s?(?:nguoi|ng)(?:\s?\/\s?nam)?)?/y, unit: "million_vnd", cls: "vnd" },
  { pattern: /\s?(?:nghin|ngan) (?:dong|vnd)\b/y, unit: "million_vnd", factor: 1e-3, cls: "vnd" },
  // "đô" alone is a dollar only after a scale word ("3 tỷ đô"); on its own it is too many other words.
  { pattern: /\s?t[yi] (?:usd|do la(?: my)?|do my|do)\b/y, unit: "billion_usd", cls: "usd" },
  { pattern: /\s?trieu (?:usd|do la(?: my)?|do my|do)\b/y, unit: "million_usd", cls: "usd" },
  { pattern: /\s?(?:nghin|ngan) (?:usd|do la(?: my)?|do my|do)\b/y, unit: "million_usd", factor: 1e-3, cls: "usd" },
  // Dollars alone: GRDP per capita ("5.200 USD"), kept in the unit the text states.
  { pattern: /\s?(?:usd|do la(?: my)?|do my)\b/y, unit: "usd", cls: "usd" },
  // Đồng alone ("75.000.000 đồng", "100K đồng"), in millions; "đồng bào", "đồng chí" are people
  // (quantities.ts also wants at least 1.000 before a bare "đồng").
  { pattern: /\s?vnd\b/y, unit: "million_vnd", factor: 1e-6, cls: "vnd" },
  { pattern: /\s?dong\b(?! (?:bao|chi|bang|thoi|doi|loat|bo|hanh|nghiep|vien|luc|vat|co|dang|song|ruong|lua|tien|phuc|ho|tham|nai|xu|dang ky|thuan|y))/y, unit: "million_vnd", factor: 1e-6, cls: "vnd" },
  // A rate per 10.000 people names what it counts: the noun says which indicator it is.
  { pattern: /\s?(?:bac si|bac sy)\s?(?:\/|tren)\s?(?:(?:1 |mot )?van|10\.000) (?:nguoi )?dan\b/y, unit: "per_10k_pop", cls: "rate10k", noun: "bac si" },
  { pattern: /\s?(?:giuong benh|giuong)\s?(?:\/|tren)\s?(?:(?:1 |mot )?van|10\.000) (?:nguoi )?dan\b/y, unit: "per_10k_pop", cls: "rate10k", noun: "giuong benh" },
  { pattern: /\s?sinh vien\s?(?:\/|tren)\s?(?:(?:1 |mot )?van|10\.000) (?:nguoi )?dan\b/y, unit: "per_10k_pop", cls: "rate10k", noun: "sinh vien" },
  { pattern: /\s?(?:duoc si|duoc sy|y si|y sy)\s?(?:\/|tren)\s?(?:1 |mot )?van (?:nguoi )?dan\b/y, unit: "per_10k_pop", cls: "rate10k" },
  { pattern: /\s?trieu luot(?: khach| nguoi)?\b/y, unit: "million_visits", cls: "other" },
  { pattern: /\s?(?:nghin|ngan) luot(?: khach| nguoi)?\b/y, unit: "million_visits", factor: 1e-3, cls: "other" },
  { pattern: /\s?luot(?: khach| nguoi)\b/y, unit: "million_visits", factor: 1e-6, cls: "other" },
  // "khách quốc tế 400.000 lượt": a bare "lượt" that ends the phrase counts visits as the larger
  // scales do ("lượt hộ vay", with a noun after it, is no visit).
  { pattern: /\s?luot(?=\s{0,2}(?:[,.;)\n]|$))/y, unit: "million_visits", factor: 1e-6, cls: "other" },
  // Visitors counted without "lượt" ("15 triệu khách du lịch") are visits too.
  { pattern: /\s?trieu (?:du )?khach\b/y, unit: "million_visits", cls: "other" },
  { pattern: /\s?(?:nghin|ngan) (?:du )?khach\b/y, unit: "million_visits", factor: 1e-3, cls: "other" },
  // Millions of tonnes stay in millions, as stated (a port's "380 triệu tấn").
  { pattern: /\s?trieu tan\b/y, unit: "million_tonnes", cls: "other" },
  { pattern: /\s?(?:nghin|ngan) tan\b/y, unit: "tonnes", factor: 1e3, cls: "other" },
  { pattern: /\s?tan\b/y, unit: "tonnes", cls: "other" },
  { pattern: /\s?trieu (?:nguoi|dan)\b/y, unit: "persons", factor: 1e6, cls: "count", noun: "nguoi" },
  { pattern: /\s?(?:nghin|ngan) (?:nguoi|lao dong)\b/y, unit: "persons", factor: 1e3, cls: "count", noun: "nguoi" },
  { pattern: /\s?(?:nghin|ngan) doanh nghiep\b/y, unit: "enterprises", factor: 1e3, cls: "count", noun: "doanh nghiep" },
  { pattern: /\s?doanh nghiep\b/y, unit: "enterprises", cls: "count", noun: "doanh nghiep" },
  // Doctors and beds counted where the subject is their rate ("Số bác sĩ/vạn dân: 15 bác sĩ").
  { pattern: /\s?(?:bac si|bac sy|giuong benh|giuong)\b/y, unit: "persons", cls: "count", noun: "nguoi" },
  // Multiples of a base year ("gấp 2 lần năm 2020"): the year is read after the number.
  { pattern: /\s?lan\b/y, unit: "times", cls: "times" },
  // An age is a quantity only as a lifespan (findQuantities keeps it after "tuổi thọ").
  { pattern: /\s?tuoi\b/y, unit: "years", cls: "years" },
  // Houses built or removed ("xóa 5.000 căn nhà tạm", "xây 300 nhà đại đoàn kết"): a count the
  // unit names, not "nhà máy", "nhà văn hóa" or "nhà đầu tư".
  { pattern: /\s?(?:(?:can|ngoi) nha|can ho|nha (?:o|tam|dot nat|dai doan ket|tinh nghia|tinh thuong|nhan ai))\b/y, unit: "houses", cls: "count", noun: "nha" },
  // Investment projects attracted or licensed ("thu hút 112 dự án FDI").
  { pattern: /\s?du an\b/y, unit: "projects", cls: "count", noun: "du an" },
  { pattern: /\s?(?:don vi cap huyen|huyen)\b/y, unit: "districts", cls: "count", noun: "huyen" },
  { pattern: /\s?xa\b/y, unit: "communes", cls: "count", noun: "xa" },
  // "25.300 lượt lao động": workers counted once per job found, still persons.
  { pattern: /\s?(?:luot lao dong|lao dong|nguoi|dang vien|hoc vien|sinh vien)\b/y, unit: "persons", cls: "count", noun: "nguoi" },
  { pattern: /\s?con\b(?! (?:so|duoi|tren|lai|nhieu|it|khoang|gan|hon|o muc|xuong|\d))/y, unit: "children_per_woman", cls: "children" },
];

// Rules by the first letter of the unit, so that most positions try none or a few patterns.
const RULES_BY_FIRST = new Map<string, UnitRule[]>();
function firstLetters(source: string): string {
  const body = source.replace(/^\\s\?/, "");
  if (!body.startsWith("(?:")) return /^[a-z%]/.test(body) ? body[0] : "abcdefghijklmnopqrstuvwxyz%";
  let depth = 0;
  let out = "";
  let atStart = true;
  for (const ch of body.slice(3)) {
    if (atStart) {
      out += /[a-z%]/.test(ch) ? ch : "abcdefghijklmnopqrstuvwxyz%";
      atStart = false;
    }
    if (ch === "(") depth++;
    else if (ch === ")") {
      if (depth === 0) break;
      depth--;
    } else if (ch === "|" && depth === 0) atStart = true;
  }
  return out;
}

for (const rule of RULES) {
  for (const ch of new Set(firstLetters(rule.pattern.source))) {
    if (!RULES_BY_FIRST.has(ch)) RULES_BY_FIRST.set(ch, []);
    RULES_BY_FIRST.get(ch)!.push(rule);
  }
}

export function matchUnit(folded: string, at: number): UnitMatch | null {
  const first = folded[at] === " " ? folded[at + 1] : folded[at];
  const rules = first === undefined ? undefined : RULES_BY_FIRST.get(first);
  if (!rules) return null;
  for (const rule of rules) {
    rule.pattern.lastIndex = at;
    const m = rule.pattern.exec(folded);
    if (m) {
      return { unit: rule.unit, factor: rule.factor ?? 1, length: m[0].length, cls: rule.cls, perYear: rule.perYear ?? false, noun: rule.noun };
    }
  }
  return null;
}

export const UNIT_CLASS_OF: Record<string, UnitClass> = {
  percent: "percent",
  percent_per_year: "percent",
  pp_per_year: "percent",
  million_vnd: "vnd",
  billion_vnd: "vnd",
  million_usd: "usd",
  billion_usd: "usd",
  persons: "count",
  enterprises: "count",
  communes: "count",
  districts: "count",
  per_10k_pop: "rate10k",
  children_per_woman: "children",
  years: "years",
};
