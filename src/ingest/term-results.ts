// Results reported for a whole period ("tăng trưởng bình quân 2021-2025 đạt 5,51 %/năm", "tổng
// thu ngân sách 5 năm đạt hơn 96,4 nghìn tỷ đồng") and yearly values of the new units, kept in
// data/actuals/ beside the yearly actuals. A file is a term-results file when its header has
// `period_start` and `period_end` instead of `year`. The rows are checked by the same functions
// as yearly actuals (actuals.ts), with the same messages; a row whose period is one year is a
// yearly value and joins the yearly actuals.
import { basename } from "node:path";
import { readCsvFile, columnOf, type CsvTable } from "./csv.ts";
import { withColumnAliases } from "./column-aliases.ts";
import { Problem } from "./problems.ts";
import {
  ACTUALS_OPTIONAL,
  checkMeasurement,
  checkRowFields,
  sourceKind,
  type ActualCandidate,
  type ActualsContext,
  type FieldIssue,
} from "./actuals.ts";

export const TERM_RESULTS_REQUIRED = ["province", "indicator", "period_start", "period_end", "value", "unit", "status", "source"] as const;

/** A result for a period of more than one year: an average rate or a total. */
export interface TermResultCandidate extends Omit<ActualCandidate, "year"> {
  period_start: number;
  period_end: number;
  /** `average` for a rate (growth, change a year), `total` for an amount summed over the period. */
  basis: "average" | "total";
  /** The spreadsheet column of the value, for messages about it. */
  value_column: number;
}

/** Whether a header (lower-cased, as csv.ts gives it) is that of a term-results file. */
export function isTermResultsHeader(header: string[]): boolean {
  return header.includes("period_start") && header.includes("period_end") && !header.includes("year");
}

/** A period result is an average for rates and a total for additive amounts; nothing else adds up over years. */
export function periodBasis(unit: string, aggregation: string): TermResultCandidate["basis"] | null {
  if (unit === "percent_per_year" || unit === "pp_per_year") return "average";
  if (aggregation === "sum") return "total";
  return null;
}

const YEAR = /^\d{4}$/;

function checkHeader(table: CsvTable, problems: Problem[]): boolean {
  if (table.header.length === 0) return false;
  let ok = true;
  for (const name of TERM_RESULTS_REQUIRED) {
    if (!table.header.includes(name)) {
      problems.push(new Problem(table.file, 1, table.header.length + 1, `no column "${name}" in the header (${table.header.join(table.delimiter)})`, `the columns ${TERM_RESULTS_REQUIRED.join(",")}`));
      ok = false;
    }
  }
  const known: readonly string[] = [...TERM_RESULTS_REQUIRED, ...ACTUALS_OPTIONAL, "province_name"];
  table.header.forEach((h, i) => {
    if (!known.includes(h)) {
      problems.push(new Problem(table.file, 1, i + 1, `an unknown column "${h}"`, `one of ${known.join(", ")}`));
      ok = false;
    }
  });
  return ok;
}

