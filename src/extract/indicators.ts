// Maps the words around a number to an indicator code of the catalog. Aliases (the catalog's and
// the rules of indicator-rules.ts) are matched accent- and case-insensitively on folded text, with
// any run of spaces, commas and dashes between words; "..." allows a short gap.
import type { Indicator } from "../ingest/catalog.ts";
import { foldVietnamese } from "../text/fold.ts";
import { EXTRA_ALIASES, REQUIRES_BEFORE } from "./indicator-rules.ts";

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
  // Word boundaries: the alias must not start or end inside a word.
  return { code, alias: folded, key, regex: new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, "g") };
}

const FEW_PATTERNS = 24;

export class IndicatorMatcher {
  private readonly patterns: AliasPattern[] = [];
  /** Indices of the patterns by their key word: a window is tried only on the aliases whose key word it holds. */
  private readonly byKey = new Map<string, number[]>();
  readonly byCode: Map<string, Indicator>;

  constructor(indicators: Indicator[] | Map<string, Indicator>, patterns?: AliasPattern[]) {
    this.byCode = indicators instanceof Map ? indicators : new Map(indicators.map((i) => [i.code, i]));
    if (patterns) {
      this.patterns = patterns;
      this.indexByKey();
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
    this.indexByKey();
  }

  private indexByKey(): void {
    this.patterns.forEach((p, index) => {
      const list = this.byKey.get(p.key);
      if (list) list.push(index);
      else this.byKey.set(p.key, [index]);
    });
  }

  /** A matcher holding only the aliases whose key word occurs in this document: a text with few of them costs little. */
  forDocument(folded: string): IndicatorMatcher {
    const words = new Set<string>();
    const word = /[a-z0-9]+/g;
    for (let m = word.exec(folded); m; m = word.exec(folded)) words.add(m[0]);
    return new IndicatorMatcher(this.byCode, this.patterns.filter((p) => words.has(p.key)));
  }

  /** Every alias match inside `window` (folded text), positions relative to the window plus `offset`. */
  matches(window: string, offset = 0): AliasMatch[] {
    // A match holds its alias's key word as a whole word (the alias is bounded by non-letters,
    // and so are its words). With few patterns, a substring test of each key is cheapest; with
    // many, the window's words select the patterns that can match. Both keep the catalog's
    // order, which later choices depend on.
    let candidates: number[];
    if (this.patterns.length <= FEW_PATTERNS) {
      candidates = [];
      this.patterns.forEach((p, index) => {
        if (window.includes(p.key)) candidates.push(index);
      });
    } else {
      candidates = [];
      for (const word of new Set(window.match(/[a-z0-9]+/g))) {
        const list = this.byKey.get(word);
        if (list) candidates.push(...list);
      }
      candidates.sort((a, b) => a - b);
    }
    const out: AliasMatch[] = [];
    for (const index of candidates) {
      const p = this.patterns[index];
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
