// The hand-labelled development sets of tests/fixtures, read as rows the scorer compares.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { ScoredRow } from "./score.ts";

export const DEV_SETS = ["seed-figures", "current-term-figures", "more-provinces-figures"] as const;

export function readGold(file: string): ScoredRow[] {
  const num = (s: string) => (s === "" || s === undefined ? null : Number(s));
  return (parse(readFileSync(file, "utf8"), { columns: true, bom: true }) as Record<string, string>[]).map((r) => ({
    doc: r.doc, role: r.role, indicator_code: r.indicator_code, kind: r.kind, comparator: r.comparator,
    value_low: num(r.value_low), value_high: num(r.value_high), unit: r.unit, period_start: num(r.period_start), year: num(r.year),
  }));
}
