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

/** A pattern with its words as indices into the matcher's word trie. */
interface IndexedPattern extends AliasPattern {
  /** The key word's index (-1: an alias of no letter or digit, whose empty key no word of a text is). */
  keyId: number;
  wordIds: Int32Array;
}

// Between two words of a name: spaces, commas, dashes, a closing bracket, or an abbreviation in
// brackets ("tổng sản phẩm trên địa bàn (GRDP) bình quân đầu người", "(GRDP) bình quân").
const SEPARATOR = "(?:[\\s,\\-)]|\\([a-z]{2,8}\\))+";
// A gap stops at the end of a sentence or clause, not at a number's thousands point ("kết nạp
// 2.000 đảng viên"): the number may sit in it.
const GAP = "(?:[^.;:!?]|(?<=\\d)\\.(?=\\d)){1,40}?";
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

/** What the catalog's matcher and every document's matcher share: the patterns and their words, indexed. */
interface Shared {
  patterns: IndexedPattern[];
  /** The words of the aliases, found in a text in one pass. */
  aliasWords: WordTrie;
  /** The patterns whose key word is word k, in order: byKey[byKeyStart[k] … byKeyStart[k + 1]). */
  byKeyStart: Int32Array;
  byKey: Int32Array;
  /** Per word, the last call of matches() whose window holds it (a mark, cleared by counting on). */
  seenIn: Int32Array;
  calls: number;
  /** Room for the candidate patterns of one window. */
  candidates: Int32Array;
}

export class IndicatorMatcher {
  readonly byCode: Map<string, Indicator>;
  private readonly shared: Shared;
  /**
   * A document's matcher holds only the patterns whose key word is in the document. With few of
   * them, it lists them (and a window's are found by a substring test of each key); with more,
   * it marks which key words the document holds.
   */
  private readonly few: IndexedPattern[] | null;
  private readonly keyInDocument: Uint8Array | null;

  constructor(indicators: Indicator[] | Map<string, Indicator>, document?: { of: IndicatorMatcher; keyInDocument: Uint8Array; patterns: number }) {
    this.byCode = indicators instanceof Map ? indicators : new Map(indicators.map((i) => [i.code, i]));
    if (document) {
      this.shared = document.of.shared;
      this.keyInDocument = document.keyInDocument;
      this.few = document.patterns <= FEW_PATTERNS ? this.shared.patterns.filter((p) => document.keyInDocument[p.keyId] === 1) : null;
      return;
    }
    const compiled: AliasPattern[] = [];
    const seen = new Set<string>();
    const add = (code: string, alias: string) => {
      const id = `${code}\u0000${foldVietnamese(alias)}`;
      if (seen.has(id) || !alias.trim()) return;
      seen.add(id);
      const p = compileAlias(code, alias);
      if (p) compiled.push(p);
    };
    for (const ind of this.byCode.values()) {
      for (const alias of ind.aliases.split("|")) add(ind.code, alias);
      add(ind.code, ind.name_vi);
    }
    for (const [code, aliases] of Object.entries(EXTRA_ALIASES)) {
      if (this.byCode.has(code)) for (const a of aliases) add(code, a);
    }
    const aliasWords = new WordTrie(compiled.flatMap((p) => [p.key, ...p.words]).filter(Boolean));
    const index = new Map(aliasWords.words.map((k, i) => [k, i]));
    const patterns = compiled.map((p) => ({ ...p, keyId: index.get(p.key) ?? -1, wordIds: Int32Array.from(p.words.map((w) => index.get(w)!)) }));
    const byKeyStart = new Int32Array(aliasWords.words.length + 1);
    for (const p of patterns) if (p.keyId >= 0) byKeyStart[p.keyId + 1]++;
    for (let k = 0; k < aliasWords.words.length; k++) byKeyStart[k + 1] += byKeyStart[k];
    const filled = byKeyStart.slice(0, -1);
    const byKey = new Int32Array(byKeyStart[aliasWords.words.length]);
    patterns.forEach((p, i) => p.keyId >= 0 && (byKey[filled[p.keyId]++] = i));
    this.shared = {
      patterns,
      aliasWords,
      byKeyStart,
      byKey,
      seenIn: new Int32Array(aliasWords.words.length),
      calls: 0,
      candidates: new Int32Array(patterns.length),
    };
    this.few = patterns.length <= FEW_PATTERNS ? patterns : null;
    this.keyInDocument = null;
  }

  /** A matcher holding only the aliases whose key word occurs in this document: a text with few of them costs little. */
  forDocument(folded: string): IndicatorMatcher {
    const { aliasWords, byKeyStart } = this.shared;
    const keyInDocument = new Uint8Array(aliasWords.words.length);
    aliasWords.scan(folded, (k) => (keyInDocument[k] = 1));
    if (this.keyInDocument) for (let k = 0; k < keyInDocument.length; k++) keyInDocument[k] &= this.keyInDocument[k];
    let patterns = 0;
    for (let k = 0; k < keyInDocument.length; k++) if (keyInDocument[k] === 1) patterns += byKeyStart[k + 1] - byKeyStart[k];
    return new IndicatorMatcher(this.byCode, { of: this, keyInDocument, patterns });
  }

  /** Every alias match inside `window` (folded text), positions relative to the window plus `offset`. */
  matches(window: string, offset = 0): AliasMatch[] {
    // A match holds its alias's key word as a whole word (the alias is bounded by non-letters,
    // and so are its words). With few patterns, a substring test of each key is cheapest; with
    // many, the window's whole words select the patterns that can match. Both keep the catalog's
    // order, which later choices depend on. Then a pattern whose other words are not all in the
    // window cannot match, and its regular expression is not run (most of them, most of the time).
    const out: AliasMatch[] = [];
    const shared = this.shared;
    const { seenIn: seen, candidates, byKey, byKeyStart } = shared;
    const call = ++shared.calls;
    const few = this.few;
    const inDocument = this.keyInDocument;
    let n = 0;
    if (few !== null) {
      shared.aliasWords.scan(window, (k) => (seen[k] = call));
      for (const p of few) if (window.includes(p.key) && allWordsSeen(p)) run(p);
      return out;
    }
    shared.aliasWords.scan(window, (k) => {
      if (seen[k] === call) return;
      seen[k] = call;
      if (inDocument !== null && inDocument[k] !== 1) return;
      for (let j = byKeyStart[k]; j < byKeyStart[k + 1]; j++) candidates[n++] = byKey[j];
    });
    // Each pattern once (its key word is marked the first time), then in the catalog's order.
    for (const index of candidates.subarray(0, n).sort()) {
      const p = shared.patterns[index];
      if (allWordsSeen(p)) run(p);
    }
    return out;

    function allWordsSeen(p: IndexedPattern): boolean {
      const words = p.wordIds;
      for (let i = 0; i < words.length; i++) if (seen[words[i]] !== call) return false;
      return true;
    }
    function run(p: IndexedPattern): void {
      p.regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.regex.exec(window))) {
        out.push({ code: p.code, alias: p.alias, start: offset + m.index, end: offset + m.index + m[0].length, length: m[0].length });
        p.regex.lastIndex = m.index + 1;
      }
    }
  }

  /** Whether the context before the number allows this code (see REQUIRES_BEFORE). */
  allows(code: string, before: string): boolean {
    const rule = REQUIRES_BEFORE[code];
    return !rule || rule(before);
  }
}
