var __defProp = Object.defineProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });

// ../../tmp/tp.ts
import { readFileSync as readFileSync2, readdirSync } from "node:fs";

// src/extract/extract.ts
import { createHash } from "node:crypto";

// src/extract/normalize.ts
var SPACE_LIKE = /[\u00a0\u1680\u2000-\u200b\u202f\u205f\u2060\u3000\ufeff\t\v\f]/g;
var CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
var PAGE_NUMBER = /(?<=^|[\s.;)])-\s?\d{1,3}\s?-(?=\s|$)/gm;
var COMBINING = /[\u0300-\u036f]/;
var FOLD = new Uint16Array(65536);
function foldUnit(code) {
  let f = FOLD[code];
  if (f === 0) {
    if (code === 273 || code === 272) f = 100;
    else if (code >= 55296 && code <= 57343) f = 32;
    else {
      const base = String.fromCharCode(code).normalize("NFD")[0].toLowerCase();
      f = base.length === 1 ? base.charCodeAt(0) : 32;
    }
    FOLD[code] = f;
  }
  return f;
}
__name(foldUnit, "foldUnit");
function foldText(clean) {
  const out = new Uint16Array(clean.length);
  for (let i = 0; i < clean.length; i++) out[i] = foldUnit(clean.charCodeAt(i));
  let folded = "";
  for (let i = 0; i < out.length; i += 8192) folded += String.fromCharCode(...out.subarray(i, i + 8192));
  return folded;
}
__name(foldText, "foldText");
function compose(original) {
  if (!COMBINING.test(original)) {
    const origin = new Int32Array(original.length + 1);
    for (let i2 = 0; i2 <= original.length; i2++) origin[i2] = i2;
    return { text: original, origin };
  }
  const cache = /* @__PURE__ */ new Map();
  const parts = [];
  const origins = new Int32Array(original.length + 1);
  let n2 = 0;
  let i = 0;
  while (i < original.length) {
    let j = i + 1;
    while (j < original.length && isMark(original.charCodeAt(j))) j++;
    let composed;
    if (j === i + 1) composed = original[i];
    else {
      const cluster = original.slice(i, j);
      composed = cache.get(cluster) ?? cluster.normalize("NFC");
      cache.set(cluster, composed);
    }
    for (let k = 0; k < composed.length; k++) origins[n2++] = i;
    parts.push(composed);
    i = j;
  }
  origins[n2] = original.length;
  return { text: parts.join(""), origin: origins.slice(0, n2 + 1) };
}
__name(compose, "compose");
var isMark = /* @__PURE__ */ __name((code) => code >= 768 && code <= 879, "isMark");
function prepareText(original) {
  const { text, origin } = compose(original);
  let clean = text.replace(/\r\n?/g, (m) => m.length === 2 ? " \n" : "\n").replace(SPACE_LIKE, " ").replace(CONTROL, " ").replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"').replace(/[\u2018\u2019\u201a]/g, "'").replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\uFFFD/g, " ").replace(PAGE_NUMBER, (m) => " ".repeat(m.length));
  clean = clean.replace(/\n(?=[ ]*[a-zà-ỹđ])/g, " ");
  const folded = foldText(clean);
  return { original, clean, folded, origin };
}
__name(prepareText, "prepareText");
function originalOffset(text, index) {
  return text.origin[Math.max(0, Math.min(index, text.origin.length - 1))];
}
__name(originalOffset, "originalOffset");

// src/extract/numbers.ts
var THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
var DECIMAL_COMMA = /^\d+(?:,\d+)?$/;
var DECIMAL_POINT = /^\d+\.\d{1,2}$/;
function parseVietnameseNumber(token) {
  if (THOUSANDS.test(token)) return Number(token.replaceAll(".", "").replace(",", "."));
  if (DECIMAL_COMMA.test(token)) return Number(token.replace(",", "."));
  if (DECIMAL_POINT.test(token)) return Number(token);
  return null;
}
__name(parseVietnameseNumber, "parseVietnameseNumber");
function tidy(value) {
  return Number(value.toPrecision(12));
}
__name(tidy, "tidy");

