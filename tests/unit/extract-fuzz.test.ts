// Property and fuzz tests: the extractor never throws, never hangs, and whatever it returns points
// back into the text it was given.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { extractFigures } from "../../src/extract/extract.ts";
import { matcher } from "../helpers/corpus.ts";

const WORDS = [
  "tăng trưởng", "kinh tế", "bình quân", "đạt", "trên", "dưới", "từ", "đến", "năm", "2025", "giai đoạn", "2021 - 2025",
  "tỷ lệ hộ nghèo", "còn", "GRDP", "triệu đồng", "tỷ USD", "%", "%/năm", "xã", "8/8", "(", ")", ";", ",", ".", "\n",
  "phấn đấu", "ước đạt", "Nghị quyết đề ra", "7,5", "10.160,896", "–", "—", "-", "trở lên", "không quá", "giảm",
];
const vietnameseLike = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.integer({ min: 0, max: 99999 }).map(String)), { maxLength: 60 }).map((ws) => ws.join(" "));

function checkInvariants(text: string): void {
  const { figures, skipped } = extractFigures({ name: "fuzz.txt", text, term_start: 2020, term_end: 2025 }, matcher);
  for (const f of figures) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(Number.isFinite(f.value_low)).toBe(true);
    if (f.value_high !== null) expect(f.value_high).toBeGreaterThanOrEqual(f.value_low);
    expect(["target", "actual"]).toContain(f.role);
    expect(f.id).toMatch(/^[0-9a-f]{12}$/);
  }
  for (const s of skipped) expect(s.end).toBeLessThanOrEqual(text.length);
  expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
}

// A sentence holding one known figure, set among random text: the figure must be found whatever
// surrounds it (the noise stays in sentences of its own).
const KNOWN = [
  { text: "Tỷ lệ hộ nghèo giảm còn dưới 2,5%.", code: "poverty_rate", value: 2.5 },
  { text: "Thu nhập bình quân đầu người đạt 95 triệu đồng.", code: "income_per_capita", value: 95 },
  { text: "Kim ngạch xuất khẩu đạt 3,2 tỷ USD.", code: "export_turnover", value: 3.2 },
  { text: "Tỷ lệ che phủ rừng đạt 46%.", code: "forest_cover_rate", value: 46 },
];
const noiseSentence = vietnameseLike.map((s) => s.replace(/[\n.]/g, " ").trim() + ".\n");

describe("fuzz", () => {
  test("a known figure among random sentences is always found", () => {
    fc.assert(
      fc.property(noiseSentence, fc.constantFrom(...KNOWN), noiseSentence, (before, known, after) => {
        const { figures } = extractFigures({ name: "fuzz.txt", text: `${before}${known.text}\n${after}`, term_start: 2020, term_end: 2025 }, matcher);
        expect(figures.filter((f) => f.indicator_code === known.code && f.value_low === known.value)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });
  test("arbitrary Unicode never throws", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), checkInvariants), { numRuns: 300 });
  });
  test("Vietnamese-like text never throws and keeps its invariants", () => {
    fc.assert(fc.property(vietnameseLike, checkInvariants), { numRuns: 500 });
  });
  test("decomposed (NFD) text gives the same figures as composed text", () => {
    fc.assert(
      fc.property(vietnameseLike, (text) => {
        const strip = (t: string) =>
          extractFigures({ name: "x", text: t, term_start: 2020, term_end: 2025 }, matcher).figures.map((f) => [f.indicator_code, f.kind, f.comparator, f.value_low, f.value_high, f.unit, f.year]);
        expect(strip(text.normalize("NFD"))).toEqual(strip(text.normalize("NFC")));
      }),
      { numRuns: 200 },
    );
  });
});
