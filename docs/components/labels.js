// The words a page shows for each code the pipeline writes. Codes stay in the data and in the
// downloads' code columns; a page shows only these words. A code without words here is shown
// as a neutral phrase ("khác"), never as the code itself.

/** Statuses: ended periods get a verdict, running periods a progress band (docs: Phương pháp). */
export const STATUS = {
  achieved: {label: "Đã đạt", symbol: "✔", color: "#1a7f37", order: 0, bucket: "met"},
  not_achieved: {label: "Không đạt", symbol: "✗", color: "#a31515", order: 1, bucket: "missed"},
  on_track: {label: "Đúng tiến độ", symbol: "▲", color: "#5aa83a", order: 2, bucket: "on_track"},
  needs_acceleration: {label: "Cần tăng tốc", symbol: "◆", color: "#d4a017", order: 3, bucket: "behind"},
  limited_progress: {label: "Tiến triển hạn chế", symbol: "▼", color: "#e07b00", order: 4, bucket: "behind"},
  deteriorating: {label: "Đi lùi", symbol: "↓", color: "#d84315", order: 5, bucket: "behind"},
  no_final_value: {label: "Chưa có số liệu cuối kỳ", symbol: "?", color: "#7e7e9a", order: 6, bucket: "unjudged"},
  no_data: {label: "Chưa đủ số liệu", symbol: "○", color: "#a8a8a8", order: 7, bucket: "unjudged"}
};
export const STATUS_KEYS = Object.keys(STATUS);

/** What an analyst asks first: met, missed, on track, behind, or not yet judgeable. */
export const BUCKETS = {
  met: {label: "Đã đạt", color: STATUS.achieved.color},
  missed: {label: "Không đạt", color: STATUS.not_achieved.color},
  on_track: {label: "Đúng tiến độ", color: STATUS.on_track.color},
  behind: {label: "Chậm tiến độ", color: STATUS.needs_acceleration.color},
  unjudged: {label: "Chưa đánh giá được", color: STATUS.no_data.color}
};
export const BUCKET_KEYS = Object.keys(BUCKETS);
export const bucketOf = (status) => (STATUS[status] ?? STATUS.no_data).bucket;

export function statusLabel(status) {
  const s = STATUS[status] ?? STATUS.no_data;
  return `${s.symbol} ${s.label}`;
}

export const FEASIBILITY = {
  within_record: {label: "Trong tầm (từng đạt thường xuyên)", symbol: "●", color: "#1a7f37"},
  above_median: {label: "Khó (chỉ từng đạt ở năm tốt)", symbol: "◐", color: "#d4a017"},
  never_reached: {label: "Chưa từng đạt", symbol: "○", color: "#a31515"},
  no_history: {label: "Chưa có số liệu lịch sử", symbol: "–", color: "#a8a8a8"}
};
export const feasibilityLabel = (f) => (f && FEASIBILITY[f] ? `${FEASIBILITY[f].symbol} ${FEASIBILITY[f].label}` : "–");

export const KIND_LABELS = {
  level: "mức",
  avg_growth: "tăng bình quân",
  cumulative: "cộng dồn",
  annual: "hằng năm",
  annual_change: "thay đổi mỗi năm"
};

export const ROLE_LABELS = {target: "Chỉ tiêu", actual: "Kết quả"};

export const REGION_LABELS = {
  red_river_delta: "Đồng bằng sông Hồng",
  northern_midlands_mountains: "Trung du và miền núi phía Bắc",
  north_central_central_coast: "Bắc Trung Bộ và duyên hải miền Trung",
  central_highlands: "Tây Nguyên",
  southeast: "Đông Nam Bộ",
  mekong_delta: "Đồng bằng sông Cửu Long"
};

export const GROUP_LABELS = {
  economy: "Kinh tế",
  structure: "Cơ cấu kinh tế",
  finance: "Tài chính, ngân sách",
  social: "Xã hội, lao động",
  rural: "Nông thôn mới",
  health: "Y tế",
  education: "Giáo dục",
  environment: "Môi trường",
  politics: "Xây dựng Đảng"
};

export const DIRECTION_LABELS = {up: "càng cao càng tốt", down: "càng thấp càng tốt", none: "không có hướng chung: theo chỉ tiêu của từng nghị quyết"};

export const AGGREGATION_LABELS = {
  sum: "cộng giá trị các tỉnh cũ",
  grdp_weighted: "bình quân gia quyền theo GRDP của các tỉnh cũ",
  per_capita: "tổng GRDP chia tổng dân số",
  none: "không cộng được: chỉ dùng số của chính đơn vị"
};

/** Status of an actual value as published. */
export const ACTUAL_STATUS_LABELS = {official: "chính thức", estimate: "ước tính", reported: "báo cáo"};

export const SOURCE_KIND_LABELS = {statistics_office: "Cục Thống kê", other: "nguồn khác (báo, cổng thông tin)", document: "văn bản (kết quả báo cáo)", term_result: "kết quả cả giai đoạn"};

const CHOICE_REASONS = {
  "chosen in data/reviews": "người phân tích chọn (data/reviews)",
  "statistics office source": "nguồn của Cục Thống kê",
  "latest published": "công bố sau cùng",
  "first listed": "đứng trước trong tệp",
  "only value": "giá trị duy nhất",
  "same value": "các nguồn cùng giá trị"
};
/** Why a value was chosen among several ("status official" → "số chính thức"). */
export function choiceReasonLabel(reason) {
  if (reason === null || reason === undefined || reason === "") return "";
  if (CHOICE_REASONS[reason]) return CHOICE_REASONS[reason];
  const status = /^status (\w+)$/.exec(reason);
  if (status) return `số ${ACTUAL_STATUS_LABELS[status[1]] ?? "có trạng thái tốt hơn"}`;
  return "theo quy tắc chọn";
}

