// Constructions of whole yearly reports and resolutions, found on the tune half of the unseen
// report set (tests/fixtures/unseen-reports/), each as a rule of usage with sentences written for
// this test (not taken from any document). Every figure of a sentence is checked, in order.
import { describe, expect, test } from "vitest";
import { extractFigures, type DocumentInfo } from "../../src/extract/extract.ts";
import { matcher } from "../helpers/corpus.ts";

type Row = [string, string, string, string, number, number | null, string, number | null, number | null];

const CONGRESS: Omit<DocumentInfo, "text"> = { name: "nghi-quyet.txt", term_start: 2025, term_end: 2030, published: "2025-10-10", doc_type: "party_congress_resolution" };
const PLAN: Omit<DocumentInfo, "text"> = { name: "ke-hoach.txt", term_start: 2026, term_end: 2026, published: "2025-12-12", doc_type: "annual_resolution" };
const RESULTS: Omit<DocumentInfo, "text"> = { name: "ket-qua.txt", term_start: 2025, term_end: 2025, published: "2025-12-20", doc_type: "annual_results_news" };

const rows = (info: Omit<DocumentInfo, "text">, text: string): Row[] =>
  extractFigures({ ...info, text }, matcher).figures.map((f) => [f.role, f.indicator_code, f.kind, f.comparator, f.value_low, f.value_high, f.unit, f.period_start, f.year]);
const check = (info: Omit<DocumentInfo, "text">) => (text: string, expected: Row[]) => expect(rows(info, text)).toEqual(expected);

describe("what tourists spend, and trade through the border gates", () => {
  test.each<[string, Row[]]>([
    ["Tổng thu từ khách du lịch năm 2026 đạt 12.400 tỷ đồng.", [["target", "tourism_revenue", "level", "eq", 12400, null, "billion_vnd", null, 2026]]],
    ["Tổng thu từ du lịch khoảng 9.000 tỷ đồng.", [["target", "tourism_revenue", "level", "eq", 9000, null, "billion_vnd", null, 2026]]],
    // A part of all trade, not the province's export-import turnover.
    ["Kim ngạch xuất nhập khẩu qua cửa khẩu đạt 3,2 tỷ USD.", [["target", "unknown", "level", "eq", 3.2, null, "billion_usd", null, 2026]]],
  ])("%s", check(PLAN));
});

describe("the same value twice in one sentence is two items, not a restatement", () => {
  test("a sector's range equal to the economy's", () => {
    check(CONGRESS)("Kinh tế tăng trưởng bình quân 8 - 8,5%/năm; thuế sản phẩm trừ trợ cấp sản phẩm tăng 8 - 8,5%/năm.", [
      ["target", "grdp_growth", "avg_growth", "range", 8, 8.5, "percent_per_year", 2026, 2030],
      ["target", "unknown", "avg_growth", "range", 8, 8.5, "percent_per_year", 2026, 2030],
    ]);
  });
});
