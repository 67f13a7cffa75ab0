// The extractor judged on result phrases: each phrase of tests/fixtures/result-phrases.csv (the short
// phrase of a source that states a province's reported result, from the project's actuals; written
// by tests/fixtures/make-result-phrases.ts) becomes a one-sentence results report of its year or
// term, and the figures found in it are scored against its row(s) (role `actual`) as phrase-eval.ts
// scores target phrases. Its `half` splits the nine old provinces every other one into `tune` and
// `hold-out`. Precision here is a lower bound: a phrase may state numbers the actuals did not record
// (a constant-price level beside a growth rate), and those count as extra.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { DocumentInfo } from "./extract.ts";
import { scoreHalves, type Half, type PhraseScore, type PhraseSet } from "./phrase-eval.ts";
import type { ScoredRow } from "./score.ts";

export const RESULT_PHRASES = "tests/fixtures/result-phrases.csv";

export interface ResultRow {
  half: Half;
  province: string;
  indicator_code: string;
  kind: string;
  comparator: string;
  value_low: string;
  unit: string;
  period_start: string;
  year: string;
  doc_type: string;
  term_start: string;
  term_end: string;
  phrase: string;
  source_url: string;
}

export function readResultRows(file = RESULT_PHRASES): ResultRow[] {
  return parse(readFileSync(file, "utf8"), { columns: true, bom: true }) as ResultRow[];
}

/** One document per distinct (province, source, phrase), with the metadata its rows carry. */
export function resultSet(rows: ResultRow[]): PhraseSet {
  const names = new Map<string, string>();
  const documents: DocumentInfo[] = [];
  const phrases = new Map<string, string>();
  const num = (s: string) => (s === "" ? null : Number(s));
  const gold: ScoredRow[] = rows.map((r) => {
    const key = `${r.province}\u0000${r.source_url}\u0000${r.phrase}`;
    let name = names.get(key);
    if (!name) {
      name = `result_${String(names.size + 1).padStart(3, "0")}.txt`;
      names.set(key, name);
      const published = `${Number(r.term_end) + (r.doc_type === "annual_results_news" ? 1 : 0)}-${r.doc_type === "annual_results_news" ? "01-15" : "10-01"}`;
      documents.push({ name, text: r.phrase, doc_type: r.doc_type, term_start: Number(r.term_start), term_end: Number(r.term_end), published });
      phrases.set(name, r.phrase);
    }
    return {
      doc: name, role: "actual", indicator_code: r.indicator_code, kind: r.kind, comparator: r.comparator,
      value_low: num(r.value_low), value_high: null, unit: r.unit, period_start: num(r.period_start), year: num(r.year),
    };
  });
  return { documents, gold, phrases };
}

/** The result set's halves. */
export function evaluateResultHalves(rows = readResultRows(), catalog?: string): Record<Half | "all", PhraseScore> {
  return scoreHalves(rows, resultSet, catalog);
}
