import { describe, expect, test } from "vitest";
import { foldVietnamese, foldForMatch } from "../../src/text/fold.ts";

describe("foldVietnamese", () => {
  test("drops tones and vowel marks, maps đ to d", () => {
    expect(foldVietnamese("Tăng trưởng Đồng Tháp")).toBe("tang truong dong thap");
    expect(foldVietnamese("Hoà") ).toBe(foldVietnamese("Hòa"));
  });
  test("NFD input folds like NFC input", () => {
    expect(foldVietnamese("Tiền Giang".normalize("NFD"))).toBe("tien giang");
  });
  test("collapses NBSP and other Unicode spaces", () => {
    expect(foldForMatch("  tỷ\u00a0lệ\u2009hộ\n nghèo ")).toBe("ty le ho ngheo");
  });
});
