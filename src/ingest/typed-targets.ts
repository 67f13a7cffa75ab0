// Targets typed from paper: data/targets/*.csv, for resolutions an analyst has only on paper or
// as a scan. One row per target per source, with the source's title, page or article and URL
// where a document figure has its quote. Every problem of every file is reported with file,
// line, column, the value found and what was expected, as for actuals. The pipeline merges a
// typed target with the document figures that state the same target (src/metrics/sql/10_targets.sql).
import { z } from "zod";
import { basename } from "node:path";
import { readCsvFile, columnOf, type CsvTable } from "./csv.ts";
import { withColumnAliases } from "./column-aliases.ts";
import { Problem } from "./problems.ts";
import type { Indicator } from "./catalog.ts";
import { checkProvince, type ActualsContext } from "./actuals.ts";
import { defaultUnitSet, type UnitSet } from "./province-resolver.ts";
import { parseCsvNumber } from "./values.ts";
import { canonicalUnitName, conversionFactor } from "./units.ts";

export const TYPED_TARGET_COLUMNS = [
  "province", "indicator", "kind", "comparator", "value_low", "value_high", "unit", "period_start", "year", "source_title", "source_url", "note",
] as const;
export const TYPED_TARGET_OPTIONAL = ["page", "units", "quote", "published", "province_name"] as const;
export const KINDS = ["level", "avg_growth", "cumulative", "annual", "annual_change"] as const;
export const COMPARATORS = ["eq", "gte", "lte", "range"] as const;

/**
 * Units a target may be stated in although no actual is kept in them: the target is read and
 * shown, and its measures say that its unit does not convert (GRDP per capita in US dollars, a
 * multiple of the 2025 level, income a month).
 */
export const STATED_ONLY_UNITS = ["usd", "times_2025", "million_vnd_per_month"] as const;

export interface TypedTarget {
  file: string;
  line: number;
  units: UnitSet;
  province_code: string;
  province_name: string;
  indicator_code: string;
  kind: (typeof KINDS)[number];
  comparator: (typeof COMPARATORS)[number];
  value_low: number;
  value_high: number | null;
  /** As stated, by its catalog name (converted in SQL, as document figures are). */
  unit: string;
  period_start: number | null;
  year: number;
  quote: string;
  source_title: string;
  page: string;
  source_url: string;
  published: string | null;
  note: string;
}

const optionalYear = z
  .string()
  .optional()
  .transform((s) => s ?? "")
  .refine((s) => s === "" || /^\d{4}$/.test(s), "a four-digit year or nothing")
  .transform((s) => (s === "" ? null : Number(s)));

const rowSchema = z.object({
  kind: z.enum(KINDS, `one of ${KINDS.join(", ")}`),
  comparator: z.enum(COMPARATORS, "eq, gte (từ, trên), lte (dưới) or range (a - b)"),
  year: z
    .string()
    .regex(/^\d{4}$/, "a year between 1990 and 2050")
    .transform(Number)
    .refine((y) => y >= 1990 && y <= 2050, "a year between 1990 and 2050"),
  period_start: optionalYear,
  units: z
    .string()
    .optional()
    .transform((s) => s ?? "")
    .refine((s) => s === "" || s === "63" || s === "34", "63 (provinces before 1 July 2025), 34 (units after) or nothing"),
  published: z
    .string()
    .optional()
    .transform((s) => s ?? "")
    .refine((s) => s === "" || /^\d{4}-\d{2}-\d{2}$/.test(s), "a date YYYY-MM-DD or nothing")
    .transform((s) => (s === "" ? null : s)),
});

interface FieldIssue {
  field: string;
  found: string;
  expected: string;
}
const issue = (field: string, raw: string, expected: string): FieldIssue => ({ field, found: `${JSON.stringify(raw)} in column "${field}"`, expected });

function checkHeader(table: CsvTable, problems: Problem[]): boolean {
  if (table.header.length === 0) return false;
  let ok = true;
  for (const name of TYPED_TARGET_COLUMNS) {
    if (!table.header.includes(name)) {
      problems.push(new Problem(table.file, 1, table.header.length + 1, `no column "${name}" in the header (${table.header.join(table.delimiter)})`, `the columns ${TYPED_TARGET_COLUMNS.join(",")}`));
      ok = false;
    }
  }
  const known: readonly string[] = [...TYPED_TARGET_COLUMNS, ...TYPED_TARGET_OPTIONAL];
  table.header.forEach((h, i) => {
    if (!known.includes(h)) {
      problems.push(new Problem(table.file, 1, i + 1, `an unknown column "${h}"`, `one of ${known.join(", ")}`));
      ok = false;
    }
  });
  return ok;
}

