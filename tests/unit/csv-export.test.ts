import { describe, expect, test } from "vitest";
import { toCsv, csvField } from "../../docs/components/csv.js";

describe("CSV for Excel", () => {
  test("starts with a byte order mark, ends lines with CRLF and keeps Vietnamese", () => {
    const csv = toCsv([{ a: "Tiền Giang", b: 7.5 }], ["a", "b"], { excel: true });
    expect(csv).toBe("\ufeffa,b\r\nTiền Giang,7.5\r\n");
  });
  test.each([
    ["=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\""],
    ["+1", "'+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tcmd", "'\tcmd"],
  ])("a cell that starts like a formula is shown as text: %s", (value, written) => {
    expect(csvField(value, { excel: true })).toBe(written);
  });
  test("numbers are not altered, even negative ones", () => {
    expect(csvField(-5, { excel: true })).toBe("-5");
  });
  test("without the Excel option the text is written as is", () => {
    expect(toCsv([{ q: "=1" }], ["q"])).toBe("q\n=1\n");
  });
});