/** Reads the rows of one term-results table: period results, and one-year rows as yearly actuals. */
export function validateTermResultsTable(written: CsvTable, ctx: ActualsContext, problems: Problem[]): { periods: TermResultCandidate[]; years: ActualCandidate[] } {
  // The shared collection's names: province_code (with the name in province), source_url.
  const table = withColumnAliases(written, { source_url: "source" }, ["province_code"]);
  const periods: TermResultCandidate[] = [];
  const years: ActualCandidate[] = [];
  if (!checkHeader(table, problems)) return { periods, years };
  for (const record of table.records) {
    const v = record.values;
    // The period's end plays the part of the year in the checks of yearly actuals; a message
    // about it names the column the analyst wrote.
    const { fields, issues: fieldIssues } = checkRowFields({ ...v, year: v.period_end });
    const issues: FieldIssue[] = fieldIssues.map((i) => (i.field === "year" ? { ...i, field: "period_end", found: i.found.replace('in column "year"', 'in column "period_end"') } : i));
    if (!YEAR.test(v.period_start) || (fields && (Number(v.period_start) > fields.year || Number(v.period_start) < fields.year - 10))) {
      issues.push({
        field: "period_start",
        found: `${JSON.stringify(v.period_start)} in column "period_start"`,
        expected: fields ? `a year from ${fields.year - 10} to ${fields.year} (the period ends in ${fields.year})` : "a year no later than period_end",
      });
    }
    const { set, province, indicatorUnit, number, value, issues: measurementIssues } = checkMeasurement(v, fields, ctx, table.delimiter);
    issues.push(...measurementIssues);
    const start = Number(v.period_start);
    const basis = indicatorUnit ? periodBasis(indicatorUnit.indicator.unit, indicatorUnit.indicator.aggregation) : null;
    if (fields && indicatorUnit && YEAR.test(v.period_start) && start < fields.year && basis === null) {
      issues.push({
        field: "period_start",
        found: `a period ${start}-${fields.year} for ${indicatorUnit.indicator.code}`,
        expected: `period_start = period_end: a period's result is an average of a rate or a total of an amount, and ${indicatorUnit.indicator.code} is neither`,
      });
    }
    for (const i of issues) problems.push(new Problem(table.file, record.line, columnOf(table, i.field), i.found, i.expected));
    if (issues.length > 0 || !fields || !set || !province || !indicatorUnit || number === null || value === null) continue;
    const row = {
      file: basename(table.file),
      line: record.line,
      province_code: province.code,
      units: set,
      province_name: province.name_vi,
      indicator_code: indicatorUnit.indicator.code,
      value,
      unit: indicatorUnit.indicator.unit,
      value_original: number,
      unit_original: indicatorUnit.unitOriginal,
      status: fields.status,
      source: fields.source,
      source_kind: sourceKind(fields.source),
      price_base: fields.price_base,
      quote: fields.quote ?? "",
      note: fields.note ?? "",
      published: fields.published,
    };
    if (start === fields.year) years.push({ ...row, year: fields.year });
    else periods.push({ ...row, period_start: start, period_end: fields.year, basis: basis!, value_column: columnOf(table, "value") });
  }
  return { periods, years };
}

export function readTermResultsFiles(files: string[], ctx: ActualsContext, problems: Problem[]): { periods: TermResultCandidate[]; years: ActualCandidate[] } {
  const periods: TermResultCandidate[] = [];
  const years: ActualCandidate[] = [];
  for (const file of files) {
    const read = validateTermResultsTable(readCsvFile(file, problems), ctx, problems);
    periods.push(...read.periods);
    years.push(...read.years);
  }
  return { periods, years };
}

/**
 * Warnings for period results that disagree, as for yearly actuals: each row whose value differs
 * from the first row (in file and line order) for the same unit set, province, indicator and
 * period names that first row. The pipeline still runs and chooses one.
 */
export function termResultConflicts(periods: TermResultCandidate[], pathOf: (file: string) => string): Problem[] {
  const first = new Map<string, TermResultCandidate>();
  const warnings: Problem[] = [];
  const ordered = periods.filter((p) => p.line > 0).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  for (const p of ordered) {
    const key = [p.units, p.province_code, p.indicator_code, p.period_start, p.period_end].join("|");
    const f = first.get(key);
    if (!f) first.set(key, p);
    else if (f.value !== p.value) {
      warnings.push(
        new Problem(
          pathOf(p.file),
          p.line,
          p.value_column,
          `${p.value_original} for ${p.province_name} ${p.indicator_code} ${p.period_start}-${p.period_end}, where ${f.file}:${f.line} gives ${f.value_original}`,
          "one value per province, indicator and period (the pipeline chooses one; README: Resolving a conflict)",
          "warning",
        ),
      );
    }
  }
  return warnings;
}
