// Observations read from a table become rows of an ordinary actuals CSV file. The indicator,
// unit, price base and source come from the command's flags or from what the file states; when
// neither says, the import stops and asks for the flag rather than guessing. Places go through
// the project's province resolver; subtotals (regions, the whole country), unknown places and
// missing values are listed with their reason, never dropped silently. The rows are checked by
// the same validation as any actuals file before anything is written.
import { basename } from "node:path";
import { foldVietnamese } from "../../text/fold.ts";
import { toCsv } from "../../text/csv-format.ts";
import { UNITS, type Indicator } from "../catalog.ts";
import { defaultUnitSet, type ProvinceResolver, type ProvinceUnit, type UnitSet } from "../province-resolver.ts";
import { canonicalUnitName, conversionFactor } from "../units.ts";
import { statusCode, validateActualsTable, type Status } from "../actuals.ts";
import { parseCsvText } from "../csv.ts";
import type { Problem } from "../problems.ts";
import type { IndicatorMatcher } from "../../extract/indicators.ts";
import { cellNumber, cleanPlace, isSubtotal, type Observation, type SkippedLine, type TableRead } from "./observations.ts";

export interface ImportFlags {
  indicator?: string;
  unit?: string;
  priceBase?: number;
  status?: string;
  source?: string;
  units?: UnitSet;
}

export interface ImportContext {
  indicators: Map<string, Indicator>;
  provinces: ProvinceResolver;
  matcher: IndicatorMatcher;
}

export const IMPORT_COLUMNS = ["province", "indicator", "year", "value", "unit", "status", "source", "price_base", "note", "published", "units"] as const;
export type ImportRow = Record<(typeof IMPORT_COLUMNS)[number], string | number | null>;

export interface Imported {
  rows: ImportRow[];
  csv: string;
  /** Cells read (with a value, a missing mark, or a text), subtotals and unknown places included. */
  valuesRead: number;
  skipped: SkippedLine[];
  /** What was decided and from where ("indicator grdp_growth (--indicator)"). */
  decisions: string[];
  /** Values not written, counted by why ("in subtotal rows": 24). */
  notWritten: [string, number][];
  /** Problems of the rows as `validate` would report them (the file is then not written). */
  problems: Problem[];
}

export type Notation = "vi" | "csv-comma" | "csv-semicolon";

