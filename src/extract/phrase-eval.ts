// The extractor judged on phrases of provinces no rule was written for: each Vietnamese phrase of
// tests/fixtures/phrase-targets.csv (the short phrase of a source that states a 2026-2030 target,
// typed by analysts) becomes a one-sentence document of a 2025-2030 congress resolution of its
// unit, and the figures found in it are scored against its row(s), strictly and by value, with the
// project's catalog (a code outside it is `unknown` on both sides), as the shared scorer does.
// The fixture's `half` splits the 32 units in code order, every other one, into a `tune` half
// (whose errors may be studied) and a `hold-out` half (scored only, to estimate what unseen
// provinces will get).
// `npx tsx src/extract/evaluate.ts` prints the scores (and with `--errors` the tune half's errors).
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { readIndicators } from "../ingest/catalog.ts";
import { IndicatorMatcher } from "./indicators.ts";
import { extractFigures, type DocumentInfo } from "./extract.ts";
import type { Figure } from "./figure.ts";
import { indicatorErrors, scoreFigures, type IndicatorErrors, type Score, type ScoredRow } from "./score.ts";

export const PHRASE_TARGETS = "tests/fixtures/phrase-targets.csv";

export type Half = "tune" | "hold-out";

export interface PhraseRow {
  half: Half;
  unit_code: string;
  indicator_code: string;
  kind: string;
  comparator: string;
  value_low: string;
  value_high: string;
  unit: string;
  period_start: string;
  year: string;
  phrase: string;
  source_url: string;
}

/** The metadata every phrase document gets: a congress resolution of the 2025-2030 term, 34 units. */
const META = { term_start: 2025, term_end: 2030, published: "2025-10-01", doc_type: "party_congress_resolution", units: 34 } as const;

export function readPhraseRows(file = PHRASE_TARGETS): PhraseRow[] {
  return parse(readFileSync(file, "utf8"), { columns: true, bom: true }) as PhraseRow[];
}

export interface PhraseSet {
  documents: DocumentInfo[];
  gold: ScoredRow[];
  /** The phrase of each document, by name. */
  phrases: Map<string, string>;
}

/** One document per distinct (unit, source, phrase); its gold rows are all the rows that phrase states. */
export function phraseSet(rows: PhraseRow[]): PhraseSet {
  const names = new Map<string, string>();
  const documents: DocumentInfo[] = [];
  const phrases = new Map<string, string>();
  const num = (s: string) => (s === "" ? null : Number(s));
  const gold = rows.map((r) => {
    const key = `${r.unit_code}\u0000${r.source_url}\u0000${r.phrase}`;
    let name = names.get(key);
    if (!name) {
      name = `phrase_${r.unit_code}_${String(names.size + 1).padStart(3, "0")}.txt`;
      names.set(key, name);
      documents.push({ name, text: r.phrase, ...META });
      phrases.set(name, r.phrase);
    }
    return {
      doc: name, role: "target", indicator_code: r.indicator_code, kind: r.kind, comparator: r.comparator,
      value_low: num(r.value_low), value_high: num(r.value_high), unit: r.unit, period_start: num(r.period_start), year: num(r.year),
    };
  });
  return { documents, gold, phrases };
}

export interface PhraseScore {
  documents: number;
  gold: number;
  predicted: number;
  strict: Score;
  value: Score;
  indicators: IndicatorErrors;
  figures: Figure[];
}

export function scorePhrases(set: PhraseSet, matcher: IndicatorMatcher, codes: Set<string>): PhraseScore {
  const figures = set.documents.flatMap((d) => extractFigures(d, matcher).figures);
  return {
    documents: set.documents.length,
    gold: set.gold.length,
    predicted: figures.length,
    strict: scoreFigures(set.gold, figures, codes, true),
    value: scoreFigures(set.gold, figures, codes, false),
    indicators: indicatorErrors(set.gold, figures, codes),
    figures,
  };
}

/** The scores of each half of a split set (and of both), with the project's catalog. */
export function scoreHalves<R extends { half: Half }>(rows: R[], toSet: (rows: R[]) => PhraseSet, catalog = "data/catalog/indicators.csv"): Record<Half | "all", PhraseScore> {
  const indicators = readIndicators(catalog, []);
  const matcher = new IndicatorMatcher(indicators);
  const codes = new Set(indicators.map((i) => i.code));
  const of = (h: Half | "all") => scorePhrases(toSet(rows.filter((r) => h === "all" || r.half === h)), matcher, codes);
  return { tune: of("tune"), "hold-out": of("hold-out"), all: of("all") };
}

/** The phrase set's halves. */
export function evaluateHalves(rows = readPhraseRows(), catalog?: string): Record<Half | "all", PhraseScore> {
  return scoreHalves(rows, phraseSet, catalog);
}

const line = (r: ScoredRow) => [r.indicator_code, r.kind, r.comparator, r.value_low, r.value_high ?? "", r.unit, r.period_start ?? "", r.year].join(" ");

export function summary(name: string, s: PhraseScore): string {
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "0.0");
  return `${name.padEnd(17)} docs ${s.documents} gold ${s.gold} predicted ${s.predicted}  strict P ${s.strict.precision.toFixed(3)} R ${s.strict.recall.toFixed(3)} F1 ${s.strict.f1.toFixed(3)}  value F1 ${s.value.f1.toFixed(3)}  wrong indicator ${s.indicators.wrong}/${s.indicators.found} (${pct(s.indicators.wrong, s.indicators.found)} %)`;
}

/** A tune half's misses (-), extras (+) and wrong catalog codes (!), phrase by phrase (`set` is the half scored in `s`). */
export function tuneErrors(set: PhraseSet, s: PhraseScore): string {
  const byDoc = new Map<string, { missed: string[]; extra: string[]; wrong: string[] }>();
  const entry = (doc: string) => byDoc.get(doc) ?? (byDoc.set(doc, { missed: [], extra: [], wrong: [] }), byDoc.get(doc)!);
  for (const m of s.strict.missed) entry(m.doc).missed.push(line(m));
  for (const e of s.strict.extra) entry(e.doc).extra.push(line(e));
  for (const w of s.indicators.rows) entry(w.gold.doc).wrong.push(`${w.predicted.indicator_code} for ${w.gold.indicator_code}`);
  let out = "";
  for (const [doc, e] of [...byDoc].sort()) {
    out += `\n${doc}: ${set.phrases.get(doc)}\n`;
    for (const m of e.missed) out += `  - ${m}\n`;
    for (const x of e.extra) out += `  + ${x}\n`;
    for (const w of e.wrong) out += `  ! ${w}\n`;
  }
  return out;
}
