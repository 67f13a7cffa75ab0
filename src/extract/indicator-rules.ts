// What the catalog's aliases do not say about how Vietnamese texts name indicators. These are
// rules of usage, not phrases of particular documents: the wording of growth ("tăng trưởng",
// "tăng"), the sector names with their many separators, the forms a per-capita or a share takes.
// Aliases are folded (no accents); "..." stands for a short gap (the number may sit in it).

export const EXTRA_ALIASES: Record<string, string[]> = {
  grdp_growth: [
    "tang truong kinh te", "kinh te tang truong", "toc do tang truong", "tang truong grdp", "grdp tang",
    "tang grdp", "toc do tang grdp", "toc do tang tong san pham", "tang truong tong san pham",
    "tang truong", "grdp ... tang", "muc tang truong",
    // "GDRP" is a common misspelling of GRDP in the press.
    "tang truong gdrp", "toc do tang truong gdrp", "gdrp tang",
  ],
  grdp_current: [
    "quy mo grdp", "quy mo nen kinh te", "quy mo kinh te", "grdp theo gia hien hanh", "tong san pham tren dia ban theo gia hien hanh",
    "tong san pham tren dia ban",
    // GRDP on its own names the level; its unit decides ("GRDP đạt 240.000 tỷ đồng"), and a rise
    // or a rate per year of it is its growth (GROWTH_OF).
    "grdp", "gdrp",
  ],
  // A province's "GDP" is its GRDP (texts for a general public write GDP).
  grdp_per_capita: [
    "grdp binh quan", "grdp binh quan dau nguoi", "tong san pham tren dia ban binh quan dau nguoi", "grdp/nguoi", "grdp dau nguoi",
    "gdp binh quan dau nguoi", "gdp/nguoi", "gdp dau nguoi",
    // "Tổng sản phẩm bình quân đầu người", "(GRDP - giá hiện hành) bình quân đầu người": the price
    // basis between the name and "per head" does not change what is measured.
    "tong san pham binh quan dau nguoi", "grdp gia hien hanh binh quan dau nguoi", "grdp theo gia hien hanh binh quan dau nguoi",
  ],
  income_per_capita: ["thu nhap binh quan dau nguoi", "thu nhap binh quan"],
  // Statistics name the three sectors "khu vực I, II, III", abbreviated "KV I", "KV.I".
  share_agri: ["nong lam thuy san", "nong lam nghiep va thuy san", "nong lam nghiep thuy san", "nong lam ngu nghiep", "nong lam va thuy san", "khu vuc nong nghiep", "nong nghiep", "kv i", "kv.i"],
  share_industry_construction: ["cong nghiep xay dung", "cong nghiep va xay dung", "khu vuc cong nghiep", "kv ii", "kv.ii"],
  share_services: ["dich vu", "thuong mai dich vu", "khu vuc dich vu", "kv iii", "kv.iii"],
  share_product_tax: ["thue san pham"],
  share_industry_construction_services: ["cong nghiep xay dung va dich vu", "phi nong nghiep", "cong nghiep va dich vu"],
  // Reports abbreviate: XK (xuất khẩu), BHYT, BHXH.
  export_turnover: ["kim ngach xk", "kim ngach xuat khau", "gia tri xuat khau", "xuat khau hang hoa", "xuat khau"],
  budget_revenue: ["thu ngan sach", "thu ngan sach nha nuoc", "ngan sach tren dia ban", "thu nsnn"],
  budget_expenditure: ["chi ngan sach"],
  social_investment: ["von dau tu toan xa hoi", "von dau tu ... toan xa hoi", "von dau tu thuc hien tren dia ban", "von dau tu phat trien", "huy dong von dau tu"],
  industrial_output_growth: ["iip", "chi so san xuat cong nghiep", "chi so san xuat", "san xuat cong nghiep", "cong nghiep ... tang truong", "gia tri san xuat cong nghiep"],
  jobs_created: ["tao viec lam", "giai quyet viec lam", "lao dong duoc tao viec lam"],
  poverty_rate: ["ty le ho ngheo", "ho ngheo", "giam ngheo"],
  trained_labour_rate: ["lao dong qua dao tao"],
  trained_labour_certified_rate: ["bang cap, chung chi", "cap bang, chung chi", "van bang, chung chi"],
  urban_unemployment_rate: ["that nghiep o khu vuc thanh thi", "that nghiep khu vuc thanh thi", "that nghiep thanh thi"],
  clean_water_urban_rate: ["dan so do thi ... nuoc sach", "dan cu do thi ... nuoc sach"],
  clean_water_rural_rate: ["dan so nong thon ... nuoc sach", "dan cu nong thon ... nuoc sach"],
  ntm_commune_share: ["xa dat chuan nong thon moi", "xa nong thon moi", "xa dat chuan ntm"],
  ntm_communes: ["nong thon moi ... xa", "xa nong thon moi", "xa ntm", "xa dat chuan ntm"],
  // "5 xã được công nhận đạt chuẩn nông thôn mới" in a year: the communes recognised that year.
  ntm_communes_recognised: ["xa duoc cong nhan ... nong thon moi", "xa duoc cong nhan ... ntm"],
  domestic_revenue_growth: ["thu noi dia ... tang"],
  budget_revenue_growth: ["thu ngan sach ... tang"],
  // "4 huyện, thị xã hoàn thành nhiệm vụ (, đạt chuẩn) xây dựng nông thôn mới": the official words for a district that meets it.
  ntm_district_count: ["huyen nong thon moi", "huyen dat chuan nong thon moi", "don vi cap huyen dat chuan", "dat huyen nong thon moi", "hoan thanh nhiem vu ... nong thon moi"],
  health_insurance_rate: ["bao hiem y te", "bhyt"],
  social_insurance_rate: ["bao hiem xa hoi", "bhxh"],
  school_standard_rate: ["truong dat chuan quoc gia", "truong ... dat chuan quoc gia"],
  party_org_good_rate: ["to chuc co so dang hoan thanh tot nhiem vu", "to chuc ... dang ... hoan thanh tot nhiem vu"],
  party_member_completion_rate: ["dang vien hoan thanh ... nhiem vu", "dang vien ... hoan thanh ... nhiem vu"],
  new_party_members: ["ket nap ... dang vien moi", "dang vien moi"],
  new_enterprises: ["doanh nghiep thanh lap moi", "doanh nghiep duoc thanh lap moi", "thanh lap moi", "doanh nghiep moi", "thanh lap ... doanh nghiep"],
  total_fertility_rate: ["binh quan ... con", "muc sinh"],
  urbanization_rate: ["ty le do thi hoa", "do thi hoa"],
  tourist_arrivals: ["don ... luot khach", "luot khach", "khach du lich", "luong khach"],
  retail_sales: ["tong muc ban le"],
  // "Tổng thu từ (khách) du lịch": what tourists spend, the tourism revenue of statistics.
  tourism_revenue: ["doanh thu dich vu luu tru", "doanh thu du lich", "doanh thu ... du lich", "tong thu tu du lich", "tong thu tu khach du lich", "thu tu khach du lich", "doanh thu tu du lich"],
  digital_economy_share: ["kinh te so"],
  private_sector_growth: ["tang truong ... kinh te tu nhan"],
  labour_productivity: ["nang suat lao dong"],
  food_output: ["san luong luong thuc"],
  // Household waste of towns ("chất thải rắn sinh hoạt (ở) đô thị") is the urban solid waste collected.
  urban_waste_collection_rate: ["chat thai ran sinh hoat do thi", "chat thai ran sinh hoat o do thi", "chat thai ran sinh hoat tai do thi", "chat thai ran sinh hoat khu vuc do thi"],
  // "Giá trị sản phẩm thu hoạch trên 1 ha đất trồng trọt": any value per hectare of land.
  // "héc-ta" is also written out, with or without its hyphen ("trên một héc-ta", "trên 1 hecta").
  output_per_hectare: ["gia tri ... tren 1 ha", "gia tri ... tren mot ha", "gia tri ... tren 1 hecta", "gia tri ... tren mot hecta", "gia tri ... tren 1 hec ta", "gia tri ... tren mot hec ta", "gia tri ... /ha", "gia tri ... /1 ha"],
  construction_growth: ["xay dung tang", "nganh xay dung tang", "tang truong nganh xay dung"],
};

