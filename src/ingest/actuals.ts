// Yearly actuals as analysts keep them: data/actuals/*.csv, long form, one row per province,
// indicator, year and source. Every problem of every file is reported, with file, line, column,
// the value found and what was expected.
import { z } from "zod";
import { basename } from "node:path";
import { readCsvFile, columnOf, type CsvTable } from "./csv.ts";
import { Problem } from "./problems.ts";
import type { Indicator } from "./catalog.ts";
import { ProvinceResolver, defaultUnitSet, type UnitSet } from "./province-resolver.ts";
import { parseCsvNumber } from "./values.ts";
import { canonicalUnitName, conversionFactor } from "./units.ts";

export const ACTUALS_REQUIRED = ["province", "indicator", "year", "value", "unit", "status", "source"] as const;
export const ACTUALS_OPTIONAL = ["price_base", "quote", "note", "published", "units"] as const;
export const STATUSES = ["official", "estimate", "reported"] as const;

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
  status: (typeof STATUSES)[number];
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
  status: z.enum(STATUSES, "official, estimate or reported"),
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
    .refine((s) => s === "" || /^\d{4}-\d{2}-\d{2}$/.test(s) || /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(s), "a date YYYY-MM-DD or DD/MM/YYYY, or nothing")
    .transform((s) => {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
      return s === "" ? null : m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : s;
    }),
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

/** Checks the header: required columns present, no unknown ones. */
function checkHeader(table: CsvTable, problems: Problem[]): boolean {
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

export function validateActualsTable(table: CsvTable, ctx: ActualsContext, problems: Problem[]): ActualCandidate[] {
  if (!checkHeader(table, problems)) return [];
  const out: ActualCandidate[] = [];
  for (const record of table.records) {
    const v = record.values;
    const at = (field: string) => ({ file: table.file, line: record.line, column: columnOf(table, field) });
    const report = (field: string, found: string, expected: string) => {
      const { file, line, column } = at(field);
      problems.push(new Problem(file, line, column, found, expected));
    };
    const before = problems.length;
    const parsed = rowSchema.safeParse(v);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? "");
        report(field, `${JSON.stringify(v[field] ?? "")} in column "${field}"`, issue.message);
      }
    }
    const year = parsed.success ? parsed.data.year : null;
    const set: UnitSet | null = parsed.success && parsed.data.units ? (parsed.data.units as UnitSet) : year !== null ? defaultUnitSet(year) : null;

    const province = set ? ctx.provinces.resolve(v.province, set) : null;
    if (set && !province) {
      report("province", `${JSON.stringify(v.province)} in column "province"`, `a statistics office code or a province name of the ${set === "63" ? "63 provinces before 1 July 2025" : "34 units from 1 July 2025"}`);
    }
    const indicator = ctx.indicators.get(v.indicator.trim());
    if (!indicator) report("indicator", `${JSON.stringify(v.indicator)} in column "indicator"`, "an indicator code of data/catalog/indicators.csv");

    const number = parseCsvNumber(v.value, table.delimiter);
    if (!number.ok) report("value", `${JSON.stringify(v.value)} in column "value"`, number.expected);

    const unitOriginal = canonicalUnitName(v.unit);
    const factor = indicator ? conversionFactor(unitOriginal, indicator.unit) : null;
    if (indicator && factor === null) {
      report("unit", `${JSON.stringify(v.unit)} in column "unit"`, `a unit convertible to ${indicator.unit}, the unit of ${indicator.code}`);
    }
    if (indicator && number.ok && factor !== null) {
      const value = number.value * factor;
      if (indicator.unit === "percent" && (value < 0 || value > 100)) {
        report("value", `${JSON.stringify(v.value)} in column "value"`, `a share or rate between 0 and 100 for ${indicator.code}`);
      }
      if (indicator.unit === "percent_per_year" && (value < -50 || value > 50)) {
        report("value", `${JSON.stringify(v.value)} in column "value"`, `a yearly growth between -50 and 50 % for ${indicator.code}`);
      }
      if (value < 0 && indicator.unit !== "percent_per_year" && indicator.unit !== "pp_per_year") {
        report("value", `${JSON.stringify(v.value)} in column "value"`, `a value of zero or more for ${indicator.code}`);
      }
    }
    if (problems.length > before || !parsed.success || !province || !indicator || !number.ok || factor === null || set === null) continue;
    out.push({
      file: basename(table.file),
      line: record.line,
      province_code: province.code,
      units: set,
      province_name: province.name_vi,
      indicator_code: indicator.code,
      year: parsed.data.year,
      value: tidy(number.value * factor),
      unit: indicator.unit,
      value_original: number.value,
      unit_original: unitOriginal,
      status: parsed.data.status,
      source: parsed.data.source,
      source_kind: sourceKind(parsed.data.source),
      price_base: parsed.data.price_base,
      quote: parsed.data.quote ?? "",
      note: parsed.data.note ?? "",
      published: parsed.data.published,
    });
  }
  return out;
}

const tidy = (x: number) => Number(x.toPrecision(12));

export function readActualsFiles(files: string[], ctx: ActualsContext, problems: Problem[]): ActualCandidate[] {
  return files.flatMap((file) => validateActualsTable(readCsvFile(file, problems), ctx, problems));
}
