// What each catalog indicator measures, in a sentence of our own, for its page. An indicator
// without a sentence here gets one built from the catalog (its name, unit, direction and how the
// 34 units' values are formed from the old provinces).
import {unitLabel} from "./format.js";
import {DIRECTION_LABELS, AGGREGATION_LABELS} from "./labels.js";

const DEFINITIONS = {
  grdp_growth: "Tốc độ tăng của tổng sản phẩm trên địa bàn (GRDP) tính theo giá so sánh, so với năm trước. Chỉ tiêu nhiệm kỳ thường đặt tốc độ bình quân năm của cả giai đoạn; chitieu so nó với trung bình nhân các năm đã có số liệu.",
  grdp_current: "Quy mô nền kinh tế của tỉnh: tổng giá trị tăng thêm của mọi ngành cộng thuế sản phẩm trừ trợ cấp sản phẩm, theo giá hiện hành.",
  grdp_per_capita: "GRDP theo giá hiện hành chia cho dân số trung bình của năm.",
  income_per_capita: "Thu nhập bình quân một người một năm của dân cư trên địa bàn, theo khảo sát mức sống hộ gia đình.",
  share_agri: "Phần của khu vực nông, lâm nghiệp và thủy sản trong GRDP theo giá hiện hành. Cục Thống kê công bố bốn thành phần (ba khu vực và thuế sản phẩm); một nghị quyết có thể đặt ba tỷ trọng có hoặc không tính thuế.",
  share_industry_construction: "Phần của khu vực công nghiệp và xây dựng trong GRDP theo giá hiện hành.",
  share_services: "Phần của khu vực dịch vụ trong GRDP theo giá hiện hành.",
  share_product_tax: "Phần của thuế sản phẩm trừ trợ cấp sản phẩm trong GRDP theo giá hiện hành.",
  export_turnover: "Tổng giá trị hàng hóa xuất khẩu của doanh nghiệp trên địa bàn trong năm.",
  trade_turnover: "Tổng giá trị hàng hóa xuất khẩu và nhập khẩu trong năm.",
  budget_revenue: "Tổng thu ngân sách nhà nước trên địa bàn (thu nội địa, thu từ xuất nhập khẩu và các khoản khác) trong năm, hoặc cộng dồn cả giai đoạn khi chỉ tiêu đặt như vậy.",
  budget_expenditure: "Tổng chi ngân sách của địa phương trong năm.",
  social_investment: "Tổng vốn đầu tư thực hiện trên địa bàn từ mọi nguồn: nhà nước, ngoài nhà nước và đầu tư nước ngoài.",
  poverty_rate: "Phần trăm số hộ nghèo theo chuẩn nghèo đa chiều hiện hành trên tổng số hộ. Chuẩn nghèo đổi năm 2021-2022, nên chuỗi trước và sau không so trực tiếp.",
  trained_labour_rate: "Phần trăm lao động đang làm việc đã qua đào tạo, có hoặc không có bằng cấp, chứng chỉ.",
  health_insurance_rate: "Phần trăm dân số có thẻ bảo hiểm y tế.",
  ntm_commune_share: "Phần trăm số xã được công nhận đạt chuẩn nông thôn mới trên tổng số xã.",
  urbanization_rate: "Phần trăm dân số sống ở khu vực thành thị.",
  doctors_per_10k: "Số bác sĩ tính trên mười nghìn dân.",
  hospital_beds_per_10k: "Số giường bệnh tính trên mười nghìn dân.",
  forest_cover_rate: "Phần trăm diện tích có rừng trên tổng diện tích tự nhiên."
};

/** The definition of an indicator (a row of indicators.parquet). */
export function definitionOf(indicator) {
  if (DEFINITIONS[indicator.code]) return DEFINITIONS[indicator.code];
  const unit = unitLabel(indicator.unit);
  return `${indicator.name_vi}${unit ? `, tính bằng ${unit}` : ""}; ${DIRECTION_LABELS[indicator.direction] ?? "không có hướng chung"}.`;
}

/** How the value of a unit formed on 1 July 2025 is obtained from its old provinces. */
export const aggregationOf = (indicator) => AGGREGATION_LABELS[indicator.aggregation] ?? AGGREGATION_LABELS.none;
