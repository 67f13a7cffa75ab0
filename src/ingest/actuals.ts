// Yearly actuals as analysts keep them: data/actuals/*.csv, long form, one row per province,
// indicator, year and source. Every problem of every file is reported, with file, line, column,
// the value found and what was expected.
import { z } from "zod";
import { basename } from "node:path";
import { readCsvFile, columnOf, type CsvTable } from "./csv.ts";
import { Problem } from "./problems.ts";
import type { Indicator } from "./catalog.ts";
import { ProvinceResolver, defaultUnitSet, type ProvinceUnit, type UnitSet } from "./province-resolver.ts";
import { parseCsvNumber } from "./values.ts";
import { canonicalUnitName, conversionFactor } from "./units.ts";
import { isoDate } from "./dates.ts";
import { foldVietnamese } from "../text/fold.ts";

export const ACTUALS_REQUIRED = ["province", "indicator", "year", "value", "unit", "status", "source"] as const;
export const ACTUALS_OPTIONAL = ["price_base", "quote", "note", "published", "units"] as const;
export const STATUSES = ["official", "estimate", "reported"] as const;
export type Status = (typeof STATUSES)[number];

/** The words of the statistics office's own tables, stored as the codes (the README lists them). */
export const STATUS_WORDS: Record<string, Status> = {
  official: "official",
  estimate: "estimate",
  reported: "reported",
  "chinh thuc": "official",
  "so bo": "estimate",
  "uoc tinh": "estimate",
  "du uoc": "estimate",
  "bao cao": "reported",
};

/** The status code a written status means, accents, case and spaces aside; null when it is none of them. */
export function statusCode(text: string): Status | null {
  return STATUS_WORDS[foldVietnamese(text).replace(/\s+/g, " ").trim()] ?? null;
}

export interface ActualCandidate {
  file: string;
  line: number;
  province_code: string;
  units: UnitSet;
  province_name: string;
  indicator_code: string;
  year: number;
  /** In the indicator's canonical unit. */
  value: number;
  unit: string;
  value_original: number;
  unit_original: string;
  /** The value as written (trimmed), for messages that quote it; absent for documents' results. */
  value_text?: string;
  status: Status;
  source: string;
  source_kind: "statistics_office" | "other" | "document";
  price_base: number | null;
  quote: string;
  note: string;
  published: string | null;
}

const rowSchema = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/, "a year between 1990 and 2050")
    .transform(Number)
    .refine((y) => y >= 1990 && y <= 2050, "a year between 1990 and 2050"),
  status: z
    .string()
    .transform((s, ctx) => statusCode(s) ?? (ctx.addIssue({ code: "custom", message: "official, estimate or reported (or the office's words: chính thức, sơ bộ, ước tính, dự ước, báo cáo)" }), z.NEVER)),
  source: z.string().min(1, "a URL or a citation of where the value was published"),
  price_base: z
    .string()
    .optional()
    .transform((s) => s ?? "")
    .refine((s) => s === "" || s === "2010" || s === "2020", "2010, 2020 or nothing (the base year of constant prices)")
    .transform((s) => (s === "" ? null : Number(s))),
  published: z
    .string()
    .optional()
    .transform((s) => s ?? "")
    .refine((s) => s === "" || isoDate(s) !== null, "a real date YYYY-MM-DD or DD/MM/YYYY, or nothing")
    .transform((s) => (s === "" ? null : isoDate(s))),
  units: z
    .string()
    .optional()
    .transform((s) => s ?? "")
    .refine((s) => s === "" || s === "63" || s === "34", "63 (provinces before 1 July 2025), 34 (units after) or nothing"),
  quote: z.string().optional(),
  note: z.string().optional(),
});

const STATISTICS_OFFICE = /thongke|gso\.gov|nso\.gov|cucthongke|cuc thong ke|cục thống kê|tổng cục thống kê|nien giam|niên giám|statistic/i;

export function sourceKind(source: string): ActualCandidate["source_kind"] {
  return STATISTICS_OFFICE.test(source) ? "statistics_office" : "other";
}

export interface ActualsContext {
  indicators: Map<string, Indicator>;
  provinces: ProvinceResolver;
}