export const DOC_TYPE_LABELS = {
  party_congress_resolution: "Nghị quyết Đại hội Đảng bộ",
  party_congress_news: "Tin Đại hội Đảng bộ",
  party_congress_news_results: "Tin kết quả Đại hội Đảng bộ",
  party_congress_resolution_briefing_news: "Tin phổ biến nghị quyết Đại hội",
  subordinate_party_congress_news: "Tin đại hội đảng bộ trực thuộc",
  party_committee_conference_news: "Tin hội nghị Ban Chấp hành",
  political_report: "Báo cáo chính trị",
  action_programme: "Chương trình hành động",
  annual_resolution: "Nghị quyết hằng năm",
  annual_plan_news: "Tin kế hoạch năm",
  annual_results_news: "Tin kết quả năm",
  hdnd_5year_plan_resolution: "Nghị quyết HĐND về kế hoạch 5 năm",
  hdnd_5year_report_news: "Tin báo cáo 5 năm của HĐND",
  hdnd_session_news_results: "Tin kỳ họp HĐND",
  conference_news: "Tin hội nghị",
  review_article: "Bài tổng kết",
  term_results_news: "Tin kết quả nhiệm kỳ"
};
export const docTypeLabel = (t) => DOC_TYPE_LABELS[t] ?? "văn bản";

export const MERGE_METHOD_LABELS = {
  reported: "số của chính đơn vị mới",
  same_territory: "giữ nguyên địa giới",
  sum: "cộng các tỉnh cũ",
  grdp_weighted: "gia quyền theo GRDP",
  implied_population: "theo dân số suy ra",
  per_capita: "tổng GRDP chia tổng dân số",
  share_components: "từ các thành phần cộng lại",
  incomplete: "thiếu tỉnh thành phần",
  not_computable: "không tính được"
};

export const BASIS_LABELS = {
  four_components: "bốn thành phần (thuế riêng)",
  three_sectors_taxes_in_services: "ba khu vực, thuế gộp vào dịch vụ",
  three_sectors_without_taxes: "ba khu vực, không tính thuế",
  three_sectors: "ba khu vực",
  incomplete: "thiếu khu vực",
  taxes_not_reported: "không công bố thuế",
  without_taxes: "không tính thuế",
  with_taxes: "có tính thuế"
};
export const basisLabel = (b) => (b ? BASIS_LABELS[b] ?? "khác" : "–");

export const FINAL_BASIS_LABELS = {
  yearly_actuals: "số liệu năm cuối kỳ",
  term_result: "kết quả cả giai đoạn đã công bố",
  document_result: "kết quả báo cáo trong văn bản"
};

export const REVIEW_STATUS_LABELS = {applied: "✔ đã áp dụng", orphaned: "⚠ không còn con số này", superseded: "thay bằng rà soát sau", conflicting: "⚠ mâu thuẫn với rà soát khác"};
export const REVIEW_KIND_LABELS = {"actual choice": "chọn số liệu", figure: "con số trong văn bản"};
export const REVIEW_ACTION_LABELS = {choose: "chọn", confirm: "xác nhận", correct: "sửa", reject: "loại"};

const SECTOR_LABELS = {agri: "Nông, lâm, thủy sản", industry_construction: "Công nghiệp - xây dựng", services: "Dịch vụ", product_tax: "Thuế sản phẩm"};
export const SECTORS = Object.keys(SECTOR_LABELS);
export const sectorLabel = (s) => SECTOR_LABELS[s] ?? "khác";

/** The status reason as a Vietnamese sentence: the pipeline's reason_vi, else the known English reasons translated. */
export function reasonText(row) {
  if (row.reason_vi) return row.reason_vi;
  const reason = row.reason ?? "";
  let m;
  if ((m = /^no actual value between (\d{4}) and (\d{4})$/.exec(reason))) return `Chưa có số liệu thực tế nào từ ${m[1]} đến ${m[2]}.`;
  if ((m = /^no growth rate between (\d{4}) and (\d{4})$/.exec(reason)))
    return m[1] === m[2] ? `Chưa có tốc độ tăng của năm ${m[1]}.` : `Chưa có tốc độ tăng nào từ ${m[1]} đến ${m[2]}.`;
  if ((m = /^one value only \((\d{4})\): two are needed/.exec(reason))) return `Mới có một giá trị (năm ${m[1]}); cần ít nhất hai giá trị để đo tiến độ.`;
  if (!reason) return "";
  return row.status === "no_data" ? "Chưa đủ số liệu để đánh giá." : "";
}

/** The indicators every resolution sets, with the short names a scoreboard header can hold. */
export const HEADLINE_SHORT = {
  grdp_growth: "Tăng trưởng GRDP",
  grdp_per_capita: "GRDP/người",
  grdp_current: "Quy mô GRDP",
  income_per_capita: "Thu nhập/người",
  share_agri: "Tỷ trọng NLTS",
  share_industry_construction: "Tỷ trọng CN-XD",
  share_services: "Tỷ trọng DV",
  export_turnover: "Xuất khẩu",
  budget_revenue: "Thu ngân sách",
  social_investment: "Vốn đầu tư",
  poverty_rate: "Hộ nghèo",
  trained_labour_rate: "Lao động qua đào tạo",
  health_insurance_rate: "Bảo hiểm y tế",
  ntm_commune_share: "Xã nông thôn mới"
};