export function toActuals(file: string, table: TableRead, notation: Notation, flags: ImportFlags, ctx: ImportContext): Imported | { error: string } {
  const decisions: string[] = [];
  const skipped: SkippedLine[] = [];
  const metadataText = table.metadata.join("\n");

  // Indicators: one for the whole table, or one per category of an indicator variable.
  const labels = [...new Set(table.observations.map((o) => o.indicatorLabel).filter((l): l is string => l !== undefined))];
  const indicatorOf = new Map<string | undefined, Indicator | null>();
  if (flags.indicator !== undefined) {
    const indicator = ctx.indicators.get(flags.indicator);
    if (!indicator) return { error: `--indicator ${flags.indicator} is not a code of data/catalog/indicators.csv` };
    if (labels.length > 1) return { error: `the file holds ${labels.length} indicators (${labels.join("; ")}); --indicator names one: export one indicator, or leave the flag out to read each by its name` };
    indicatorOf.set(labels[0], indicator);
    decisions.push(`indicator ${indicator.code} (--indicator)`);
  } else if (labels.length > 0) {
    for (const label of labels) {
      const code = matchIndicator(label, ctx.matcher);
      indicatorOf.set(label, code ? ctx.indicators.get(code)! : null);
      decisions.push(code ? `indicator ${code} for "${label}" (its name in the file)` : `no indicator of the catalog for "${label}": its values are skipped`);
    }
  } else {
    const code = table.stated.indicator ? matchIndicator(table.stated.indicator, ctx.matcher) : null;
    if (!code) {
      return {
        error: `which indicator does the table hold? ${table.stated.indicator ? `Its title "${table.stated.indicator}" names none of the catalog clearly. ` : ""}Pass --indicator CODE (a code of data/catalog/indicators.csv, such as grdp_growth)`,
      };
    }
    indicatorOf.set(undefined, ctx.indicators.get(code)!);
    decisions.push(`indicator ${code} (from the file's title "${table.stated.indicator}"; --indicator chooses another)`);
  }

  // Units: the flag, else what the file states for the indicator or the table, else the unit line.
  const unitFor = new Map<Indicator, string>();
  for (const [label, indicator] of indicatorOf) {
    if (!indicator || unitFor.has(indicator)) continue;
    const perIndicator = table.observations.find((o) => o.indicatorLabel === label && o.unit)?.unit;
    const written = flags.unit ?? perIndicator ?? table.stated.unit ?? unitInText(metadataText);
    const how = flags.unit !== undefined ? "--unit" : perIndicator || table.stated.unit ? "stated in the file" : "from the table's unit line";
    if (written === undefined) return { error: `which unit are the values of ${indicator.code} in? The file does not say; pass --unit (for example --unit ${exampleUnit(indicator.unit)})` };
    const unit = canonicalUnitName(written);
    if (conversionFactor(unit, indicator.unit) === null) return { error: `the unit "${written}" (${how}) does not convert to ${indicator.unit}, the unit of ${indicator.code}; pass --unit` };
    unitFor.set(indicator, unit);
    decisions.push(`unit ${unit} for ${indicator.code} (${how})`);
  }

  // Price base: the flag, else "giá so sánh 2010" in the file; constant prices without a year stop the import.
  let priceBase: number | null = flags.priceBase ?? null;
  if (priceBase === null) {
    const folded = foldVietnamese(metadataText);
    const stated = /gia so sanh(?: nam)? (2010|2020)|(?:constant|at) (2010|2020) prices|constant prices of (2010|2020)/.exec(folded);
    if (stated) {
      priceBase = Number(stated[1] ?? stated[2] ?? stated[3]);
      decisions.push(`price base ${priceBase} (stated in the file)`);
    } else if (/gia so sanh|constant price/.test(folded)) {
      return { error: "the file says the values are at constant prices (giá so sánh) without the base year; pass --price-base 2010 or 2020" };
    }
  } else decisions.push(`price base ${priceBase} (--price-base)`);

  const source = flags.source ?? table.stated.source;
  if (!source) return { error: "where was the table published? Pass --source URL (or the yearbook's title and page); every value keeps it" };
  decisions.push(`source ${JSON.stringify(source)} (${flags.source ? "--source" : "stated in the file"})`);
  let defaultStatus: Status = "official";
  if (flags.status !== undefined) {
    const code = statusCode(flags.status);
    if (!code) return { error: `--status ${flags.status}: expected official, estimate or reported (or chính thức, sơ bộ, ước tính, dự ước, báo cáo)` };
    defaultStatus = code;
  }
  decisions.push(`status ${defaultStatus} (${flags.status !== undefined ? "--status" : "a statistics table's values are official"}), estimate in columns marked "sơ bộ" or "ước tính"`);

  // The unit set: the flag, else the one the place names belong to.
  const setChoice = flags.units ? { set: flags.units, why: "--units" } : unitSetOf(table.observations, ctx.provinces);
  if ("error" in setChoice) return setChoice;
  decisions.push(setChoice.set ? `places among the ${setChoice.set === "63" ? "63 provinces before 1 July 2025" : "34 units from 1 July 2025"} (${setChoice.why})` : "places among the 63 provinces up to 2025 and the 34 units from 2026 (the names fit both)");

  const rows: ImportRow[] = [];
  const listedPlaces = new Set<string>();
  const seen = new Map<string, string>();
  const skipPlace = (o: Observation, reason: string) => {
    if (listedPlaces.has(o.placeWhere)) return;
    listedPlaces.add(o.placeWhere);
    skipped.push({ where: o.placeWhere, text: o.place, reason });
  };
  let valuesRead = 0;
  const notWritten = new Map<string, number>();
  const count = (why: string) => notWritten.set(why, (notWritten.get(why) ?? 0) + 1);
  for (const o of table.observations) {
    const present = o.value !== null && !(typeof o.value === "string" && o.value.trim() === "");
    if (present) valuesRead++;
    const indicator = indicatorOf.get(o.indicatorLabel);
    if (!indicator) {
      if (present) count("of indicators not in the catalog");
      continue; // listed in the decisions
    }
    const place = cleanPlace(o.place);
    if (isSubtotal(place)) {
      if (present) count("in subtotal rows (regions, the whole country)");
      skipPlace(o, "a subtotal (a region or the whole country), not a province");
      continue;
    }
    const set = setChoice.set ?? defaultUnitSet(o.year);
    const province = resolvePlace(place, o.placeCode, set, ctx.provinces);
    if (!province) {
      if (present) count("of places that are not provinces");
      skipPlace(o, `not a province of the ${set === "63" ? "63 before 1 July 2025" : "34 units from 1 July 2025"} (add a spelling to data/catalog/provinces.csv, or pass --units)`);
      continue;
    }
    const number = cellNumber(o.value, notation);
    if (!number.ok) {
      if (present) count(number.missing ? "marked missing (-, ..)" : "that are not numbers");
      skipped.push({ where: o.where, text: `${province.name_vi} ${o.year}`, reason: number.reason });
      continue;
    }
    const key = `${set}|${province.code}|${indicator.code}|${o.year}`;
    const first = seen.get(key);
    if (first) {
      count("given twice for the same province and year");
      skipped.push({ where: o.where, text: `${o.place} ${o.year}`, reason: `a second value for ${province.name_vi} ${o.year} (the first is at ${first})` });
      continue;
    }
    seen.set(key, o.where);
    rows.push({
      province: province.name_vi,
      indicator: indicator.code,
      year: o.year,
      value: number.value,
      unit: unitFor.get(indicator)!,
      status: o.status ?? defaultStatus,
      source,
      price_base: priceBase,
      note: `imported from ${basename(file)}, ${o.where}`,
      published: table.stated.published ?? null,
      units: set,
    });
  }
  const csv = toCsv(rows, IMPORT_COLUMNS);
  // The rows as `validate` reads them: a value out of range stops the import here.
  const problems: Problem[] = [];
  validateActualsTable(parseCsvText(file, csv, problems), { indicators: ctx.indicators, provinces: ctx.provinces }, problems);
  // Notes and headings under the table come last, where they are.
  skipped.push(...table.skipped);
  return { rows, csv, valuesRead, skipped, decisions, notWritten: [...notWritten], problems };
}

