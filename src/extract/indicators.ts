// Maps the words around a number to an indicator code of the catalog. Aliases (the catalog's and
// the rules of indicator-rules.ts) are matched accent- and case-insensitively on folded text, with
// any run of spaces, commas and dashes between words; "..." allows a short gap.
import type { Indicator } from "../ingest/catalog.ts";
import { foldVietnamese } from "../text/fold.ts";
import { EXTRA_ALIASES, REQUIRES_BEFORE } from "./indicator-rules.ts";
import { WordTrie } from "./word-trie.ts";

export interface AliasMatch {
  code: string;
  /** The folded alias that matched. */
  alias: string;
  start: number;
  end: number;
  length: number;
}

interface AliasPattern {
  code: string;
  alias: string;
  /** A word every match contains, for a cheap pre-check. */
  key: string;
  /**
   * The words ([a-z0-9]+) every match holds whole, bounded by other characters or the window's
   * ends: all of the alias's but those next to a "..." gap, which may run into them.
   */
  words: string[];
  regex: RegExp;
}

// Between two words of a name: spaces, commas, dashes, a closing bracket, or an abbreviation in
// brackets ("tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người", "(GRDP) bình quân").
const SEPARATOR = "(?:[\\s,\\-)]|\\([a-z]{2,8}\\))+";
const GAP = "[^.;:!?]{1,40}?";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function compileAlias(code: string, alias: string): AliasPattern | null {
  const folded = foldVietnamese(alias).replace(/[–—]/g, "-").trim();
  const parts = folded.split(/\s*\.\.\.\s*/).filter(Boolean);
  if (parts.length === 0) return null;
  const words = parts.map((p) => p.split(/[\s,\-]+/).filter(Boolean));
  const key = words
    .flat()
    .flatMap((w) => w.split(/[^a-z0-9]+/))
    .reduce((a, b) => (b.length > a.length ? b : a), "");
  const body = words.map((ws) => ws.map(escape).join(SEPARATOR)).join(GAP);
  const whole = new Set<string>();
  words.forEach((ws, part) => {
    const tokens = ws.flatMap((w) => w.split(/[^a-z0-9]+/)).filter(Boolean);
    if (part > 0 && /^[a-z0-9]/.test(ws[0] ?? "")) tokens.shift();
    if (part < words.length - 1 && /[a-z0-9]$/.test(ws[ws.length - 1] ?? "")) tokens.pop();
    for (const t of tokens) whole.add(t);
  });
  // Word boundaries: the alias must not start or end inside a word.
  return { code, alias: folded, key, words: [...whole], regex: new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, "g") };
}

const FEW_PATTERNS = 24;

export class IndicatorMatcher {
  private readonly patterns: AliasPattern[] = [];
  /** The words of the aliases, found in a text in one pass. */
  private readonly aliasWords: WordTrie;
  /** For each pattern, the index of its key word in aliasWords (-1: none), and of the words its matches hold whole. */
  private readonly keyOf: Int32Array;
  private readonly wordsOf: Int32Array[];
  /** Per word, the last call of matches() whose window holds it (a mark, cleared by counting on). */
  private readonly seenIn: Int32Array;
  /** Per word, the patterns whose key word it is, in order (with more than FEW_PATTERNS patterns). */
  private readonly byKey: number[][] | null;
  private calls = 0;
  readonly byCode: Map<string, Indicator>;