// src/extract/units.ts
var RULES = [
  { pattern: /%\s?\/\s?nam\b/y, unit: "percent_per_year", cls: "percent", perYear: true },
  { pattern: /%\s?nam\b/y, unit: "percent_per_year", cls: "percent", perYear: true },
  { pattern: /\s?%/y, unit: "percent", cls: "percent" },
  { pattern: /\s?phan tram\b/y, unit: "percent", cls: "percent" },
  { pattern: /\s?trieu ty (?:dong|vnd)\b/y, unit: "billion_vnd", factor: 1e6, cls: "vnd" },
  { pattern: /\s?(?:nghin|ngan) ty (?:dong|vnd)\b/y, unit: "billion_vnd", factor: 1e3, cls: "vnd" },
  { pattern: /\s?(?:nghin|ngan) ty\b/y, unit: "billion_vnd", factor: 1e3, cls: "vnd" },
  { pattern: /\s?t[yi] (?:dong|vnd)\b/y, unit: "billion_vnd", cls: "vnd" },
  { pattern: /\s?trieu (?:dong|vnd)\s?\/\s?lao dong\b/y, unit: "million_vnd_per_worker", cls: "other" },
  { pattern: /\s?trieu (?:dong|vnd)(?:\s?\/\s?(?:nguoi|ng)(?:\s?\/\s?nam)?)?/y, unit: "million_vnd", cls: "vnd" },
  { pattern: /\s?(?:nghin|ngan) (?:dong|vnd)\b/y, unit: "million_vnd", factor: 1e-3, cls: "vnd" },
  { pattern: /\s?t[yi] (?:usd|do la(?: my)?)\b/y, unit: "billion_usd", cls: "usd" },
  { pattern: /\s?trieu (?:usd|do la(?: my)?)\b/y, unit: "million_usd", cls: "usd" },
  { pattern: /\s?(?:nghin|ngan) (?:usd|do la(?: my)?)\b/y, unit: "million_usd", factor: 1e-3, cls: "usd" },
  { pattern: /\s?(?:bac si|giuong benh|sinh vien|duoc si|y si)\s?(?:\/|tren)\s?(?:1 )?van (?:nguoi )?dan\b/y, unit: "per_10k_pop", cls: "rate10k" },
  { pattern: /\s?(?:bac si|giuong benh|sinh vien)\s?(?:\/|tren)\s?10\.000 (?:nguoi )?dan\b/y, unit: "per_10k_pop", cls: "rate10k" },
  { pattern: /\s?trieu luot(?: khach| nguoi)?\b/y, unit: "million_visits", cls: "other" },
  { pattern: /\s?(?:nghin|ngan) luot(?: khach| nguoi)?\b/y, unit: "million_visits", factor: 1e-3, cls: "other" },
  { pattern: /\s?luot(?: khach| nguoi)\b/y, unit: "million_visits", factor: 1e-6, cls: "other" },
  { pattern: /\s?trieu tan\b/y, unit: "tonnes", factor: 1e6, cls: "other" },
  { pattern: /\s?(?:nghin|ngan) tan\b/y, unit: "tonnes", factor: 1e3, cls: "other" },
  { pattern: /\s?tan\b/y, unit: "tonnes", cls: "other" },
  { pattern: /\s?doanh nghiep\b/y, unit: "enterprises", cls: "count", noun: "doanh nghiep" },
  { pattern: /\s?(?:don vi cap huyen|huyen)\b/y, unit: "districts", cls: "count", noun: "huyen" },
  { pattern: /\s?xa\b/y, unit: "communes", cls: "count", noun: "xa" },
  { pattern: /\s?(?:lao dong|nguoi|dang vien|hoc vien|sinh vien)\b/y, unit: "persons", cls: "count", noun: "nguoi" },
  { pattern: /\s?con\b(?! (?:so|duoi|tren|lai|nhieu|it))/y, unit: "children_per_woman", cls: "children" }
];
var RULES_BY_FIRST = /* @__PURE__ */ new Map();
function firstLetters(source) {
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
__name(firstLetters, "firstLetters");
for (const rule of RULES) {
  for (const ch of new Set(firstLetters(rule.pattern.source))) {
    if (!RULES_BY_FIRST.has(ch)) RULES_BY_FIRST.set(ch, []);
    RULES_BY_FIRST.get(ch).push(rule);
  }
}
function matchUnit(folded, at) {
  const first = folded[at] === " " ? folded[at + 1] : folded[at];
  const rules = first === void 0 ? void 0 : RULES_BY_FIRST.get(first);
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
__name(matchUnit, "matchUnit");
var UNIT_CLASS_OF = {
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
  children_per_woman: "children"
};

// src/extract/quantities.ts
var TOKEN = /\d[\d.,]*/g;
var RANGE_LINK = /\s*(?:-|–|—|den|toi|hoac)\s*/y;
var DIGITS = /\d[\d.,]*/y;
var COMPOUND_MONEY = /\s?t[yi] (\d{1,3}) trieu (usd|dong)\b/y;
var FRACTION = /\/(\d{1,4})\b/y;
var FRACTION_NOUN = /\s?(?:(?:dat|co) )?(xa|don vi cap huyen|huyen)\b/y;
var BARE_ALLOWED_BEFORE = /(?<![a-z])(?:la|dat|co)\s*$/;
var PER_POPULATION_AFTER = /^\s?(?:nguoi )?dan\b/;
var OF_GRDP = /\s?(?:\/\s?grdp|so voi grdp)/y;
var NOT_QUANTITY_BEFORE = /(?:so|thu|lan|khoa|nam|ngay|thang|quy|dieu|khoan|muc|gio|phut|tuoi|nhiem ky|giai doan|\/)\s*$/;
function readToken(folded, at) {
  DIGITS.lastIndex = at;
  const m = DIGITS.exec(folded);
  if (!m) return null;
  const text = m[0].replace(/[.,]+$/, "");
  return { text, end: at + text.length };
}
__name(readToken, "readToken");
function findQuantities(folded) {
  const out = [];
  TOKEN.lastIndex = 0;
  let m;
  let resumeAt = 0;
  while (m = TOKEN.exec(folded)) {
    const start = m.index;
    if (start < resumeAt) continue;
    const prev = start > 0 ? folded[start - 1] : " ";
    if (/[a-z_\-/]/.test(prev) && !(prev === "-" && /\s/.test(folded[start - 2] ?? " "))) continue;
    const token = m[0].replace(/[.,]+$/, "");
    TOKEN.lastIndex = start + token.length;
    if (token.length > 24) continue;
    const low = parseVietnameseNumber(token);
    if (low === null || !Number.isFinite(low)) continue;
    const pos = start + token.length;
    if (PER_POPULATION_AFTER.test(folded.slice(pos, pos + 12)) && /(?:tren|\/)\s*$/.test(folded.slice(Math.max(0, start - 6), start))) continue;
    if (/^(?:19|20)\d\d$/.test(token) && matchUnit(folded, pos) === null) {
      RANGE_LINK.lastIndex = pos;
      const link = RANGE_LINK.exec(folded);
      if (link) TOKEN.lastIndex = pos + link[0].length + 4;
      continue;
    }
    const nextChar = folded[pos] === " " ? folded[pos + 1] : folded[pos];
    if (nextChar === void 0 || !/[a-z%\/\-–—]/.test(nextChar) && !BARE_ALLOWED_BEFORE.test(folded.slice(Math.max(0, start - 5), start))) continue;
    const q = scanAfterNumber(folded, start, pos, low);
    if (q && q.cls === null && !BARE_ALLOWED_BEFORE.test(folded.slice(Math.max(0, start - 5), start))) continue;
    if (q) {
      if (NOT_QUANTITY_BEFORE.test(folded.slice(Math.max(0, start - 14), start)) && q.cls === null) continue;
      out.push(q);
      resumeAt = q.end;
      TOKEN.lastIndex = q.end;
    }
  }
  return out;
}
__name(findQuantities, "findQuantities");
function quantity(start, end, numberEnd, low, high, unit, cls, perYear, ofGrdp, fraction, noun) {
  return { start, end, numberEnd, low, high, unit, cls, perYear, ofGrdp, isRange: high !== null, fraction, noun };
}
__name(quantity, "quantity");
function scanAfterNumber(folded, start, pos, low) {
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
  COMPOUND_MONEY.lastIndex = pos;
  const c = COMPOUND_MONEY.exec(folded);
  if (c) {
    const usd = c[2] === "usd";
    return quantity(start, pos + c[0].length, pos, tidy(low * 1e3 + Number(c[1])), null, usd ? "million_usd" : "million_vnd", usd ? "usd" : "vnd", false, false, false, void 0);
  }
  let unit = matchUnit(folded, pos);
  let numberEnd = pos;
  let high = null;
  const linkAt = unit && unit.cls === "percent" && !unit.perYear ? pos + unit.length : pos;
  RANGE_LINK.lastIndex = linkAt;
  const link = RANGE_LINK.exec(folded);
  if (link) {
    const second = readToken(folded, linkAt + link[0].length);
    const value = second ? parseVietnameseNumber(second.text) : null;
    if (second && value !== null && value >= low) {
      const secondUnit = matchUnit(folded, second.end);
      if (secondUnit && (!unit || unit.unit === secondUnit.unit || unit.cls === secondUnit.cls)) {
        high = value;
        unit = secondUnit;
        numberEnd = second.end;
      }
    }
  }
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
    unit?.noun
  );
}
__name(scanAfterNumber, "scanAfterNumber");

// src/text/fold.ts
var COMBINING_MARKS = /[\u0300-\u036f]/g;
function foldVietnamese(text) {
  return text.normalize("NFD").replace(COMBINING_MARKS, "").replace(/[đĐ]/g, "d").toLowerCase();
}
__name(foldVietnamese, "foldVietnamese");

// src/extract/indicator-rules.ts
var EXTRA_ALIASES = {
  grdp_growth: [
    "tang truong kinh te",
    "kinh te tang truong",
    "toc do tang truong",
    "tang truong grdp",
    "grdp tang",
    "tang grdp",
    "toc do tang grdp",
    "toc do tang tong san pham",
    "tang truong tong san pham",
    "tang truong",
    "grdp ... tang",
    "muc tang truong"
  ],
  grdp_current: [
    "quy mo grdp",
    "quy mo nen kinh te",
    "quy mo kinh te",
    "grdp theo gia hien hanh",
    "tong san pham tren dia ban theo gia hien hanh"
  ],
  grdp_per_capita: ["grdp binh quan dau nguoi", "tong san pham tren dia ban binh quan dau nguoi", "grdp/nguoi", "grdp dau nguoi"],
  income_per_capita: ["thu nhap binh quan dau nguoi", "thu nhap binh quan"],
  share_agri: ["nong lam thuy san", "nong lam nghiep va thuy san", "nong lam nghiep thuy san", "khu vuc nong nghiep", "nong nghiep"],
  share_industry_construction: ["cong nghiep xay dung", "cong nghiep va xay dung", "khu vuc cong nghiep"],
  share_services: ["dich vu", "thuong mai dich vu", "khu vuc dich vu"],
  share_product_tax: ["thue san pham"],
  share_industry_construction_services: ["cong nghiep xay dung va dich vu", "phi nong nghiep", "cong nghiep va dich vu"],
  export_turnover: ["kim ngach xuat khau", "gia tri xuat khau", "xuat khau hang hoa", "xuat khau"],
  budget_revenue: ["thu ngan sach", "thu ngan sach nha nuoc", "ngan sach tren dia ban", "thu nsnn"],
  budget_expenditure: ["chi ngan sach"],
  social_investment: ["von dau tu toan xa hoi", "von dau tu thuc hien tren dia ban", "von dau tu phat trien", "huy dong von dau tu"],
  industrial_output_growth: ["chi so san xuat cong nghiep", "chi so san xuat", "san xuat cong nghiep", "cong nghiep ... tang truong", "gia tri san xuat cong nghiep"],
  construction_growth: ["nganh xay dung ... toc do tang truong"],
  jobs_created: ["tao viec lam", "giai quyet viec lam", "lao dong duoc tao viec lam"],
  poverty_rate: ["ty le ho ngheo", "ho ngheo", "giam ngheo"],
  households_in_mass_org_rate: ["ho co ... doan the"],
  trained_labour_rate: ["lao dong qua dao tao"],
  ntm_commune_share: ["xa dat chuan nong thon moi", "xa nong thon moi", "xa dat chuan ntm"],
  ntm_communes: ["nong thon moi ... xa"],
  domestic_revenue_growth: ["thu noi dia ... tang"],
  budget_revenue_growth: ["thu ngan sach ... tang", "ngan sach tren dia ban ... tang"],
  ntm_communes_recognised: ["cong nhan ... xa dat chuan", "xay dung va cong nhan ... xa"],
  ntm_district_count: ["huyen nong thon moi", "huyen dat chuan nong thon moi", "don vi cap huyen dat chuan", "dat huyen nong thon moi", "huyen dat chuan huyen nong thon moi"],
  health_insurance_rate: ["bao hiem y te"],
  social_insurance_rate: ["bao hiem xa hoi"],
  school_standard_rate: ["truong dat chuan quoc gia", "truong ... dat chuan quoc gia"],
  party_org_good_rate: ["to chuc co so dang hoan thanh tot nhiem vu", "to chuc ... dang ... hoan thanh tot nhiem vu"],
  party_member_completion_rate: ["dang vien hoan thanh ... nhiem vu"],
  new_party_members: ["ket nap ... dang vien moi", "dang vien moi"],
  new_enterprises: ["doanh nghiep thanh lap moi", "doanh nghiep duoc thanh lap moi", "thanh lap moi"],
  total_fertility_rate: ["binh quan ... con", "muc sinh", "phu nu ... co binh quan"],
  urbanization_rate: ["ty le do thi hoa", "do thi hoa"],
  tourist_arrivals: ["don ... luot khach", "luot khach", "du lich don"],
  retail_sales: ["tong muc ban le"],
  tourism_revenue: ["doanh thu dich vu luu tru", "doanh thu du lich"],
  digital_economy_share: ["kinh te so"],
  labour_productivity: ["nang suat lao dong"],
  food_output: ["san luong luong thuc"]
};
var WEAK_GROWTH_ALIASES = /* @__PURE__ */ new Set(["tang truong", "toc do tang truong", "muc tang truong"]);
var SHARE_OF = {
  ntm_communes: "ntm_commune_share",
  ntm_communes_recognised: "ntm_commune_share"
};
var REQUIRES_BEFORE = {
  school_standard_rate_primary: /chuan quoc gia/,
  school_standard_rate_preschool_secondary: /chuan quoc gia/,
  enrolment_nursery_rate: /huy dong|di hoc|nha tre/,
  enrolment_kindergarten_rate: /huy dong|mau giao/,
  enrolment_primary_rate: /^(?![\s\S]*chuan quoc gia)/,
  enrolment_lower_secondary_rate: /^(?![\s\S]*chuan quoc gia)/,
  enrolment_upper_secondary_rate: /^(?![\s\S]*chuan quoc gia)/
};
var GROWTH_OF = {
  grdp_current: "grdp_growth",
  budget_revenue: "budget_revenue_growth",
  export_turnover: "export_growth",
  retail_sales: "retail_sales_growth",
  tourist_arrivals: "tourist_arrivals_growth",
  tourism_revenue: "tourist_arrivals_growth",
  share_agri: "agri_growth",
  share_industry_construction: "industry_construction_growth",
  share_services: "services_growth",
  industrial_output_growth: "industrial_output_growth"
};
var FLOW_INDICATORS = /* @__PURE__ */ new Set([
  "budget_revenue",
  "budget_expenditure",
  "development_investment_expenditure",
  "social_investment",
  "export_turnover",
  "trade_turnover",
  "jobs_created",
  "new_enterprises",
  "new_party_members",
  "overseas_contract_workers",
  "ntm_communes_recognised"
]);

// src/extract/indicators.ts
var SEPARATOR = "[\\s,\\-]+";
var GAP = "[^.;:!?]{1,40}?";
var escape = /* @__PURE__ */ __name((s2) => s2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "escape");
function compileAlias(code, alias) {
  const folded = foldVietnamese(alias).replace(/[–—]/g, "-").trim();
  const parts = folded.split(/\s*\.\.\.\s*/).filter(Boolean);
  if (parts.length === 0) return null;
  const words = parts.map((p) => p.split(/[\s,\-]+/).filter(Boolean));
  const key = words.flat().reduce((a, b) => b.length > a.length ? b : a, "");
  const body = words.map((ws) => ws.map(escape).join(SEPARATOR)).join(GAP);
  return { code, alias: folded, key, regex: new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, "g") };
}
__name(compileAlias, "compileAlias");
var IndicatorMatcher = class _IndicatorMatcher {
  static {
    __name(this, "IndicatorMatcher");
  }
  patterns = [];
  byCode;
  constructor(indicators, patterns) {
    this.byCode = new Map(indicators.map((i) => [i.code, i]));
    if (patterns) {
      this.patterns = patterns;
      return;
    }
    const seen = /* @__PURE__ */ new Set();
    const add = /* @__PURE__ */ __name((code, alias) => {
      const id = `${code}\0${foldVietnamese(alias)}`;
      if (seen.has(id) || !alias.trim()) return;
      seen.add(id);
      const p = compileAlias(code, alias);
      if (p) this.patterns.push(p);
    }, "add");
    for (const ind of indicators) {
      for (const alias of ind.aliases.split("|")) add(ind.code, alias);
      add(ind.code, ind.name_vi);
    }
    for (const [code, aliases] of Object.entries(EXTRA_ALIASES)) {
      if (this.byCode.has(code)) for (const a of aliases) add(code, a);
    }
  }
  /** A matcher holding only the aliases whose key word occurs in this document: cheap windows. */
  forDocument(folded) {
    return new _IndicatorMatcher([...this.byCode.values()], this.patterns.filter((p) => folded.includes(p.key)));
  }
  /** Every alias match inside `window` (folded text), positions relative to the window plus `offset`. */
  matches(window, offset = 0) {
    const out = [];
    for (const p of this.patterns) {
      if (!window.includes(p.key)) continue;
      p.regex.lastIndex = 0;
      let m;
      while (m = p.regex.exec(window)) {
        out.push({ code: p.code, alias: p.alias, start: offset + m.index, end: offset + m.index + m[0].length, length: m[0].length });
        p.regex.lastIndex = m.index + 1;
      }
    }
    return out;
  }
  /** Whether the context before the number allows this code (see REQUIRES_BEFORE). */
  allows(code, before) {
    const rule = REQUIRES_BEFORE[code];
    return !rule || rule.test(before);
  }
};

