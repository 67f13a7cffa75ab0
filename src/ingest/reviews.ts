// Analysts' reviews in data/reviews/*.csv. Two kinds of file, told apart by their header:
// - figure reviews (column "id"): confirm, correct or reject a figure the extractor found;
// - choices among actuals (column "province"): which of several values for a province,
//   indicator and year to use.
// The pipeline reads these files and never writes them.
import { z } from "zod";
import { basename } from "node:path";
import { readCsvFile, columnOf, type CsvTable } from "./csv.ts";
import { Problem } from "./problems.ts";
import { parseCsvNumber } from "./values.ts";
import { ProvinceResolver, defaultUnitSet, type UnitSet } from "./province-resolver.ts";
import type { Indicator } from "./catalog.ts";

export const FIGURE_REVIEW_COLUMNS = ["id", "action", "role", "indicator_code", "kind", "comparator", "value_low", "value_high", "unit", "period_start", "year", "note", "reviewer"] as const;
export const CHOICE_COLUMNS = ["province", "indicator", "year", "value", "source", "units", "note", "reviewer"] as const;

export interface FigureReview {
  file: string;
  line: number;
  id: string;
  action: "confirm" | "correct" | "reject";
  /** Only the fields the analyst filled in. */
  changes: Partial<{
    role: "target" | "actual";
    indicator_code: string;
    kind: string;
    comparator: string;
    value_low: number;
    value_high: number | null;
    unit: string;
    period_start: number | null;
    year: number | null;
  }>;
  note: string;
  reviewer: string;
}

export interface ActualChoice {
  file: string;
  line: number;
  province_code: string;
  units: UnitSet;
  indicator_code: string;
  year: number;
  value: number | null;
  source: string;
  note: string;
  reviewer: string;
}

export interface Reviews {
  figures: FigureReview[];
  choices: ActualChoice[];
}

const figureSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/, "the 12-character id of a figure, as `npm run extract` prints it"),
  action: z.enum(["confirm", "correct", "reject"], "confirm, correct or reject"),
  role: z.enum(["", "target", "actual"], "target, actual or nothing").optional(),
  kind: z.enum(["", "level", "avg_growth", "cumulative", "annual", "annual_change"], "level, avg_growth, cumulative, annual, annual_change or nothing").optional(),
  comparator: z.enum(["", "eq", "range", "gte", "lte"], "eq, range, gte, lte or nothing").optional(),
  period_start: z.string().regex(/^(\d{4})?$/, "a year or nothing").optional(),
  year: z.string().regex(/^(\d{4})?$/, "a year or nothing").optional(),
});

function readFigureReviews(table: CsvTable, indicators: Map<string, Indicator>, problems: Problem[]): FigureReview[] {
  const out: FigureReview[] = [];
  for (const { line, values: v } of table.records) {
    const before = problems.length;
    const report = (field: string, expected: string) =>
      problems.push(new Problem(table.file, line, columnOf(table, field), `${JSON.stringify(v[field] ?? "")} in column "${field}"`, expected));
    const parsed = figureSchema.safeParse(v);
    if (!parsed.success) for (const issue of parsed.error.issues) report(String(issue.path[0]), issue.message);
    const changes: FigureReview["changes"] = {};
    if (v.role) changes.role = v.role as "target" | "actual";
    if (v.indicator_code) {
      if (v.indicator_code !== "unknown" && !indicators.has(v.indicator_code)) report("indicator_code", "an indicator code of data/catalog/indicators.csv");
      changes.indicator_code = v.indicator_code;
    }
    if (v.kind) changes.kind = v.kind;
    if (v.comparator) changes.comparator = v.comparator;
    if (v.unit) changes.unit = v.unit;
    for (const field of ["value_low", "value_high"] as const) {
      if (!v[field]) continue;
      const n = parseCsvNumber(v[field], table.delimiter);
      if (n.ok) changes[field] = n.value;
      else report(field, n.expected);
    }
    if (v.period_start) changes.period_start = Number(v.period_start);
    if (v.year) changes.year = Number(v.year);
    if (v.action === "correct" && Object.keys(changes).length === 0) report("action", "at least one corrected field (role, indicator_code, kind, comparator, value_low, value_high, unit, period_start, year) with action correct");
    if (problems.length > before || !parsed.success) continue;
    out.push({ file: basename(table.file), line, id: v.id, action: parsed.data.action, changes, note: v.note ?? "", reviewer: v.reviewer ?? "" });
  }
  return out;
}

function readChoices(table: CsvTable, provinces: ProvinceResolver, indicators: Map<string, Indicator>, problems: Problem[]): ActualChoice[] {
  const out: ActualChoice[] = [];
  for (const { line, values: v } of table.records) {
    const before = problems.length;
    const report = (field: string, expected: string) =>
      problems.push(new Problem(table.file, line, columnOf(table, field), `${JSON.stringify(v[field] ?? "")} in column "${field}"`, expected));
    const year = /^\d{4}$/.test(v.year ?? "") ? Number(v.year) : null;
    if (year === null) report("year", "a year between 1990 and 2050");
    const units: UnitSet | null = v.units === "63" || v.units === "34" ? v.units : year ? defaultUnitSet(year) : null;
    const province = units ? provinces.resolve(v.province ?? "", units) : null;
    if (units && !province) report("province", "a statistics office code or a province name");
    if (!indicators.has(v.indicator ?? "")) report("indicator", "an indicator code of data/catalog/indicators.csv");
    let value: number | null = null;
    if (v.value) {
      const n = parseCsvNumber(v.value, table.delimiter);
      if (n.ok) value = n.value;
      else report("value", n.expected);
    }
    if (!v.value && !v.source) report("value", "the chosen value or its source (one of them at least)");
    if (problems.length > before || !province || year === null || !units) continue;
    out.push({ file: basename(table.file), line, province_code: province.code, units, indicator_code: v.indicator, year, value, source: v.source ?? "", note: v.note ?? "", reviewer: v.reviewer ?? "" });
  }
  return out;
}

export function readReviewFiles(files: string[], provinces: ProvinceResolver, indicators: Map<string, Indicator>, problems: Problem[]): Reviews {
  const reviews: Reviews = { figures: [], choices: [] };
  for (const file of files) {
    const table = readCsvFile(file, problems);
    if (table.header.length === 0) continue;
    const known = table.header.includes("id") ? FIGURE_REVIEW_COLUMNS : table.header.includes("province") ? CHOICE_COLUMNS : null;
    if (!known) {
      problems.push(new Problem(file, 1, 1, `the header ${table.header.join(table.delimiter)}`, `a figure review (${FIGURE_REVIEW_COLUMNS.slice(0, 2).join(",")},…) or a choice among actuals (${CHOICE_COLUMNS.slice(0, 4).join(",")},…)`));
      continue;
    }
    table.header.forEach((h, i) => {
      if (!(known as readonly string[]).includes(h)) problems.push(new Problem(file, 1, i + 1, `an unknown column "${h}"`, `one of ${known.join(", ")}`));
    });
    if (known === FIGURE_REVIEW_COLUMNS) for (const r of readFigureReviews(table, indicators, problems)) reviews.figures.push(r);
    else for (const c of readChoices(table, provinces, indicators, problems)) reviews.choices.push(c);
  }
  return reviews;
}