/** The unit as stated, if the indicator's values can be compared with it (or it is one of the stated-only units). */
function checkUnit(text: string, indicator: Indicator, kind: string): { unit: string | null; issues: FieldIssue[] } {
  const unit = canonicalUnitName(text);
  // A change a year is in points a year whatever the indicator's unit.
  const ok = kind === "annual_change" ? unit === "pp_per_year" || unit === "percent" : conversionFactor(unit, indicator.unit) !== null || (STATED_ONLY_UNITS as readonly string[]).includes(unit);
  if (ok) return { unit, issues: [] };
  const expected = kind === "annual_change" ? "pp_per_year (points a year) for a change a year" : `a unit convertible to ${indicator.unit}, the unit of ${indicator.code}, or one of ${STATED_ONLY_UNITS.join(", ")}`;
  return { unit: null, issues: [issue("unit", text, expected)] };
}

function checkNumber(field: string, raw: string, delimiter: "," | ";"): { value: number | null; issues: FieldIssue[] } {
  const n = parseCsvNumber(raw, delimiter);
  return n.ok ? { value: n.value, issues: [] } : { value: null, issues: [issue(field, raw, n.expected)] };
}

export function validateTypedTargetsTable(written: CsvTable, ctx: ActualsContext, problems: Problem[]): TypedTarget[] {
  // The shared collection's names: unit_code (with the name in province), indicator_code, phrase.
  const table = withColumnAliases(written, { indicator_code: "indicator", phrase: "quote" }, ["unit_code", "province_code"]);
  if (!checkHeader(table, problems)) return [];
  const out: TypedTarget[] = [];
  for (const record of table.records) {
    const v = record.values;
    const issues: FieldIssue[] = [];
    const parsed = rowSchema.safeParse(v);
    if (!parsed.success) for (const i of parsed.error.issues) issues.push(issue(String(i.path[0] ?? ""), v[String(i.path[0] ?? "")] ?? "", i.message));
    const fields = parsed.success ? parsed.data : null;
    const set: UnitSet | null = fields ? ((fields.units || defaultUnitSet(fields.year)) as UnitSet) : null;
    const { province, issues: provinceIssues } = set ? checkProvince(v.province, set, ctx.provinces) : { province: null, issues: [] };
    issues.push(...provinceIssues);
    const indicator = ctx.indicators.get(v.indicator.trim()) ?? null;
    if (!indicator) issues.push(issue("indicator", v.indicator, "an indicator code of data/catalog/indicators.csv"));
    const low = checkNumber("value_low", v.value_low, table.delimiter);
    issues.push(...low.issues);
    let high: number | null = null;
    if (fields?.comparator === "range") {
      const h = checkNumber("value_high", v.value_high, table.delimiter);
      issues.push(...(v.value_high === "" ? [issue("value_high", v.value_high, "the upper end of the range (comparator range)")] : h.issues));
      high = h.value;
      if (low.value !== null && high !== null && high < low.value) issues.push(issue("value_high", v.value_high, `a value not below value_low (${v.value_low})`));
    } else if (fields && v.value_high !== "") {
      issues.push(issue("value_high", v.value_high, `nothing: only a range (comparator range) has an upper end, and the comparator is ${fields.comparator}`));
    }
    const unit = indicator && fields ? checkUnit(v.unit, indicator, fields.kind) : { unit: null, issues: [] };
    issues.push(...unit.issues);
    if (fields && fields.period_start !== null && fields.period_start > fields.year) {
      issues.push(issue("period_start", v.period_start, `a year no later than the target year ${fields.year}`));
    }
    if (v.source_title === "" && v.source_url === "") {
      issues.push(issue("source_title", v.source_title, "the title of the document the target is typed from (or its URL in source_url)"));
    }
    for (const i of issues) problems.push(new Problem(table.file, record.line, columnOf(table, i.field), i.found, i.expected));
    if (issues.length > 0 || !fields || !set || !province || !indicator || low.value === null || !unit.unit) continue;
    out.push({
      file: basename(table.file),
      line: record.line,
      units: set,
      province_code: province.code,
      province_name: province.name_vi,
      indicator_code: indicator.code,
      kind: fields.kind,
      comparator: fields.comparator,
      value_low: low.value,
      value_high: high,
      unit: unit.unit,
      period_start: fields.period_start,
      year: fields.year,
      quote: v.quote ?? "",
      source_title: v.source_title,
      page: v.page ?? "",
      source_url: v.source_url,
      published: fields.published,
      note: v.note,
    });
  }
  return out;
}

export function readTypedTargetFiles(files: string[], ctx: ActualsContext, problems: Problem[]): TypedTarget[] {
  return files.flatMap((file) => validateTypedTargetsTable(readCsvFile(file, problems), ctx, problems));
}