/** One problem of one field of a row, before it is placed at a file, line and column. */
export interface FieldIssue {
  field: string;
  found: string;
  expected: string;
}

const issue = (field: string, raw: string, expected: string): FieldIssue => ({ field, found: `${JSON.stringify(raw)} in column "${field}"`, expected });

/** Checks the header: required columns present, no unknown ones. */
export function checkHeader(table: Pick<CsvTable, "file" | "header" | "delimiter">, problems: Problem[]): boolean {
  if (table.header.length === 0) return false;
  let ok = true;
  for (const name of ACTUALS_REQUIRED) {
    if (!table.header.includes(name)) {
      problems.push(new Problem(table.file, 1, table.header.length + 1, `no column "${name}" in the header (${table.header.join(table.delimiter)})`, `the columns ${ACTUALS_REQUIRED.join(",")}`));
      ok = false;
    }
  }
  table.header.forEach((h, i) => {
    if (!(ACTUALS_REQUIRED as readonly string[]).includes(h) && !(ACTUALS_OPTIONAL as readonly string[]).includes(h)) {
      problems.push(new Problem(table.file, 1, i + 1, `an unknown column "${h}"`, `one of ${[...ACTUALS_REQUIRED, ...ACTUALS_OPTIONAL].join(", ")}`));
      ok = false;
    }
  });
  return ok;
}

// The checks below each look at a few fields of a row. The row-by-row reader composes them;
// the bulk reader (actuals-bulk.ts) runs the same functions once per distinct combination of
// those fields, so that both accept exactly the same rows.

export type RowFields = z.infer<typeof rowSchema>;

/** Year, status, source, price base, publication date and unit set. */
export function checkRowFields(values: Record<string, string>): { fields: RowFields | null; issues: FieldIssue[] } {
  const parsed = rowSchema.safeParse(values);
  if (parsed.success) return { fields: parsed.data, issues: [] };
  return {
    fields: null,
    issues: parsed.error.issues.map((i) => {
      const field = String(i.path[0] ?? "");
      return issue(field, values[field] ?? "", i.message);
    }),
  };
}

/** The unit set a row belongs to: its `units` column, or else its year's. */
export function unitSetOf(fields: RowFields): UnitSet {
  return fields.units ? (fields.units as UnitSet) : defaultUnitSet(fields.year);
}

export function checkProvince(text: string, set: UnitSet, provinces: ProvinceResolver): { province: ProvinceUnit | null; issues: FieldIssue[] } {
  const province = provinces.resolve(text, set);
  if (province) return { province, issues: [] };
  return {
    province: null,
    issues: [issue("province", text, `a statistics office code or a province name of the ${set === "63" ? "63 provinces before 1 July 2025" : "34 units from 1 July 2025"}`)],
  };
}

export interface IndicatorUnit {
  indicator: Indicator;
  unitOriginal: string;
  /** Multiplier from the unit written to the indicator's canonical unit. */
  factor: number;
}

export function checkIndicatorUnit(indicatorText: string, unitText: string, indicators: Map<string, Indicator>): { indicatorUnit: IndicatorUnit | null; issues: FieldIssue[] } {
  const indicator = indicators.get(indicatorText.trim());
  if (!indicator) return { indicatorUnit: null, issues: [issue("indicator", indicatorText, "an indicator code of data/catalog/indicators.csv")] };
  const unitOriginal = canonicalUnitName(unitText);
  const factor = conversionFactor(unitOriginal, indicator.unit);
  if (factor === null) return { indicatorUnit: null, issues: [issue("unit", unitText, `a unit convertible to ${indicator.unit}, the unit of ${indicator.code}`)] };
  return { indicatorUnit: { indicator, unitOriginal, factor }, issues: [] };
}

export function checkValueText(raw: string, delimiter: "," | ";"): { value: number | null; issues: FieldIssue[] } {
  const number = parseCsvNumber(raw, delimiter);
  return number.ok ? { value: number.value, issues: [] } : { value: null, issues: [issue("value", raw, number.expected)] };
}

