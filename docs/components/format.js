// Vietnamese number formats (7,5%; 18.700 tỷ đồng) and the words, colours and symbols of each
// status. A status is always written in words and marked with a symbol, never by colour alone.
const number = new Intl.NumberFormat("vi-VN", {maximumFractionDigits: 2});
const number1 = new Intl.NumberFormat("vi-VN", {maximumFractionDigits: 1});
const integer = new Intl.NumberFormat("vi-VN", {maximumFractionDigits: 0});

export function formatNumber(value, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  const f = digits === 0 ? integer : digits === 1 ? number1 : number;
  return f.format(value);
}

export const UNIT_LABELS = {
  percent: "%",
  percent_per_year: "%/năm",
  pp_per_year: "điểm %/năm",
  million_vnd: "triệu đồng",
  billion_vnd: "tỷ đồng",
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
  years: "năm"
};

/** "7,5%", "18.700 tỷ đồng", "8 /vạn dân". */
export function formatValue(value, unit, digits = 2) {
  if (value === null || value === undefined || !Number.isFinite(value)) return "–";
  const label = UNIT_LABELS[unit] ?? unit ?? "";
  if (unit === "percent" || unit === "percent_per_year") return `${formatNumber(value, digits)}${label}`;
  if (unit && unit.endsWith("_per_year") && !UNIT_LABELS[unit]) return `${formatNumber(value, digits)} ${UNIT_LABELS[unit.replace(/_per_year$/, "")] ?? ""}/năm`;
  return `${formatNumber(value, digits)} ${label}`.trim();
}

const COMPARATOR_WORDS = {gte: "từ", lte: "dưới", eq: "", range: ""};

/** A target as a resolution writes it: "7–7,5%/năm", "trên 92%", "dưới 1%". */
export function formatTarget(row) {
  const unit = row.unit;
  if (row.comparator === "range" && row.target_high !== null && row.target_high !== undefined) {
    return `${formatNumber(row.target_low)}–${formatValue(row.target_high, unit)}`;
  }
  const word = COMPARATOR_WORDS[row.comparator] ?? "";
  return `${word ? word + " " : ""}${formatValue(row.target_low, unit)}`;
}

export const STATUS = {
  achieved: {label: "Đã đạt", symbol: "✔", color: "#1a7f37", order: 0},
  on_track: {label: "Đúng tiến độ", symbol: "▲", color: "#4c9a2a", order: 1},
  needs_acceleration: {label: "Cần tăng tốc", symbol: "◆", color: "#d4a017", order: 2},
  limited_progress: {label: "Tiến triển hạn chế", symbol: "▼", color: "#e07b00", order: 3},
  deteriorating: {label: "Đi lùi", symbol: "✖", color: "#c62828", order: 4},
  no_data: {label: "Chưa đủ số liệu", symbol: "○", color: "#9e9e9e", order: 5}
};
export const STATUS_KEYS = Object.keys(STATUS);

export function statusLabel(status) {
  const s = STATUS[status] ?? STATUS.no_data;
  return `${s.symbol} ${s.label}`;
}

export const KIND_LABELS = {
  level: "mức",
  avg_growth: "tăng bình quân",
  cumulative: "cộng dồn",
  annual: "hằng năm",
  annual_change: "thay đổi mỗi năm"
};

export const ROLE_LABELS = {target: "Chỉ tiêu", actual: "Kết quả"};

/** "2021–2025" for a period, "2025" for a year. */
export function formatPeriod(start, end) {
  if (start === null || start === undefined || start === end) return `${end ?? ""}`;
  return `${start}–${end}`;
}

export function termLabel(row) {
  return `${row.base_year + 1}–${row.target_year}`;
}