/**
 * Aliases that name growth without saying of what ("tăng trưởng bình quân 16,8%/năm"): the
 * sector or level named earlier in the sentence decides; on their own they mean GRDP growth.
 */
export const WEAK_GROWTH_ALIASES = new Set(["tang truong", "toc do tang truong", "muc tang truong"]);

/** A percentage "chiếm" after a count of communes is the share they make. */
export const SHARE_OF: Record<string, string> = {
  ntm_communes: "ntm_commune_share",
  ntm_communes_recognised: "ntm_commune_share",
};

/** Indicators whose aliases need a context in the words before the number. */
const NATIONAL_STANDARD = "chuan quoc gia";
export const REQUIRES_BEFORE: Record<string, (before: string) => boolean> = {
  school_standard_rate_primary: (b) => b.includes(NATIONAL_STANDARD),
  school_standard_rate_preschool_secondary: (b) => b.includes(NATIONAL_STANDARD),
  enrolment_nursery_rate: (b) => /huy dong|di hoc|nha tre/.test(b),
  enrolment_kindergarten_rate: (b) => /huy dong|mau giao/.test(b),
  enrolment_primary_rate: (b) => !b.includes(NATIONAL_STANDARD),
  enrolment_lower_secondary_rate: (b) => !b.includes(NATIONAL_STANDARD),
  enrolment_upper_secondary_rate: (b) => !b.includes(NATIONAL_STANDARD),
};

/**
 * "24/147 xã được công nhận nông thôn mới": a count out of all units is how many stand at the
 * standard now (the stock), never the ones recognised in one year (the flow).
 */
export const STOCK_OF: Record<string, string> = {
  ntm_communes_recognised: "ntm_communes",
};

/** A total stated per person ("GRDP đạt 94 triệu đồng/người") is that total per head. */
export const PER_CAPITA_OF: Record<string, string> = {
  grdp_current: "grdp_per_capita",
};

/** A percentage said to be a rise ("tăng 5%") of a level indicator is the growth of that indicator. */
export const GROWTH_OF: Record<string, string> = {
  grdp_current: "grdp_growth",
  budget_revenue: "budget_revenue_growth",
  export_turnover: "export_growth",
  retail_sales: "retail_sales_growth",
  tourist_arrivals: "tourist_arrivals_growth",
  share_agri: "agri_growth",
  share_industry_construction: "industry_construction_growth",
  share_services: "services_growth",
  industrial_output_growth: "industrial_output_growth",
  social_investment: "social_investment_growth",
  labour_productivity: "labour_productivity_growth",
};

/**
 * Amounts that accumulate over a period (money raised or spent, people given jobs, enterprises
 * founded): over a term with no year of their own they are cumulative; over one year, annual.
 */
export const FLOW_INDICATORS = new Set([
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
  "ntm_communes_recognised",
  // Visits and what visitors spend are counted over a span, a year or a term ("trong 5 năm").
  "tourist_arrivals",
  "tourism_revenue",
]);
