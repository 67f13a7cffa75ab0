// The logic of the document pages (docs/van-ban/document-text.js): where each quote sits in the
// text, which figures are flagged for review, dates in the Vietnamese form.
import { describe, expect, test } from "vitest";
import { formatDate, needsReview, textPieces } from "../../docs/van-ban/document-text.js";

const fig = (id: string, quote_start: number, quote_end: number) => ({ id, quote_start, quote_end });
const ids = (fs: { id: string }[]) => fs.map((f) => f.id).join(" ");
const show = (pieces: ReturnType<typeof textPieces<ReturnType<typeof fig>>>) => pieces.map((p) => [p.text, ids(p.figures), ids(p.starts), ids(p.ends)]);

describe("textPieces", () => {
  const text = "GRDP tăng 7,5%/năm; thu ngân sách đạt 18.700 tỷ đồng.";
  test("cuts the text around each quote, in the order of the text, and loses no character", () => {
    const pieces = textPieces(text, [fig("b", 20, 52), fig("a", 5, 18)]);
    expect(show(pieces)).toEqual([
      ["GRDP ", "", "", ""],
      ["tăng 7,5%/năm", "a", "a", "a"],
      ["; ", "", "", ""],
      ["thu ngân sách đạt 18.700 tỷ đồng", "b", "b", "b"],
      [".", "", "", ""],
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });
  test("two quotes sharing words: each starts and ends where its own quote does", () => {
    const pieces = textPieces(text, [fig("a", 0, 18), fig("b", 5, 52)]);
    expect(show(pieces)).toEqual([
      ["GRDP ", "a", "a", ""],
      ["tăng 7,5%/năm", "a b", "b", "a"],
      ["; thu ngân sách đạt 18.700 tỷ đồng", "b", "", "b"],
      [".", "", "", ""],
    ]);
  });
  test("an empty quote or one past the end is left out", () => {
    const pieces = textPieces(text, [fig("a", 5, 18), fig("empty", 30, 30), fig("past", 40, 999), fig("negative", -1, 3)]);
    expect(pieces.flatMap((p) => p.starts).map((f) => f.id)).toEqual(["a"]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });
  test("a quote that is the whole text, and a text with no figure", () => {
    expect(show(textPieces("7,5%", [fig("all", 0, 4)]))).toEqual([["7,5%", "all", "all", "all"]]);
    expect(show(textPieces("không có số", []))).toEqual([["không có số", "", "", ""]]);
    expect(show(textPieces("", []))).toEqual([["", "", "", ""]]);
  });
});

describe("needsReview: below 0,8 and not yet confirmed or corrected by an analyst", () => {
  test.each([
    [0.79, null, true],
    [0.5, null, true],
    [null, null, true],
    [0.8, null, false],
    [0.95, null, false],
    [0.3, "confirmed", false],
    [0.3, "corrected", false],
  ])("confidence %s, review %s → %s", (confidence, review, expected) => {
    expect(needsReview({ confidence, review })).toBe(expected);
  });
});

test("formatDate writes ISO dates as dd/mm/yyyy and keeps anything else", () => {
  expect(formatDate("2025-09-28")).toBe("28/09/2025");
  expect(formatDate("2020-11-05")).toBe("05/11/2020");
  expect(formatDate("")).toBe("–");
  expect(formatDate(null)).toBe("–");
  expect(formatDate("quý 3/2025")).toBe("quý 3/2025");
});
