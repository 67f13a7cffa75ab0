// Shared by the extraction usage tests: the four kinds of document a sentence is read in, and a
// check that lists every figure of a sentence, in order, as a row of its fields.
import { expect } from "vitest";
import { extractFigures, type DocumentInfo } from "../../src/extract/extract.ts";
import { matcher } from "./corpus.ts";

export type Row = [string, string, string, string, number, number | null, string, number | null, number | null];

export const CONGRESS: Omit<DocumentInfo, "text"> = { name: "nghi-quyet.txt", term_start: 2025, term_end: 2030, published: "2025-10-10", doc_type: "party_congress_resolution" };
export const PLAN: Omit<DocumentInfo, "text"> = { name: "ke-hoach.txt", term_start: 2026, term_end: 2026, published: "2025-12-12", doc_type: "annual_resolution" };
export const RESULTS: Omit<DocumentInfo, "text"> = { name: "ket-qua.txt", term_start: 2024, term_end: 2024, published: "2024-12-20", doc_type: "annual_results_news" };
export const TERM_REPORT: Omit<DocumentInfo, "text"> = { name: "bao-cao.txt", term_start: 2020, term_end: 2025, published: "2025-10-01", doc_type: "political_report" };

export const rows = (info: Omit<DocumentInfo, "text">, text: string): Row[] =>
  extractFigures({ ...info, text }, matcher).figures.map((f) => [f.role, f.indicator_code, f.kind, f.comparator, f.value_low, f.value_high, f.unit, f.period_start, f.year]);
export const check = (info: Omit<DocumentInfo, "text">) => (text: string, expected: Row[]) => expect(rows(info, text)).toEqual(expected);
