// Vietnamese number formats (7,5%; 18.700 tỷ đồng; 28/09/2025), units in words, and targets
// written the way the resolution wrote them ("trên 10%", "từ 10% trở lên", "dưới 1%").
// The vocabulary of codes (statuses, regions, kinds…) lives in labels.js and is re-exported here.
export {STATUS, STATUS_KEYS, statusLabel, KIND_LABELS, ROLE_LABELS} from "./labels.js";

const formats = new Map();
function numberFormat(digits) {
  let f = formats.get(digits);
  if (!f) formats.set(digits, (f = new Intl.NumberFormat("vi-VN", {maximumFractionDigits: digits})));
  return f;
}

/** "7,5", "18.700", "–" for a missing value; at most `digits` decimals. */
export function formatNumber(value, digits = 2) {
  if (value === null || value === undefined || typeof value === "boolean") return "–";
  const n = typeof value === "bigint" ? Number(value) : value;
  if (!Number.isFinite(n)) return "–";
  return numberFormat(digits).format(n);
}

/** A year as written, never with a thousands separator. */
export const formatYear = (y) => (y === null || y === undefined || y === "" ? "–" : String(y));

/** "28/09/2025" from "2025-09-28", an epoch time in milliseconds or a Date; other text as is. */
export function formatDate(value) {
  if (value === null || value === undefined || value === "") return "–";
  if (typeof value === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
  }
  const d = value instanceof Date ? value : new Date(Number(value));
  if (Number.isNaN(d.getTime())) return "–";
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
}

export const UNIT_LABELS = {
  percent: "%",
  percent_per_year: "%/năm",
  pp_per_year: "điểm %/năm",
  pp: "điểm %",
  million_vnd: "triệu đồng",
  billion_vnd: "tỷ đồng",
  trillion_vnd: "nghìn tỷ đồng",
  million_usd: "triệu USD",
  billion_usd: "tỷ USD",
  persons: "người",
  enterprises: "doanh nghiệp",
  communes: "xã",
  districts: "huyện",
  per_10k_pop: "/vạn dân",
  children_per_woman: "con/phụ nữ",
  tonnes: "tấn",
  million_visits: "triệu lượt",
  million_vnd_per_worker: "triệu đồng/lao động",
  million_vnd_per_ha: "triệu đồng/ha",
  million_vnd_per_month: "triệu đồng/tháng",
  usd: "USD",
  houses: "căn nhà",
  years: "năm",
  times: "lần",
  index: "chỉ số"
};

/** A unit in words: "tỷ đồng", "%/năm", "người/năm"; an unknown code is never shown. */
export function unitLabel(unit) {
  if (!unit) return "";
  if (UNIT_LABELS[unit]) return UNIT_LABELS[unit];
  const perYear = /^(.*)_per_year$/.exec(unit);
  if (perYear && UNIT_LABELS[perYear[1]]) return `${UNIT_LABELS[perYear[1]]}/năm`;
  // A multiple of a base the extractor names: one year (times_2025) or a whole term's sum (times_2016-2020).
  const base = /^times_(\d{4})(?:-(\d{4}))?$/.exec(unit);
  if (base) return base[2] ? `lần so với giai đoạn ${base[1]}-${base[2]}` : `lần so với năm ${base[1]}`;
  return "đơn vị khác";
}

/** "7,5%", "18.700 tỷ đồng", "8/vạn dân". */
export function formatValue(value, unit, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(Number(value))) return "–";
  const label = unitLabel(unit);
  const n = formatNumber(Number(value), digits);
  if (!label) return n;
  return /^[%/]/.test(label) ? `${n}${label}` : `${n} ${label}`;
}

// Comparator phrases as resolutions write them, looked for just before the target's number
// (and "trở lên"/"trở xuống" just after it). Longer phrases first.
const BEFORE = [
  [/không vượt quá\s*$/, "không vượt quá"],
  [/không quá\s*$/, "không quá"],
  [/tối đa\s*$/, "tối đa"],
  [/không dưới\s*$/, "không dưới"],
  [/không thấp hơn\s*$/, "không thấp hơn"],
  [/ít nhất( là)?\s*$/, "ít nhất"],
  [/tối thiểu\s*$/, "tối thiểu"],
  [/(cao )?hơn\s*$/, "hơn"],
  [/vượt\s*$/, "vượt"],
  [/trên\s*$/, "trên"],
  [/dưới\s*$/, "dưới"],
  [/khoảng\s*$/, "khoảng"],
  [/từ\s*$/, "từ"]
];
const FITS = {gte: ["không dưới", "không thấp hơn", "ít nhất", "tối thiểu", "hơn", "vượt", "trên", "từ"], lte: ["không vượt quá", "không quá", "tối đa", "dưới"], eq: ["khoảng"], range: []};
const FALLBACK = {gte: {before: "ít nhất", after: ""}, lte: {before: "không quá", after: ""}};

