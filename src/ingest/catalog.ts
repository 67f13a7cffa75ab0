// The catalogs of indicators and provinces and the documents' metadata, validated with zod.
import { z } from "zod";
import { readCsvFile, columnOf, type CsvTable } from "./csv.ts";
import { Problem } from "./problems.ts";
import { isoDate } from "./dates.ts";
import type { ProvinceResolver } from "./province-resolver.ts";

export const UNITS = [
  "percent",
  "percent_per_year",
  "pp_per_year",
  "million_vnd",
  "billion_vnd",
  "million_usd",
  "billion_usd",
  "persons",
  "enterprises",
  "communes",
  "districts",
  "per_10k_pop",
  "children_per_woman",
  // Beyond the gold vocabulary, for indicators of the current term's reports.
  "tonnes",
  "million_visits",
  "million_vnd_per_worker",
  "million_vnd_per_ha",
  "years",
] as const;
export type Unit = (typeof UNITS)[number];

const indicatorSchema = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]*$/, "a lower-case code such as grdp_growth"),
  group: z.string().min(1, "a group name"),
  name_vi: z.string().min(1, "a Vietnamese name"),
  name_en: z.string().min(1, "an English name"),
  unit: z.enum(UNITS, "one of the catalog units (" + UNITS.join(", ") + ")"),
  direction: z.enum(["up", "down", "none"], "up, down or none"),
  aliases: z.string(),
  // How values of parts add up to a merged unit (2025): summed, averaged with GRDP weights, a
  // per-capita value (total GRDP over implied population), or not at all.
  aggregation: z.enum(["sum", "grdp_weighted", "per_capita", "none", ""], "sum, grdp_weighted, per_capita or none").optional().transform((s) => (s ? s : "none")),
});
export type Indicator = z.infer<typeof indicatorSchema>;

const provinceSchema = z.object({
  code: z.string().regex(/^\d{2}$/, "a two-digit statistics office code"),
  name_vi: z.string().min(1, "a Vietnamese name"),
  name_en: z.string().min(1, "an English name"),
  region: z.string().min(1, "a region"),
  unit_2025: z.string().min(1, "the name of the 2025 unit"),
  unit_2025_code: z.string().regex(/^\d{2}$/, "a two-digit code of the 2025 unit"),
});
export type Province = z.infer<typeof provinceSchema>;

const optionalYear = z
  .string()
  .regex(/^(\d{4})?$/, "a four-digit year or nothing")
  .transform((s) => (s === "" ? null : Number(s)));

const documentSchema = z.object({
  file: z.string().min(1, "a file name under documents/"),
  province: z.string().min(1, "a province name"),
  province_code: z.string().regex(/^\d{1,2}$/, "a statistics office code").transform((s) => s.padStart(2, "0")),
  units: z.enum(["63", "34"], "63 (the provinces before 1 July 2025) or 34 (the units after)"),
  doc_type: z.string(),
  published: z.string().refine((s) => s === "" || (/^\d{4}-\d{2}-\d{2}$/.test(s) && isoDate(s) !== null), "a real date YYYY-MM-DD or nothing"),
  term_start: optionalYear,
  term_end: optionalYear,
  publisher: z.string(),
  title: z.string(),
  source_url: z.string(),
});
export type DocumentMeta = z.infer<typeof documentSchema>;

/**
 * Validates every record of a table against a schema; problems carry file, line and column. A
 * `key` column must hold each value once (a catalog code listed twice would multiply every row
 * joined to it).
 */
export function validateTable<S extends z.ZodType>(table: CsvTable, schema: S, problems: Problem[], key?: string): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  const seen = new Map<string, number>();
  for (const record of table.records) {
    const result = schema.safeParse(record.values);
    if (result.success && key !== undefined) {
      const value = String((result.data as Record<string, unknown>)[key]);
      const first = seen.get(value);
      if (first !== undefined) {
        problems.push(new Problem(table.file, record.line, columnOf(table, key), `${JSON.stringify(value)} in column "${key}", already on line ${first}`, `each ${key} once`));
        continue;
      }
      seen.set(value, record.line);
    }
    if (result.success) {
      out.push(result.data);
      continue;
    }
    for (const issue of result.error.issues) {
      const field = String(issue.path[0] ?? "");
      const found = field in record.values ? JSON.stringify(record.values[field]) : `no column "${field}"`;
      problems.push(new Problem(table.file, record.line, columnOf(table, field), `${found} in column "${field}"`, issue.message));
    }
  }
  return out;
}

export function readIndicators(file: string, problems: Problem[]): Indicator[] {
  return validateTable(readCsvFile(file, problems), indicatorSchema, problems, "code");
}

export function readProvinces(file: string, problems: Problem[]): Province[] {
  return validateTable(readCsvFile(file, problems), provinceSchema, problems, "code");
}

/**
 * The documents' metadata. With the provinces, each row's code must be one of its unit set and
 * its province name, when it names one, that code's.
 */
export function readDocumentMeta(file: string, problems: Problem[], provinces?: ProvinceResolver): DocumentMeta[] {
  const table = readCsvFile(file, problems);
  const out: DocumentMeta[] = [];
  const lines = new Map<string, number>();
  for (const record of table.records) {
    const before = problems.length;
    const [meta] = validateTable({ ...table, records: [record] }, documentSchema, problems);
    if (!meta) continue;
    const report = (field: string, found: string, expected: string) => problems.push(new Problem(file, record.line, columnOf(table, field), found, expected));
    const first = lines.get(meta.file);
    if (first !== undefined) report("file", `"${meta.file}" in column "file", already on line ${first}`, "one row per document");
    else lines.set(meta.file, record.line);
    if (meta.term_start !== null && meta.term_end !== null && meta.term_start > meta.term_end) {
      report("term_end", `the term ${meta.term_start}-${meta.term_end}`, "a term whose start is not after its end");
    }
    if (provinces) {
      const set = meta.units as "63" | "34";
      const unit = provinces.get(set, meta.province_code);
      const setName = set === "63" ? "the 63 provinces before 1 July 2025" : "the 34 units from 1 July 2025";
      if (!unit) report("province_code", `${JSON.stringify(record.values.province_code)} in column "province_code"`, `a statistics office code of ${setName}`);
      else {
        const named = provinces.resolve(meta.province, set);
        if (named && named.code !== unit.code) {
          report("province", `"${meta.province}", which is code ${named.code} among ${setName}, beside code ${meta.province_code} (${unit.name_vi})`, "the province that the code names");
        }
      }
    }
    if (problems.length === before) out.push(meta);
  }
  return out;
}