  constructor(indicators: Indicator[] | Map<string, Indicator>, subset?: { of: IndicatorMatcher; patterns: number[] }) {
    this.byCode = indicators instanceof Map ? indicators : new Map(indicators.map((i) => [i.code, i]));
    if (subset) {
      // A document's matcher: some of the catalog's patterns, in its order, sharing its key words.
      const { of, patterns } = subset;
      this.aliasWords = of.aliasWords;
      this.keyOf = new Int32Array(patterns.length);
      this.wordsOf = [];
      for (let k = 0; k < patterns.length; k++) {
        this.patterns.push(of.patterns[patterns[k]]);
        this.keyOf[k] = of.keyOf[patterns[k]];
        this.wordsOf.push(of.wordsOf[patterns[k]]);
      }
      this.seenIn = new Int32Array(this.aliasWords.words.length);
      this.byKey = this.indexByKey();
      return;
    }
    const seen = new Set<string>();
    const add = (code: string, alias: string) => {
      const id = `${code}\u0000${foldVietnamese(alias)}`;
      if (seen.has(id) || !alias.trim()) return;
      seen.add(id);
      const p = compileAlias(code, alias);
      if (p) this.patterns.push(p);
    };
    for (const ind of this.byCode.values()) {
      for (const alias of ind.aliases.split("|")) add(ind.code, alias);
      add(ind.code, ind.name_vi);
    }
    for (const [code, aliases] of Object.entries(EXTRA_ALIASES)) {
      if (this.byCode.has(code)) for (const a of aliases) add(code, a);
    }
    // An alias of no letter or digit has the empty key, which no word of a text is.
    this.aliasWords = new WordTrie(this.patterns.flatMap((p) => [p.key, ...p.words]).filter(Boolean));
    const index = new Map(this.aliasWords.words.map((k, i) => [k, i]));
    this.keyOf = Int32Array.from(this.patterns.map((p) => index.get(p.key) ?? -1));
    this.wordsOf = this.patterns.map((p) => Int32Array.from(p.words.map((w) => index.get(w)!)));
    this.seenIn = new Int32Array(this.aliasWords.words.length);
    this.byKey = this.indexByKey();
  }

  private indexByKey(): number[][] | null {
    if (this.patterns.length <= FEW_PATTERNS) return null;
    const byKey: number[][] = Array.from({ length: this.aliasWords.words.length }, () => []);
    for (let i = 0; i < this.patterns.length; i++) if (this.keyOf[i] >= 0) byKey[this.keyOf[i]].push(i);
    return byKey;
  }

  /** A matcher holding only the aliases whose key word occurs in this document: a text with few of them costs little. */
  forDocument(folded: string): IndicatorMatcher {
    const present = new Uint8Array(this.aliasWords.words.length);
    this.aliasWords.scan(folded, (k) => (present[k] = 1));
    const kept: number[] = [];
    for (let i = 0; i < this.patterns.length; i++) if (present[this.keyOf[i]] === 1) kept.push(i);
    return new IndicatorMatcher(this.byCode, { of: this, patterns: kept });
  }

  /** Every alias match inside `window` (folded text), positions relative to the window plus `offset`. */
  matches(window: string, offset = 0): AliasMatch[] {
    // A match holds its alias's key word as a whole word (the alias is bounded by non-letters,
    // and so are its words). With few patterns, a substring test of each key is cheapest; with
    // many, the window's whole words select the patterns that can match. Both keep the catalog's
    // order, which later choices depend on. Then a pattern whose other words are not all in the
    // window cannot match, and its regular expression is not run (most of them, most of the time).
    const out: AliasMatch[] = [];
    const call = ++this.calls;
    const seen = this.seenIn;
    const byKey = this.byKey;
    let candidates: number[];
    if (byKey === null) {
      this.aliasWords.scan(window, (k) => (seen[k] = call));
      candidates = [];
      for (let index = 0; index < this.patterns.length; index++) if (window.includes(this.patterns[index].key)) candidates.push(index);
    } else {
      candidates = [];
      this.aliasWords.scan(window, (k) => {
        if (seen[k] === call) return;
        seen[k] = call;
        for (const index of byKey[k]) candidates.push(index);
      });
      candidates.sort((a, b) => a - b);
    }
    patterns: for (const index of candidates) {
      const p = this.patterns[index];
      const words = this.wordsOf[index];
      for (let i = 0; i < words.length; i++) if (seen[words[i]] !== call) continue patterns;
      p.regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.regex.exec(window))) {
        out.push({ code: p.code, alias: p.alias, start: offset + m.index, end: offset + m.index + m[0].length, length: m[0].length });
        p.regex.lastIndex = m.index + 1;
      }
    }
    return out;
  }

  /** Whether the context before the number allows this code (see REQUIRES_BEFORE). */
  allows(code: string, before: string): boolean {
    const rule = REQUIRES_BEFORE[code];
    return !rule || rule(before);
  }
}