/** Vietnamese numbers in a text with their positions: "18.700" is 18700, "7,5" is 7.5. */
export function numbersIn(text) {
  const out = [];
  for (const m of String(text ?? "").matchAll(/\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g)) {
    out.push({value: Number(m[0].replaceAll(".", "").replace(",", ".")), start: m.index, end: m.index + m[0].length});
  }
  return out;
}

/**
 * The comparator as the document wrote it, for a target or figure with a `comparator` code and
 * the `quote` it came from: {before: "trên", after: ""}, {before: "từ", after: "trở lên"}; a
 * decrease written as one ("giảm bình quân 3%/năm" for a change of −3) has `decrease: true`.
 * Without a phrase that fits the code, ≥ is "ít nhất" and ≤ "không quá"; "=" has no words.
 */
export function writtenComparator(row) {
  const code = row.comparator;
  const quote = String(row.quote ?? "").toLowerCase();
  const stated = row.stated_low ?? row.value_low ?? row.target_low;
  const numbers = numbersIn(quote);
  const matches = (n) => stated !== null && stated !== undefined && Math.abs(n.value - Math.abs(stated)) < 1e-9;
  const at = numbers.find(matches) ?? numbers.filter((n) => n.value < 1900 || n.value > 2100).at(-1);
  const decrease = stated < 0 && at !== undefined && /giảm/.test(quote.slice(0, at.start));
  if (at) {
    const before = quote.slice(Math.max(0, at.start - 24), at.start);
    const after = quote.slice(at.end, at.end + 30);
    const tail = /^\s*(%|[^\s\d]{0,12})?\s*(trở lên|trở xuống)/.exec(after)?.[2] ?? "";
    const fits = decrease ? ["từ", "trên", "hơn", "ít nhất", "tối thiểu", "không dưới"] : FITS[code] ?? [];
    for (const [re, words] of BEFORE) {
      if (!re.test(before)) continue;
      if (fits.includes(words)) return {before: words, after: code === "range" ? "" : tail, decrease};
      break;
    }
    if (tail && (code === "gte" || code === "lte")) return {before: "", after: tail, decrease};
    if (decrease) return {before: "", after: "", decrease};
  }
  return {...(FALLBACK[code] ?? {before: "", after: ""}), decrease: false};
}

/** A target as a resolution writes it: "7–7,5%/năm", "trên 92%", "từ 10% trở lên", "dưới 1%", "giảm 3 điểm %/năm". */
export function formatTarget(row, unit = row.unit) {
  const low = row.target_low ?? row.value_low;
  const high = row.target_high ?? row.value_high;
  if (row.comparator === "range" && high !== null && high !== undefined) {
    if (low < 0 && high < 0 && /giảm/.test(String(row.quote ?? "").toLowerCase())) return `giảm ${formatNumber(-high)}–${formatValue(-low, unit)}`;
    return `${formatNumber(low)}–${formatValue(high, unit)}`;
  }
  const {before, after, decrease} = writtenComparator(row);
  return [decrease ? "giảm" : "", before, formatValue(decrease ? -low : low, unit), after].filter(Boolean).join(" ");
}

/** "2021–2025" for a period, "2025" for a year. */
export function formatPeriod(start, end) {
  if (start === null || start === undefined || start === end) return `${end ?? ""}`;
  return `${start}–${end}`;
}

/** The term or plan a target belongs to: "2021–2025", "2026–2030", or one year ("2025"). */
export function termLabel(row) {
  if (row.term_label) return row.term_label;
  const start = row.period_start ?? (row.base_year !== null && row.base_year !== undefined ? row.base_year + 1 : row.target_year);
  return formatPeriod(Math.min(start, row.target_year), row.target_year);
}

/** The unit a target's achieved and required rates are in. */
export const rateUnitOf = (t) => (t.kind === "avg_growth" ? "percent_per_year" : t.rate_unit ?? "percent_per_year");
