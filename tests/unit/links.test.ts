import { describe, expect, test } from "vitest";
import { safeHref, shortAddress } from "../../docs/components/links.js";

describe("safeHref: only http and https URLs become links", () => {
  test.each([
    ["https://thongke.gov.vn/bao-cao?id=1", "https://thongke.gov.vn/bao-cao?id=1"],
    ["http://www.thtg.vn/tinh-hinh", "http://www.thtg.vn/tinh-hinh"],
    ["  HTTPS://Example.vn/x ", "HTTPS://Example.vn/x"],
  ])("%s is kept", (url, href) => {
    expect(safeHref(url)).toBe(href);
  });
  test.each([
    "javascript:alert(1)",
    " javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    "java\nscript:alert(1)",
    "\u0001javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "//evil.example/x",
    "/du-lieu",
    "https:alert(1)",
    "http:///path-only",
    "",
    null,
    undefined,
    42,
  ])("%s is refused", (url) => {
    expect(safeHref(url)).toBeNull();
  });
});

test("shortAddress keeps the host and the end of a long address", () => {
  expect(shortAddress("https://thongke.gov.vn/a")).toBe("thongke.gov.vn/a");
  const long = `https://example.vn/${"x".repeat(80)}/end`;
  const short = shortAddress(long, 40);
  expect(short.length).toBe(40);
  expect(short.startsWith("example.vn/")).toBe(true);
  expect(short.endsWith("/end")).toBe(true);
});