/** The bounds of a value in its indicator's canonical unit. Each is an interval, so checking the least and the greatest value of a column checks all of it. */
export function checkValueRange(indicator: Indicator, value: number, raw: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (indicator.unit === "percent" && (value < 0 || value > 100)) issues.push(issue("value", raw, `a share or rate between 0 and 100 for ${indicator.code}`));
  if (indicator.unit === "percent_per_year" && (value < -50 || value > 50)) issues.push(issue("value", raw, `a yearly growth between -50 and 50 % for ${indicator.code}`));
  if (value < 0 && indicator.unit !== "percent_per_year" && indicator.unit !== "pp_per_year") issues.push(issue("value", raw, `a value of zero or more for ${indicator.code}`));
  return issues;
}

/** A value in the canonical unit; a converted value is rounded to 12 significant digits so that 1,2 tỷ USD is 1200 million USD, not 1200.0000000000002. */
export function canonicalValue(value: number, factor: number): number {
  return factor === 1 ? value : tidy(value * factor);
}

/** What a row of actuals or term results states: its province, indicator, unit and value, checked together. */
export interface CheckedMeasurement {
  set: UnitSet | null;
  province: ProvinceUnit | null;
  indicatorUnit: IndicatorUnit | null;
  /** The value as written, read. */
  number: number | null;
  /** The value in the indicator's canonical unit. */
  value: number | null;
  issues: FieldIssue[];
}

/** The checks a row of actuals and a row of term results share, their messages in the order of the columns an analyst reads: province, indicator, value, then unit. */
export function checkMeasurement(v: Record<string, string>, fields: RowFields | null, ctx: ActualsContext, delimiter: "," | ";"): CheckedMeasurement {
  const set = fields ? unitSetOf(fields) : null;
  const { province, issues } = set ? checkProvince(v.province, set, ctx.provinces) : { province: null, issues: [] as FieldIssue[] };
  const { indicatorUnit, issues: indicatorIssues } = checkIndicatorUnit(v.indicator, v.unit, ctx.indicators);
  const { value: number, issues: valueIssues } = checkValueText(v.value, delimiter);
  issues.push(...indicatorIssues.filter((i) => i.field === "indicator"), ...valueIssues, ...indicatorIssues.filter((i) => i.field !== "indicator"));
  const value = indicatorUnit && number !== null ? canonicalValue(number, indicatorUnit.factor) : null;
  if (indicatorUnit && value !== null) issues.push(...checkValueRange(indicatorUnit.indicator, value, v.value));
  return { set, province, indicatorUnit, number, value, issues };
}

export function validateActualsTable(table: CsvTable, ctx: ActualsContext, problems: Problem[]): ActualCandidate[] {
  if (!checkHeader(table, problems)) return [];
  const out: ActualCandidate[] = [];
  for (const record of table.records) {
    const v = record.values;
    const { fields, issues } = checkRowFields(v);
    const { set, province, indicatorUnit, number, value, issues: measurementIssues } = checkMeasurement(v, fields, ctx, table.delimiter);
    issues.push(...measurementIssues);
    for (const i of issues) problems.push(new Problem(table.file, record.line, columnOf(table, i.field), i.found, i.expected));
    if (issues.length > 0 || !fields || !set || !province || !indicatorUnit || number === null || value === null) continue;
    out.push({
      file: basename(table.file),
      line: record.line,
      province_code: province.code,
      units: set,
      province_name: province.name_vi,
      indicator_code: indicatorUnit.indicator.code,
      year: fields.year,
      value,
      unit: indicatorUnit.indicator.unit,
      value_original: number,
      unit_original: indicatorUnit.unitOriginal,
      value_text: v.value,
      status: fields.status,
      source: fields.source,
      source_kind: sourceKind(fields.source),
      price_base: fields.price_base,
      quote: fields.quote ?? "",
      note: fields.note ?? "",
      published: fields.published,
    });
  }
  return out;
}

const tidy = (x: number) => Number(x.toPrecision(12));

export function readActualsFiles(files: string[], ctx: ActualsContext, problems: Problem[]): ActualCandidate[] {
  return files.flatMap((file) => validateActualsTable(readCsvFile(file, problems), ctx, problems));
}
