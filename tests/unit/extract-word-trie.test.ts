import { describe, expect, test } from "vitest";
import { WordTrie } from "../../src/extract/word-trie.ts";
import { IndicatorMatcher } from "../../src/extract/indicators.ts";
import type { Indicator } from "../../src/ingest/catalog.ts";

const found = (trie: WordTrie, text: string) => {
  const out: string[] = [];
  trie.scan(text, (w, start, end) => out.push(`${trie.words[w]}@${start}-${end}=${text.slice(start, end)}`));
  return out;
};

describe("WordTrie", () => {
  const trie = new WordTrie(["nam", "tu", "ty", "grdp", "2025", "tu"]);
  test("keeps each word once, in the order given", () => expect(trie.words).toEqual(["nam", "tu", "ty", "grdp", "2025"]));
  test("finds whole words only, at the text's ends too", () =>
    expect(found(trie, "nam 2025 namtu tu,ty-grdp2 (grdp) tu")).toEqual([
      "nam@0-3=nam",
      "2025@4-8=2025",
      "tu@15-17=tu",
      "ty@18-20=ty",
      "grdp@28-32=grdp",
      "tu@34-36=tu",
    ]));
  test("a prefix or a longer word is not the word", () => expect(found(trie, "na tuy nams t 20251")).toEqual([]));
  test("refuses a word that is not a-z and 0-9", () => expect(() => new WordTrie(["năm"])).toThrow(/not a word/));
});

describe("IndicatorMatcher", () => {
  const indicator = (code: string, aliases: string): Indicator => ({ code, name_vi: code, aliases, unit: "percent" }) as unknown as Indicator;
  const matcher = new IndicatorMatcher([indicator("urban", "tỷ lệ đô thị hóa"), indicator("gap", "tỷ lệ ... nghèo")]);
  test("matches an alias whose words are all in the window, and one with a gap", () =>
    // Windows are folded text; positions are offset by the window's start (10 here).
    expect(matcher.matches("dat ty le do thi hoa 45%; ty le ho ngheo", 10).map((m) => [m.code, m.start, m.end])).toEqual([
      ["urban", 14, 30],
      ["gap", 36, 50],
    ]));
  test("a word inside a longer one is no match; cut at the window's start, it is", () => {
    expect(matcher.matches("xty le do thi hoa")).toEqual([]);
    expect(matcher.matches("xty le do thi hoa".slice(1)).map((m) => m.code)).toEqual(["urban"]);
  });
  test("a word missing from the window rules the alias out", () => expect(matcher.matches("ty le do thi", 0)).toEqual([]));
});