// src/extract/structure.ts
var ACTUAL_CUES = /(?<![a-z])(?:da dat|dat duoc|uoc dat|uoc tang|uoc tinh|du uoc|ket qua (?:dat duoc|thuc hien|an tuong|quan trong|noi bat)|nhiem ky (?:vua )?qua|(?:\d{1,2}|nhung|may) nam qua|vua qua|thanh tuu|da duy tri|ghi nhan)(?![a-z])/g;
var TARGET_CUES = /(?<![a-z])(?:phan dau|dat ra muc tieu|dat muc tieu|xac dinh muc tieu|muc tieu moi|muc tieu den nam|(?:cac|mot so|\d{1,3}) chi tieu chu yeu (?:nhiem ky|nam|giai doan|cua)|quyet tam|thong nhat thong qua|chi tieu(?: chu yeu)?(?: duoc)? de ra)(?![a-z])/g;
var HEADING_ACTUAL = /ket qua|danh gia|thanh tuu|da dat|dat duoc|tong ket/;
var HEADING_TARGET = /muc tieu|chi tieu|phuong huong|nhiem vu|ke hoach|giai phap|dinh huong|phan dau/;
var PERIOD = /(?:nhiem ky|giai doan|thoi ky|ke hoach|5 nam|nam nam|\()\s*\(?(\d{4})\s*-\s*(\d{4})\)?/g;
var SINGLE_YEAR = /(?<![a-z])nam (\d{4})/;
function periodFromYears(a, b) {
  return { start: b - a >= 5 ? a + 1 : a, end: b };
}
__name(periodFromYears, "periodFromYears");
function findRoleCues(folded) {
  const cues = [];
  for (const [regex, role] of [
    [ACTUAL_CUES, "actual"],
    [TARGET_CUES, "target"]
  ]) {
    regex.lastIndex = 0;
    let m;
    while (m = regex.exec(folded)) {
      if (role === "actual" && /chua\s*$/.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
      cues.push({ at: m.index, role });
    }
  }
  return cues.sort((a, b) => a.at - b.at);
}
__name(findRoleCues, "findRoleCues");
function findHeadings(clean, folded) {
  const out = [];
  let lineStart = 0;
  while (lineStart <= folded.length) {
    let lineEnd = folded.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = folded.length;
    const length = lineEnd - lineStart;
    const line = length <= 400 ? folded.slice(lineStart, lineEnd).trim() : "";
    const short = line.length > 0 && line.length <= 160 && !/[.;:]["*)]*$/.test(line);
    let upper = false;
    if (!short && line.length > 0) {
      const letters = clean.slice(lineStart, lineEnd).replace(/[^\p{L}]/gu, "");
      upper = letters.length > 8 && letters === letters.toUpperCase();
    }
    if ((short || upper) && /[a-z]/.test(line)) {
      const role = HEADING_ACTUAL.test(line) ? "actual" : HEADING_TARGET.test(line) ? "target" : null;
      let period = null;
      PERIOD.lastIndex = 0;
      const p = PERIOD.exec(line);
      if (p) period = periodFromYears(Number(p[1]), Number(p[2]));
      else {
        const y = SINGLE_YEAR.exec(line);
        if (y && role && !/(?:den|vao|toi)\s*$/.test(line.slice(0, y.index))) period = { start: Number(y[1]), end: Number(y[1]) };
      }
      if (role || period) out.push({ start: lineStart, end: lineEnd, role, period });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
__name(findHeadings, "findHeadings");

// src/extract/extract.ts
var MAX_BEFORE = 260;
var MAX_AFTER = 90;
var MAX_SENTENCE = 1500;
var MAX_SKIPPED = 1e3;
var MAX_LOOKBACK = 12;
var GTE_BEFORE = /(?<![a-z])(?:tren|hon|vuot|it nhat|toi thieu|tu|khong duoi|khong thap hon|lon hon)\s*$/;
var LTE_BEFORE = /(?<![a-z])(?:duoi|con duoi|khong qua|toi da|khong vuot qua|thap hon|nho hon)\s*$/;
var GTE_AFTER = /^[^,;.()]{0,12}?(?<![a-z])tro len(?![a-z])/;
var LTE_AFTER = /^[^,;.()]{0,12}?(?<![a-z])tro xuong(?![a-z])/;
var FILLER_BEFORE = /(?:\s|(?<![a-z])(?:dat|la|o muc|muc|khoang|gan|xap xi|chi|con|len|xuong|xuong con|chiem|duoc|ca nam)(?![a-z]))+$/;
var DECREASE_ADJACENT = /(?<![a-z])giam(?:\s+(?:binh quan|moi nam|hang nam|hang nam|tu|tren|duoi|khoang|it nhat|toi thieu|them))*\s*$/;
var DECREASE_LEADING = /(?:^|[\s(;,])(?:keo )?giam(?![a-z])/;
var REMAINING = /(?<![a-z])(?:con|xuong|xuong con|o muc)(?![a-z])/;
var RISE_BETWEEN = /(?<![a-z])tang(?: truong)?(?![a-z])/;
var NOT_RISE_BETWEEN = /(?<![a-z])(?:len|con|chiem|ty trong)(?![a-z])/;
var EACH_YEAR = /(?<![a-z])(?:hang nam|moi nam|hang nam|binh quan moi nam|binh quan hang nam|binh quan hang nam|nam nao cung)(?![a-z])/;
var CUMULATIVE_CUE = /(?<![a-z])(?:\(?\s*5 nam\s*\)?|trong 5 nam|qua 0?5 nam|0?5 nam qua|ca nhiem ky|toan nhiem ky)(?![a-z])/;
var PLAN_COMPLETION_AFTER = /^\s*\*?\s*(?:so voi\s+)?(?:ke hoach|chi tieu|du toan|muc tieu)(?![a-z])/;
var INDICATOR_HEAD = /(?<![a-z])(?:ty le|ty trong|toc do|so luong|so|gia tri|tong|kim ngach|thu|chi|von|san luong|nang suat|muc|quy mo|chi so|doanh thu|binh quan|co cau)(?![a-z])/;
var TARGET_REFERENCE = /(?<![a-z])(?:muc tieu|ke hoach|nghi quyet|chi tieu)(?![a-z])/;
var SURPLUS = /^\s*[,(]?\s*(?:va\s+)?vuot(?:\s+(?:nghi quyet|nq|ke hoach|chi tieu|muc tieu))?(?:\s+(?:tren|khoang|gan|hon))?\s*$/;
var SHARE_LINK = /^[^;.]{0,40}?,?\s*(?:chiem|bang|dat ty le)\s*(?:ty le\s*)?$/;
var LOCAL_TARGET = /(?:nghi quyet|nq|ke hoach|muc tieu|chi tieu)(?: [a-z ]{0,20}?)?(?: de ra| dat ra| giao| dia phuong)?(?: phan dau)?(?: la|:| giao)?\s*(?:tren|duoi|tu|la)?\s*$|(?<![a-z])(?:phan dau|du toan [a-z ]{0,30})\s*(?:dat\s*)?(?:tren|duoi|tu)?\s*$/;
var LOCAL_ACTUAL = /(?<![a-z])(?:uoc dat|dat duoc|da dat|uoc tang|uoc tinh dat|thuc hien dat|thuc te dat)(?![a-z])[^,;()]*$/;
var YEAR_EXPR = /(?<![a-z])(den cuoi nam|vao cuoi nam|cuoi nam|den nam|vao nam|trong nam|nam)\s+(\d{4})(?![\d])(?!\s*-\s*\d{4})/g;
var NOT_YEAR_BEFORE = /(?:so sanh|so voi|chuan|tu|gia|tam nhin(?: den)?)\s*$/;
var PERIOD_EXPR = /(?<![a-z])(?:nhiem ky|giai doan|thoi ky|ke hoach|5 nam|nam nam)?\s*\(?\s*(\d{4})\s*-\s*(\d{4})\s*\)?/g;
var END_OF_TERM = /(?<![a-z])cuoi nhiem ky(?![a-z])/g;
function extractFigures(doc, baseMatcher) {
  const warnings = [];
  if (doc.text.includes("\uFFFD")) warnings.push(`${doc.name}: the text contains replacement characters (invalid UTF-8 was replaced)`);
  const prep = prepareText(doc.text);
  const f = prep.folded;
  const matcher2 = baseMatcher.forDocument(f);
  const quantities = findQuantities(f);
  const sentences = sentenceBoundaries(f);
  const paragraphs = paragraphBoundaries(f);
  const headings = findHeadings(prep.clean, f);
  const cues = findRoleCues(f);
  const times = findTimeExpressions(f);
  const docDefaultRole = /result|review|report|actual|bao cao|ket qua/.test(`${doc.doc_type ?? ""} ${doc.name}`) ? "actual" : "target";
  const metaTerm = doc.term_start && doc.term_end ? periodFromYears(doc.term_start, doc.term_end) : doc.term_end ? { start: doc.term_end, end: doc.term_end } : null;
  const publishedYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
  const figures = [];
  const skipped = [];
  let skippedBeyond = 0;
  const resolvedByIndex = [];
  const seen = /* @__PURE__ */ new Map();
  let prev = null;
  quantities.forEach((q, qi) => {
    const sentence = sentenceAt(sentences, q.start, f.length);
    const beforeStart = Math.max(sentence.start, prev && prev.end > sentence.start ? prev.end : sentence.start, q.start - MAX_BEFORE);
    const before = f.slice(beforeStart, q.start);
    const near = before.slice(-64);
    const clauseTail = afterLastOf(before, ",;()", 100);
    const afterEnd = clauseEnd(f, q.end, Math.min(sentence.end, quantities[qi + 1]?.start ?? f.length, q.end + MAX_AFTER));
    const window = f.slice(beforeStart, afterEnd);
    const matches = matcher2.matches(window, beforeStart);
    const skip = /* @__PURE__ */ __name(() => {
      resolvedByIndex.push(null);
    }, "skip");
    if (!/[a-z]/.test(f.slice(Math.max(sentence.start, q.start - 40), q.start)) && !/[a-z]/.test(f.slice(q.numberEnd, Math.min(q.end + 20, f.length)))) {
      if (skipped.length < MAX_SKIPPED) skipped.push({ start: originalOffset(prep, q.start), end: originalOffset(prep, q.end), quote: prep.clean.slice(q.start, q.end), reason: "no words around the number" });
      else skippedBeyond++;
      return skip();
    }
    if (q.cls === null && !/(?<![a-z])(?:la|dat|co)\s*$/.test(near)) return skip();
    if (SURPLUS.test(before) && prev && prev.end > sentence.start) return skip();
    const next = quantities[qi + 1];
    const countThenShare = q.cls === "count" && next?.cls === "percent" && next.start < sentence.end && SHARE_LINK.test(f.slice(q.end, next.start));
    const sentenceBefore = f.slice(Math.max(sentence.start, q.start - 2 * MAX_BEFORE), q.start);
    const paragraph = paragraphAt(paragraphs, q.start);
    const resolved = resolveIndicator(q, matches, before, sentenceBefore, f, qi, quantities, resolvedByIndex, sentence.start, paragraph, matcher2);
    resolvedByIndex.push(resolved);
    if (q.cls === null && resolved.code === "unknown") {
      resolvedByIndex[qi] = null;
      return;
    }
    prev = q;
    if (countThenShare) return;
    if (resolved.code === "unknown" && !INDICATOR_HEAD.test(afterLastOf(before, ",;:()*", 260))) {
      const s0 = originalOffset(prep, subjectStart(f, beforeStart, q.start));
      const s1 = originalOffset(prep, q.end);
      if (skipped.length < MAX_SKIPPED) skipped.push({ start: s0, end: s1, quote: doc.text.slice(s0, s1).replace(/\s+/g, " ").trim(), reason: "no indicator named before the number" });
      else skippedBeyond++;
      return;
    }
    const indicator = matcher2.byCode.get(resolved.code);
    const role = roleAt(q, clauseTail, headings, cues, docDefaultRole);
    let term = headingPeriodAt(headings, q.start) ?? metaTerm;
    if (role === "actual" && term && term.end > term.start && publishedYear !== null && term.start >= publishedYear) {
      const length = term.end - term.start + 1;
      term = { start: term.start - length, end: term.start - 1 };
    }
    const time = timeFor(q, times, f, sentence, paragraphAt(paragraphs, q.start), afterEnd, term);
    const periodInSentence = time.period;
    const explicitYear = time.year;
    const effectiveTerm = periodInSentence ?? term;
    const catalogUnit = indicator?.unit ?? null;
    const catalogClass = catalogUnit ? UNIT_CLASS_OF[catalogUnit] ?? "other" : null;
    let unit = q.unit ?? catalogUnit ?? "unknown";
    if (catalogUnit === "per_10k_pop") unit = "per_10k_pop";
    if (catalogUnit === "children_per_woman") unit = "children_per_woman";
    const clause = f.slice(Math.max(sentence.start, q.start - 80), Math.min(afterEnd + 20, sentence.end));
    const eachYear = EACH_YEAR.test(q.cls === "percent" ? sentenceBefore : before) || EACH_YEAR.test(f.slice(q.end, afterEnd));
    const cumulativeCue = CUMULATIVE_CUE.test(clause) || periodInSentence !== void 0 && explicitYear === void 0;
    let kind = "level";
    const isGrowth = catalogUnit === "percent_per_year" || catalogUnit === null && q.perYear;
    const isFlow = FLOW_INDICATORS.has(resolved.code) || q.cls === "count" && /(?<![a-z])them(?![a-z])/.test(before);
    if (q.cls === "percent" && isGrowth) {
      kind = "avg_growth";
      unit = "percent_per_year";
    } else if (q.cls === "percent" && (catalogClass === "percent" || catalogUnit === null) && (q.perYear || eachYear && DECREASE_LEADING.test(before))) {
      kind = "annual_change";
      unit = "pp_per_year";
    } else if (q.cls === "percent" && eachYear) {
      kind = "annual";
    } else if (isFlow && eachYear) {
      kind = "annual";
    } else if (isFlow && q.cls === "count" && explicitYear !== void 0 && !periodInSentence) {
      kind = "annual";
    } else if (isFlow && explicitYear === void 0 && effectiveTerm) {
      const oneYear = effectiveTerm.start === effectiveTerm.end;
      if (oneYear) kind = q.cls === "count" ? "annual" : "level";
      else if (cumulativeCue || role === "actual" || q.cls === "count") kind = "cumulative";
    }
    let periodStart = null;
    let year = null;
    if (kind === "level") {
      year = explicitYear ?? (time.endOfTerm ? effectiveTerm?.end : void 0) ?? time.paragraphYear ?? effectiveTerm?.end ?? null;
    } else if (kind === "avg_growth") {
      const ownYear = explicitYear !== void 0 && time.yearAt !== void 0 && (time.yearAt > q.start || !/[,;]/.test(f.slice(time.yearEnd ?? time.yearAt, q.start)) || /^[\s\-*•]*(?:[a-z]+ ){0,2}$/.test(f.slice(sentence.start, time.yearAt)));
      const single = (ownYear ? explicitYear : void 0) ?? (time.endOfTerm ? effectiveTerm?.end : void 0) ?? (effectiveTerm && effectiveTerm.start === effectiveTerm.end && !periodInSentence ? time.paragraphYear : void 0);
      if (single !== void 0 && !periodInSentenceIsCloser(time)) {
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
    if (role === "actual" && publishedYear !== null && year !== null && year > publishedYear) {
      const shift = year - (lastYearBefore(times, q.start, publishedYear) ?? publishedYear);
      year -= shift;
      if (periodStart !== null) periodStart -= shift;
    }
    const tail = near.replace(FILLER_BEFORE, (m) => /(?<![a-z])(?:con|xuong)/.test(m) ? " con " : " ");
    let comparator = "eq";
    if (q.isRange) comparator = "range";
    else if (LTE_BEFORE.test(tail.trimEnd() + " ") || LTE_BEFORE.test(near)) comparator = "lte";
    else if (GTE_BEFORE.test(tail.trimEnd())) comparator = "gte";
    const afterText = f.slice(q.end, afterEnd);
    if (!q.isRange && GTE_AFTER.test(afterText)) comparator = "gte";
    if (!q.isRange && LTE_AFTER.test(afterText)) comparator = "lte";
    let low = q.low;
    let high = q.high;
    const decrease = DECREASE_ADJACENT.test(near) || kind === "annual_change" && DECREASE_LEADING.test(before) && !REMAINING.test(before.slice(before.search(DECREASE_LEADING)));
    if (decrease && !REMAINING.test(before.slice(-12))) {
      [low, high] = high === null ? [-low, null] : [-high, -low];
      if (comparator === "gte") comparator = "lte";
      else if (comparator === "lte") comparator = "gte";
    }
    let quoteStart = resolved.match && resolved.match.start < q.start ? resolved.match.start : subjectStart(f, beforeStart, q.start);
    let quoteEnd = Math.max(q.end, resolved.match && resolved.match.end > q.end ? resolved.match.end : q.end);
    if (comparator === "gte" && GTE_AFTER.test(afterText)) quoteEnd = q.end + (afterText.match(GTE_AFTER)?.[0].length ?? 0);
    ({ start: quoteStart, end: quoteEnd } = trimSpan(prep.clean, quoteStart, quoteEnd));
    const start = originalOffset(prep, quoteStart);
    const end = originalOffset(prep, quoteEnd);
    const quote = doc.text.slice(start, end).replace(/\s+/g, " ").trim();
    const subject = resolved.match ? prep.clean.slice(resolved.match.start, resolved.match.end) : lastWords(prep.clean.slice(beforeStart, q.start), 12);
    const figure = {
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
      confidence: confidenceOf(resolved, q)
    };
    const key = [figure.role, figure.indicator_code, low, high, unit, year].join("|");
    const earlier = seen.get(key);
    if (earlier) {
      if (earlier.comparator === "eq" && comparator !== "eq") earlier.comparator = comparator;
      return;
    }
    seen.set(key, figure);
    figure.id = createHash("sha1").update(`${doc.name}\0${key}`).digest("hex").slice(0, 12);
    figures.push(figure);
  });
  if (skippedBeyond > 0) warnings.push(`${doc.name}: ${skippedBeyond} more numbers not read as figures are not listed`);
  return { figures, skipped, warnings };
}
__name(extractFigures, "extractFigures");
function confidenceOf(resolved, q) {
  if (resolved.code === "unknown") return 0.3;
  let c = resolved.inherited ? 0.7 : 0.9;
  if (q.cls === null) c -= 0.1;
  return c;
}
__name(confidenceOf, "confidenceOf");
function compatible(code, q, matcher2) {
  const ind = matcher2.byCode.get(code);
  if (!ind) return false;
  const cls = UNIT_CLASS_OF[ind.unit] ?? "other";
  if (q.cls === null) return cls === "rate10k" || cls === "children";
  if (cls === "rate10k") return q.cls === "rate10k" || q.cls === "count" && q.noun === "nguoi";
  if (cls === "other") return q.unit === ind.unit;
  if (cls === "count") return q.cls === "count";
  return cls === q.cls;
}
__name(compatible, "compatible");
function growthOf(code, matcher2) {
  const g = GROWTH_OF[code];
  return g && matcher2.byCode.has(g) ? g : null;
}
__name(growthOf, "growthOf");
function resolveIndicator(q, matches, before, sentenceBefore, f, qi, quantities, resolvedByIndex, sentenceStart, paragraphStart, matcher2) {
  const rises = /* @__PURE__ */ __name((from) => {
    const between = f.slice(from, q.start);
    return RISE_BETWEEN.test(between) && !NOT_RISE_BETWEEN.test(between);
  }, "rises");
  const asGrowth = /* @__PURE__ */ __name((code, from) => {
    if (q.cls !== "percent") return null;
    const ind = matcher2.byCode.get(code);
    if (!ind || ind.unit === "percent_per_year") return null;
    if (!rises(from)) return null;
    return growthOf(code, matcher2);
  }, "asGrowth");
  const candidates = [];
  for (const m of matches) {
    if (!matcher2.allows(m.code, sentenceBefore)) continue;
    const grown = asGrowth(m.code, m.end);
    const code = grown ?? m.code;
    if (!compatible(code, q, matcher2)) continue;
    let rank;
    if (m.start < q.start && m.end > q.numberEnd) rank = 3;
    else if (m.start >= q.numberEnd - 1 && followsDirectly(f.slice(q.end, Math.max(q.end, m.start)))) rank = 2;
    else if (m.end <= q.start) rank = 1;
    else continue;
    candidates.push({ m, rank, code });
  }
  candidates.sort((a, b) => b.rank - a.rank || (a.rank === 1 ? b.m.end - a.m.end : b.m.length - a.m.length) || b.m.length - a.m.length);
  const best = candidates[0];
  const inherit = /* @__PURE__ */ __name(() => {
    for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > sentenceStart; i--) {
      const r = resolvedByIndex[i];
      if (!r || r.code === "unknown") continue;
      const grown = asGrowth(r.code, quantities[i].end);
      if (grown && compatible(grown, q, matcher2)) return { code: grown, match: null, inherited: true };
      const share = q.cls === "percent" ? SHARE_OF[r.code] : void 0;
      if (share && matcher2.byCode.has(share)) return { code: share, match: null, inherited: true };
      if (compatible(r.code, q, matcher2)) return { code: r.code, match: null, inherited: true };
    }
    return null;
  }, "inherit");
  if (q.cls === "percent" && PLAN_COMPLETION_AFTER.test(f.slice(q.end, q.end + 40))) {
    const covering = candidates.find((c) => c.rank === 3 && matcher2.byCode.get(c.code)?.code.endsWith("_plan_completion_rate"));
    return covering ? { code: covering.code, match: covering.m, inherited: false } : { code: "unknown", match: null, inherited: false };
  }
  if (best && WEAK_GROWTH_ALIASES.has(best.m.alias)) {
    const named = candidates.find((c) => c.rank === 1 && !WEAK_GROWTH_ALIASES.has(c.m.alias) && c.m.end <= best.m.start);
    if (named) {
      const ind = matcher2.byCode.get(named.m.code);
      const growth = ind?.unit === "percent_per_year" ? named.m.code : growthOf(named.m.code, matcher2);
      if (growth) return { code: growth, match: named.m, inherited: false };
    }
    const inherited = inherit();
    if (inherited && matcher2.byCode.get(inherited.code)?.unit === "percent_per_year") return inherited;
    return { code: best.code, match: best.m, inherited: false };
  }
  if (best) return { code: best.code, match: best.m, inherited: false };
  if (q.ofGrdp && matcher2.byCode.has("social_investment_share_grdp")) return { code: "social_investment_share_grdp", match: null, inherited: false };
  const inheritedInSentence = inherit();
  if (inheritedInSentence) return inheritedInSentence;
  if (TARGET_REFERENCE.test(afterLastOf(before, ",;()", 100))) {
    for (let i = qi - 1; i >= Math.max(0, qi - MAX_LOOKBACK) && quantities[i].end > paragraphStart; i--) {
      const r = resolvedByIndex[i];
      if (r && r.code !== "unknown" && compatible(r.code, q, matcher2)) return { code: r.code, match: null, inherited: true };
    }
  }
  return { code: "unknown", match: null, inherited: false };
}
__name(resolveIndicator, "resolveIndicator");
function followsDirectly(between) {
  return /^[^,;:.()]{0,8}$/.test(between) && !/(?<![a-z])(?:va|hoac|voi|con|dat|la|nam)(?![a-z])/.test(between);
}
__name(followsDirectly, "followsDirectly");
function roleAt(q, clauseTail, headings, cues, fallback) {
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
__name(roleAt, "roleAt");
function headingPeriodAt(headings, at) {
  let period = null;
  for (const h of headings) {
    if (h.start > at) break;
    if (h.period) period = h.period;
  }
  return period;
}
__name(headingPeriodAt, "headingPeriodAt");
function findTimeExpressions(f) {
  const out = [];
  YEAR_EXPR.lastIndex = 0;
  let m;
  while (m = YEAR_EXPR.exec(f)) {
    if (NOT_YEAR_BEFORE.test(f.slice(Math.max(0, m.index - 14), m.index))) continue;
    const y = Number(m[2]);
    if (y < 1945 || y > 2100) continue;
    out.push({ at: m.index, end: m.index + m[0].length, year: y });
  }
  PERIOD_EXPR.lastIndex = 0;
  while (m = PERIOD_EXPR.exec(f)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a < 1945 || b > 2100 || b <= a || b - a > 10) continue;
    if (/chuan\s*$/.test(f.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push({ at: m.index, end: m.index + m[0].length, period: periodFromYears(a, b) });
  }
  END_OF_TERM.lastIndex = 0;
  while (m = END_OF_TERM.exec(f)) out.push({ at: m.index, end: m.index + m[0].length, endOfTerm: true });
  return out.sort((a, b) => a.at - b.at);
}
__name(findTimeExpressions, "findTimeExpressions");
function periodInSentenceIsCloser(t) {
  return t.period !== void 0 && t.periodAt !== void 0 && (t.yearAt === void 0 || t.periodAt > t.yearAt);
}
__name(periodInSentenceIsCloser, "periodInSentenceIsCloser");
function insideClosedParenthesis(f, from, at, to) {
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
__name(insideClosedParenthesis, "insideClosedParenthesis");
function timeFor(q, times, f, sentence, para, clauseEnd2, term) {
  const ctx = {};
  for (const t of times) {
    if (t.at < q.end) continue;
    if (t.at >= clauseEnd2) break;
    if (/(?<![a-z])(?:dat|la)(?![a-z])/.test(f.slice(t.end, clauseEnd2))) break;
    if (t.year !== void 0 && ctx.year === void 0) {
      ctx.year = t.year;
      ctx.yearAt = t.at;
      ctx.yearEnd = t.end;
    }
    if (t.endOfTerm) ctx.endOfTerm = true;
  }
  for (let i = lowerBound(times, q.start) - 1; i >= 0; i--) {
    const t = times[i];
    if (t.at < sentence.start) break;
    if (t.end > q.start) continue;
    if (insideClosedParenthesis(f, sentence.start, t.at, q.start)) continue;
    if (t.year !== void 0 && ctx.year === void 0 && ctx.period === void 0) {
      ctx.year = t.year;
      ctx.yearAt = t.at;
      ctx.yearEnd = t.end;
    }
    if (t.period && ctx.period === void 0) {
      ctx.period = t.period;
      ctx.periodAt = t.at;
    }
    if (t.endOfTerm && ctx.year === void 0) ctx.endOfTerm = true;
  }
  if (ctx.year === void 0) {
    for (let i = lowerBound(times, sentence.start) - 1; i >= 0; i--) {
      const t = times[i];
      if (t.at < para) break;
      if (t.year !== void 0 && !insideClosedParenthesis(f, para, t.at, sentence.start)) {
        if (!term || t.year >= term.start - 1 && t.year <= term.end) ctx.paragraphYear = t.year;
        break;
      }
      if (t.period) break;
    }
  }
  return ctx;
}
__name(timeFor, "timeFor");
function lastYearBefore(times, at, notAfter) {
  for (let i = lowerBound(times, at) - 1; i >= 0; i--) {
    const y = times[i].year;
    if (y !== void 0 && y <= notAfter) return y;
  }
  return void 0;
}
__name(lastYearBefore, "lastYearBefore");
function lowerBound(times, at) {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (times[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
__name(lowerBound, "lowerBound");
function sentenceBoundaries(f) {
  const starts = [0];
  let last = 0;
  for (let i = 0; i < f.length; i++) {
    const ch = f[i];
    let boundary = false;
    if (ch === "\n") boundary = true;
    else if ((ch === "." || ch === "!" || ch === "?") && (f[i + 1] === " " || f[i + 1] === "\n")) {
      boundary = !/(?:^|[\s(])[a-z]{1,2}$/.test(f.slice(Math.max(0, i - 3), i));
    } else if (i - last > MAX_SENTENCE && (ch === " " || i - last > 2 * MAX_SENTENCE)) boundary = true;
    if (boundary) {
      starts.push(i + 1);
      last = i + 1;
    }
  }
  return starts;
}
__name(sentenceBoundaries, "sentenceBoundaries");
function paragraphBoundaries(f) {
  const starts = [0];
  for (let i = f.indexOf("\n"); i >= 0; i = f.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}
__name(paragraphBoundaries, "paragraphBoundaries");
function paragraphAt(starts, at) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(starts[lo], at - 4e3);
}
__name(paragraphAt, "paragraphAt");
function sentenceAt(starts, at, length) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return { start: starts[lo], end: lo + 1 < starts.length ? starts[lo + 1] - 1 : length };
}
__name(sentenceAt, "sentenceAt");
function clauseEnd(f, from, limit) {
  for (let i = from; i < limit; i++) {
    const ch = f[i];
    if (ch === "," || ch === ";" || ch === ":" || ch === "(" || ch === ")" || ch === "\n") return i;
    if (ch === "." && !/\d/.test(f[i + 1] ?? "")) return i;
  }
  return limit;
}
__name(clauseEnd, "clauseEnd");
function afterLastOf(text, marks, max) {
  const floor = Math.max(0, text.length - max);
  for (let i = text.length - 1; i >= floor; i--) if (marks.includes(text[i])) return text.slice(i + 1);
  return text.slice(floor);
}
__name(afterLastOf, "afterLastOf");
function subjectStart(f, from, to) {
  for (let i = to - 1; i > from; i--) if (/[,;:(]/.test(f[i])) return i + 1;
  return from;
}
__name(subjectStart, "subjectStart");
function trimSpan(clean, start, end) {
  while (start < end && /[\s,;:.\-–—(*"'•+]/.test(clean[start])) start++;
  while (end > start && /[\s,;:.\-–—("'*]/.test(clean[end - 1])) end--;
  return { start, end };
}
__name(trimSpan, "trimSpan");
function lastWords(text, n2) {
  return text.split(/[,;:()]/).pop().trim().split(/\s+/).slice(-n2).join(" ");
}
__name(lastWords, "lastWords");

// tests/helpers/corpus.ts
import { parse as parse2 } from "csv-parse/sync";

// src/ingest/catalog.ts
import { z } from "zod";

// src/ingest/csv.ts
import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";

// src/ingest/problems.ts
var Problem = class {
  constructor(file, line, column, found, expected) {
    this.file = file;
    this.line = line;
    this.column = column;
    this.found = found;
    this.expected = expected;
  }
  file;
  line;
  column;
  found;
  expected;
  static {
    __name(this, "Problem");
  }
  toString() {
    return `${this.file}:${this.line}:${this.column}: found ${this.found}; expected ${this.expected}`;
  }
};

// src/ingest/csv.ts
function detectDelimiter(text) {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}
__name(detectDelimiter, "detectDelimiter");
function parseCsvText(file, raw, problems) {
  const text = raw.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(text);
  let rows;
  try {
    rows = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false
    });
  } catch (error) {
    const e = error;
    problems.push(new Problem(file, e.lines ?? 1, 1, `${e.code ?? "CSV"}: ${e.message.split("\n")[0]}`, "well-formed CSV"));
    return { file, header: [], records: [], delimiter };
  }
  if (rows.length === 0) {
    problems.push(new Problem(file, 1, 1, "the file is empty", "a header row"));
    return { file, header: [], records: [], delimiter };
  }
  const header = rows[0].record.map((h) => h.trim().normalize("NFC").toLowerCase());
  const records = [];
  let previousEnd = rows[0].info.lines;
  for (const { record, info } of rows.slice(1)) {
    const line = previousEnd + 1;
    previousEnd = info.lines;
    if (record.every((v) => v.trim() === "")) continue;
    if (record.length !== header.length) {
      problems.push(
        new Problem(
          file,
          line,
          Math.min(record.length, header.length) + 1,
          `${record.length} columns`,
          `${header.length} columns as in the header (${header.join(delimiter)}); a value that contains "${delimiter}" must be quoted`
        )
      );
      continue;
    }
    const values = {};
    header.forEach((h, i) => values[h] = record[i].trim().normalize("NFC"));
    records.push({ line, values });
  }
  return { file, header, records, delimiter };
}
__name(parseCsvText, "parseCsvText");
function readCsvFile(file, problems) {
  let raw;
  try {
    raw = readFileSync(file, "utf8");
  } catch (error) {
    problems.push(new Problem(file, 1, 1, error.message, "a readable file"));
    return { file, header: [], records: [], delimiter: "," };
  }
  return parseCsvText(file, raw, problems);
}
__name(readCsvFile, "readCsvFile");
function columnOf(table, name) {
  const i = table.header.indexOf(name);
  return i < 0 ? 1 : i + 1;
}
__name(columnOf, "columnOf");

// src/ingest/catalog.ts
var UNITS = [
  "percent",
  "percent_per_year",
  "pp_per_year",
  "million_vnd",
  "billion_vnd",
  "million_usd",
  "billion_usd",
  "persons",
  "enterprises",
  "communes",
  "districts",
  "per_10k_pop",
  "children_per_woman",
  // Beyond the gold vocabulary, for indicators of the current term's reports.
  "tonnes",
  "million_visits",
  "million_vnd_per_worker"
];
var indicatorSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, "a lower-case code such as grdp_growth"),
  group: z.string().min(1, "a group name"),
  name_vi: z.string().min(1, "a Vietnamese name"),
  name_en: z.string().min(1, "an English name"),
  unit: z.enum(UNITS, "one of the catalog units (" + UNITS.join(", ") + ")"),
  direction: z.enum(["up", "down", "none"], "up, down or none"),
  aliases: z.string()
});
var provinceSchema = z.object({
  code: z.string().regex(/^\d{2}$/, "a two-digit statistics office code"),
  name_vi: z.string().min(1, "a Vietnamese name"),
  name_en: z.string().min(1, "an English name"),
  region: z.string().min(1, "a region"),
  unit_2025: z.string().min(1, "the name of the 2025 unit"),
  unit_2025_code: z.string().regex(/^\d{2}$/, "a two-digit code of the 2025 unit")
});
var optionalYear = z.string().regex(/^(\d{4})?$/, "a four-digit year or nothing").transform((s2) => s2 === "" ? null : Number(s2));
var documentSchema = z.object({
  file: z.string().min(1, "a file name under documents/"),
  province: z.string().min(1, "a province name"),
  province_code: z.string().regex(/^\d{1,2}$/, "a statistics office code").transform((s2) => s2.padStart(2, "0")),
  units: z.enum(["63", "34"], "63 (the provinces before 1 July 2025) or 34 (the units after)"),
  doc_type: z.string(),
  published: z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, "a date YYYY-MM-DD or nothing"),
  term_start: optionalYear,
  term_end: optionalYear,
  publisher: z.string(),
  title: z.string(),
  source_url: z.string()
});
function validateTable(table, schema, problems) {
  const out = [];
  for (const record of table.records) {
    const result = schema.safeParse(record.values);
    if (result.success) {
      out.push(result.data);
      continue;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      const found = field in record.values ? JSON.stringify(record.values[field]) : `no column "${field}"`;
      problems.push(new Problem(table.file, record.line, columnOf(table, field), `${found} in column "${field}"`, issue.message));
    }
  }
  return out;
}
__name(validateTable, "validateTable");
function readIndicators(file, problems) {
  return validateTable(readCsvFile(file, problems), indicatorSchema, problems);
}
__name(readIndicators, "readIndicators");

// tests/helpers/corpus.ts
var matcher = new IndicatorMatcher(readIndicators("data/catalog/indicators.csv", []));

// ../../tmp/tp.ts
var docs = readdirSync("data/documents").map((f) => readFileSync2("data/documents/" + f, "utf8"));
var bytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);
var reps = Math.ceil((5 << 20) / bytes);
var t0 = performance.now();
var n = 0;
for (let r = 0; r < reps; r++) for (const d of docs) n += extractFigures({ name: "x", text: d }, matcher).figures.length;
var s = (performance.now() - t0) / 1e3;
console.log((bytes * reps / 1048576 / s).toFixed(2), "MB/s", n);
