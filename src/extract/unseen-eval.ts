// The extractor judged on whole reports no rule was written for: tests/fixtures/unseen-reports/
// holds twelve short Vietnamese reports (congress resolutions, political reports, yearly reports
// and plans, HĐND resolutions, press summaries) of twelve units that have no document in data/,
// written for the project by an author who did not read the extractor's rules, every figure
// labelled by hand (figures.csv, the gold sets' columns and conventions). They are synthetic test
// documents: never loaded into data/, never shown on the site. The documents are split in the
// order of documents.csv, every other one, into a `tune` half (whose errors may be studied) and a
// `hold-out` half (scored only, until its errors were released for tuning: a newer unseen set,
// kept elsewhere, now plays the hold-out's part).
// `npx tsx src/extract/evaluate.ts` prints both halves; `--unseen-errors` lists the tune half's
// errors, `--unseen-errors --all` those of all twelve documents.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { readDocumentMeta, readIndicators } from "../ingest/catalog.ts";
import type { Problem } from "../ingest/problems.ts";
import { IndicatorMatcher } from "./indicators.ts";
import type { DocumentInfo } from "./extract.ts";
import { readGold } from "./gold.ts";
import { scorePhrases, type Half, type PhraseScore } from "./phrase-eval.ts";
import type { ScoredRow } from "./score.ts";

export const UNSEEN_DIR = "tests/fixtures/unseen-reports";
/**
 * A second set of the same kind, written later by another author who read neither the rules nor
 * the first set's errors; it is scored once, as a whole (`--unseen2`), never tuned on.
 */
export const UNSEEN2_DIR = "tests/fixtures/unseen-reports-2";
/**
 * A third set, written when the second was released for tuning, by an author who read neither the
 * rules nor any set's errors; like the second it is scored once, as a whole (`--unseen3`).
 */
export const UNSEEN3_DIR = "tests/fixtures/unseen-reports-3";
/**
 * A fourth, written when the third was released for tuning, under the same rules (`--unseen4`);
 * released for tuning in its turn on 2 December, when the fifth took its place (`--unseen4-errors`).
 */
export const UNSEEN4_DIR = "tests/fixtures/unseen-reports-4";
/**
 * A fifth, written when the fourth was the held-out set, under the same rules, of the new era: twelve
 * of the 34 units formed on 1 July 2025 with no 2025-2030 document elsewhere (`--unseen5`).
 */
export const UNSEEN5_DIR = "tests/fixtures/unseen-reports-5";

export interface UnseenDocument extends DocumentInfo {
  half: Half;
}

export interface UnseenSet {
  documents: UnseenDocument[];
  gold: ScoredRow[];
  /** The labelled quote of each gold row, in the order of `gold`. */
  quotes: string[];
}

/** Reads the set: documents.csv (the metadata columns of data/documents.csv), the texts and figures.csv. */
export function readUnseenSet(dir = UNSEEN_DIR): UnseenSet {
  const problems: Problem[] = [];
  const metas = readDocumentMeta(join(dir, "documents.csv"), problems);
  if (problems.length) throw new Error(problems.map(String).join("\n"));
  const documents = metas.map((m, i): UnseenDocument => ({
    name: m.file,
    text: readFileSync(join(dir, m.file), "utf8"),
    term_start: m.term_start,
    term_end: m.term_end,
    published: m.published || null,
    doc_type: m.doc_type,
    half: i % 2 === 0 ? "tune" : "hold-out",
  }));
  const file = join(dir, "figures.csv");
  const gold = readGold(file);
  const quotes = (parse(readFileSync(file, "utf8"), { columns: true, bom: true }) as { quote: string }[]).map((r) => r.quote);
  return { documents, gold, quotes };
}

/** The scores of each half (and of both), with the project's catalog, as the phrase sets are scored. */
export function evaluateUnseenHalves(set = readUnseenSet(), catalog = "data/catalog/indicators.csv"): Record<Half | "all", PhraseScore> {
  const indicators = readIndicators(catalog, []);
  const matcher = new IndicatorMatcher(indicators);
  const codes = new Set(indicators.map((i) => i.code));
  const of = (h: Half | "all") => {
    const documents = set.documents.filter((d) => h === "all" || d.half === h);
    const names = new Set(documents.map((d) => d.name));
    return scorePhrases({ documents, gold: set.gold.filter((g) => names.has(g.doc)), phrases: new Map() }, matcher, codes);
  };
  return { tune: of("tune"), "hold-out": of("hold-out"), all: of("all") };
}

const line = (r: ScoredRow) => [r.role, r.indicator_code, r.kind, r.comparator, r.value_low, r.value_high ?? "", r.unit, r.period_start ?? "", r.year].join(" ");

/**
 * The misses (-, with the labelled quote), extras (+, with the quote the extractor gave) and wrong
 * catalog codes (!) of a score of the tune half (or, with `half` "all", of both), document by document.
 */
export function unseenTuneErrors(set: UnseenSet, tune: PhraseScore, codes: Set<string>, half: "tune" | "all" = "tune"): string {
  const tuneDocs = new Set(set.documents.filter((d) => half === "all" || d.half === "tune").map((d) => d.name));
  const byDoc = new Map<string, string[]>();
  const add = (doc: string, s: string) => {
    if (!tuneDocs.has(doc)) throw new Error(`${doc} is not in the ${half} half`);
    byDoc.set(doc, [...(byDoc.get(doc) ?? []), s]);
  };
  // Scored rows carry no quote, and read `unknown` and `other` for codes and units outside the
  // lists: a miss is listed with the quote of the gold row that has its fields.
  const same = (a: string, b: string, any: string) => a === b || b === any;
  for (const m of tune.strict.missed) {
    const i = set.gold.findIndex(
      (g) =>
        g.doc === m.doc &&
        line({ ...g, indicator_code: "", unit: "" }) === line({ ...m, indicator_code: "", unit: "" }) &&
        (codes.has(g.indicator_code) ? g.indicator_code : "unknown") === m.indicator_code &&
        same(g.unit, m.unit, "other"),
    );
    add(m.doc, `  - ${line(m)}   «${i >= 0 ? set.quotes[i] : ""}»`);
  }
  tune.figures.forEach((f, i) => {
    if (!tune.strict.right[i]) add(f.doc, `  + ${line(f)}   «${f.quote}» (subject: ${f.subject})`);
  });
  for (const w of tune.indicators.rows) add(w.gold.doc, `  ! ${w.predicted.indicator_code} for ${w.gold.indicator_code} (${w.gold.value_low} ${w.gold.unit} ${w.gold.year})`);
  let out = "";
  for (const [doc, rows] of [...byDoc].sort()) out += `\n${doc}\n${rows.join("\n")}\n`;
  return out;
}