/** The catalog indicator a label names: the longest alias match, when no other code matches as long. */
export function matchIndicator(label: string, matcher: IndicatorMatcher): string | null {
  const matches = matcher.matches(foldVietnamese(label).replace(/\s+/g, " "));
  if (matches.length === 0) return null;
  const longest = Math.max(...matches.map((m) => m.length));
  const codes = new Set(matches.filter((m) => m.length === longest).map((m) => m.code));
  return codes.size === 1 ? [...codes][0] : null;
}

/** "Đơn vị tính: Tỷ đồng", "ĐVT: %" or a unit in parentheses "(%)", as yearbook tables write it. */
export function unitInText(text: string): string | undefined {
  const candidates: string[] = [];
  for (const m of text.matchAll(/(?:đơn vị tính|đvt|đơn vị|unit)\s*:\s*([^;\n)]+)/giu)) candidates.push(m[1].trim());
  for (const m of text.matchAll(/\(([^()\n]{1,20})\)/g)) candidates.push(m[1].trim());
  return candidates.find((c) => (UNITS as readonly string[]).includes(canonicalUnitName(c)));
}

const exampleUnit = (unit: string) => ({ percent_per_year: "%", percent: "%", billion_vnd: '"tỷ đồng"', million_usd: '"triệu USD"', million_vnd: '"triệu đồng"' })[unit] ?? unit;

function resolvePlace(place: string, code: string | undefined, set: UnitSet, provinces: ProvinceResolver): ProvinceUnit | null {
  return provinces.resolve(place, set) ?? (code && /^\d{1,2}$/.test(code) ? provinces.resolve(code, set) : null);
}

/**
 * The set the table's places belong to: names found only among the 63 (Tiền Giang) or only among
 * the 34 (a merged unit's new name) decide; a table mixing both is refused; names that fit both
 * (Hà Nội, Hà Tĩnh) leave it to each year (63 up to 2025, 34 from 2026).
 */
function unitSetOf(observations: Observation[], provinces: ProvinceResolver): { set: UnitSet | null; why: string } | { error: string } {
  const only63: string[] = [];
  const only34: string[] = [];
  for (const place of new Set(observations.map((o) => cleanPlace(o.place)))) {
    if (isSubtotal(place) || /^\d{1,2}$/.test(place)) continue;
    const a = provinces.resolve(place, "63");
    const b = provinces.resolve(place, "34");
    if (a && !b) only63.push(place);
    if (b && !a) only34.push(place);
  }
  if (only63.length > 0 && only34.length > 0) {
    return { error: `the table mixes provinces before the 1 July 2025 merger (${only63.slice(0, 3).join(", ")}) and units after it (${only34.slice(0, 3).join(", ")}); pass --units 63 or --units 34` };
  }
  if (only63.length > 0) return { set: "63", why: `${only63[0]} is one of the 63 only` };
  if (only34.length > 0) return { set: "34", why: `${only34[0]} is one of the 34 only` };
  return { set: null, why: "" };
}
