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
import { UNITS, type Indicator } from "./catalog.ts";
import { canonicalUnitName } from "./units.ts";

import { CHOICE_COLUMNS, FIGURE_REVIEW_COLUMNS, kindOfFile } from "./file-kinds.ts";
export { CHOICE_COLUMNS, FIGURE_REVIEW_COLUMNS };

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

const YEAR_OR_NOTHING = /^((199\d|20[0-4]\d|2050))?$/;

const figureSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/, "the 12-character id of a figure, as `npm run extract` prints it"),
  action: z.enum(["confirm", "correct", "reject"], "confirm, correct or reject"),
  role: z.enum(["", "target", "actual"], "target, actual or nothing").optional(),
  kind: z.enum(["", "level", "avg_growth", "cumulative", "annual", "annual_change"], "level, avg_growth, cumulative, annual, annual_change or nothing").optional(),
  comparator: z.enum(["", "eq", "range", "gte", "lte"], "eq, range, gte, lte or nothing").optional(),
  period_start: z.string().regex(YEAR_OR_NOTHING, "a year between 1990 and 2050, or nothing").optional(),
  year: z.string().regex(YEAR_OR_NOTHING, "a year between 1990 and 2050, or nothing").optional(),
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
    if (v.unit) {
      const unit = canonicalUnitName(v.unit);
      if ((UNITS as readonly string[]).includes(unit)) changes.unit = unit;
      else report("unit", `a unit of the catalog (${UNITS.join(", ")}) or its Vietnamese name (%, tỷ đồng, triệu USD…)`);
    }
    for (const field of ["value_low", "value_high"] as const) {
      if (!v[field]) continue;
      const n = parseCsvNumber(v[field], table.delimiter);
      if (n.ok) changes[field] = n.value;
      else report(field, n.expected);
    }
    if (v.period_start) changes.period_start = Number(v.period_start);
    if (v.year) changes.year = Number(v.year);
    if (changes.period_start && changes.year && changes.period_start > changes.year) report("period_start", `a period that starts by its year (${changes.year})`);
    if (v.action === "correct" && Object.keys(changes).length === 0 && problems.length === before) report("action", "at least one corrected field (role, indicator_code, kind, comparator, value_low, value_high, unit, period_start, year) with action correct");
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
    const year = /^\d{4}$/.test(v.year ?? "") && Number(v.year) >= 1990 && Number(v.year) <= 2050 ? Number(v.year) : null;
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
    const routing = kindOfFile(file, table.header, table.delimiter);
    if (!routing.kind || (routing.kind.id !== "figure_reviews" && routing.kind.id !== "actual_choices")) {
      problems.push(routing.problem ?? new Problem(file, 1, 1, `the header of ${routing.kind.name}`, "a review file (data/reviews/): figure reviews or choices among actuals"));
      continue;
    }
    const known = routing.kind.id === "figure_reviews" ? FIGURE_REVIEW_COLUMNS : CHOICE_COLUMNS;
    table.header.forEach((h, i) => {
      if (!(known as readonly string[]).includes(h)) problems.push(new Problem(file, 1, i + 1, `an unknown column "${h}"`, `one of ${known.join(", ")}`));
    });
    if (known === FIGURE_REVIEW_COLUMNS) for (const r of readFigureReviews(table, indicators, problems)) reviews.figures.push(r);
    else for (const c of readChoices(table, provinces, indicators, problems)) reviews.choices.push(c);
  }
  const pathOf = (name: string) => files.find((f) => basename(f) === name) ?? name;
  const where = (r: { file: string; line: number }) => `${pathOf(r.file)}:${r.line}`;
  reviews.choices = refuseSecondChoices(reviews.choices, (c, first) => {
    const same = c.value === first.value && c.source === first.source;
    problems.push(
      new Problem(
        pathOf(c.file),
        c.line,
        1,
        `a second choice for ${c.province_code} (${c.units}) ${c.indicator_code} ${c.year}: ${describeChoice(c)}, where ${where(first)} chooses ${describeChoice(first)}`,
        same ? "one choice per province, indicator and year (this one repeats it: remove either)" : "one choice per province, indicator and year: keep the one you mean and remove the other",
        same ? "warning" : "error",
      ),
    );
  });
  // Two reviews of one figure: the last listed is applied (reviews.parquet says "superseded"); when they disagree, both lines are named.
  const lastReview = new Map<string, FigureReview>();
  for (const r of reviews.figures) {
    const before = lastReview.get(r.id);
    if (before && (before.action !== r.action || JSON.stringify(before.changes) !== JSON.stringify(r.changes))) {
      problems.push(
        new Problem(
          pathOf(r.file),
          r.line,
          1,
          `a second review of figure ${r.id} (${r.action}), where ${where(before)} says ${before.action}`,
          "one review per figure; this later one is applied and the earlier is superseded",
          "warning",
        ),
      );
    }
    lastReview.set(r.id, r);
  }
  return reviews;
}

const describeChoice = (c: ActualChoice) => [c.value !== null ? `value ${c.value}` : "", c.source ? `source ${JSON.stringify(c.source)}` : ""].filter(Boolean).join(", ");

/** The choices with every later one for the same unit set, province, indicator and year left out (and passed to `second`). */
function refuseSecondChoices(choices: ActualChoice[], second: (c: ActualChoice, first: ActualChoice) => void): ActualChoice[] {
  const firsts = new Map<string, ActualChoice>();
  const out: ActualChoice[] = [];
  for (const c of choices) {
    const key = `${c.units}|${c.province_code}|${c.indicator_code}|${c.year}`;
    const first = firsts.get(key);
    if (first) {
      second(c, first);
      continue;
    }
    firsts.set(key, c);
    out.push(c);
  }
  return out;
}
