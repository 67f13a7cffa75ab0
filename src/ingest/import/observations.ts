// What every table format is turned into before it becomes actuals rows: one observation per
// cell (a place label, a year, the value as stored), and the words around the table (title,
// unit line, notes) where the indicator, the unit and the price base may be stated.
import { foldVietnamese } from "../../text/fold.ts";
import type { Status } from "../actuals.ts";
import { parseCsvNumber } from "../values.ts";

export interface Observation {
  /** The place as the table writes it ("TP. Hồ Chí Minh", "CẢ NƯỚC"). */
  place: string;
  /** The place's code where the format gives one (PX CODES, JSON-stat category ids). */
  placeCode?: string;
  year: number;
  /** A number as stored, or the text of the cell (Vietnamese notation, "..", "-"). */
  value: number | string | null;
  /** Where the value is, for the note of the written row and for messages ("Bảng 1!C7"). */
  where: string;
  /** Where the place's label is (its row or column), to list a skipped place once. */
  placeWhere: string;
  /** A status the table states for this column ("Sơ bộ 2024"). */
  status?: Status;
  /** The indicator's label where the table has a variable for it. */
  indicatorLabel?: string;
  /** The unit stated for this indicator, if any. */
  unit?: string;
}

/** A row or column of the table that is not a place: a note, a heading, a row without label. */
export interface SkippedLine {
  where: string;
  text: string;
  reason: string;
}

export interface TableRead {
  observations: Observation[];
  skipped: SkippedLine[];
  /** Title, unit line, notes, variable names: where metadata is looked for. */
  metadata: string[];
  /** Metadata a format states in fields of its own. */
  stated: { indicator?: string; unit?: string; source?: string; published?: string };
  /** One line saying what was found ("years across, header row 4 of sheet Bảng 1"). */
  layout: string;
}

const STATUS_IN_LABEL: [RegExp, Status][] = [
  [/\b(so bo|uoc tinh|du uoc|uoc|prel|preliminary|provisional|est|estimate)\b/, "estimate"],
  [/\b(chinh thuc|official)\b/, "official"],
];
const YEAR_WORDS = /\b(nam|year|so bo|uoc tinh|du uoc|uoc|chinh thuc|prel|preliminary|provisional|est|estimate|official)\b/g;

/** A column or row heading that names one year, with the status it states; null otherwise. */
export function parseYearLabel(cell: unknown): { year: number; status?: Status } | null {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 1990 && cell <= 2050 ? { year: cell } : null;
  if (typeof cell !== "string") return null;
  const folded = foldVietnamese(cell).replace(/\s+/g, " ").trim();
  const years = folded.match(/\b(19|20)\d\d\b/g);
  if (!years || years.length !== 1) return null;
  const year = Number(years[0]);
  if (year < 1990 || year > 2050) return null;
  // Nothing but the year, words about it, and punctuation or a footnote mark.
  const rest = folded.replace(years[0], "").replace(YEAR_WORDS, "").replace(/\(\d\)|[()*.:,\-–\s]/g, "");
  if (rest !== "") return null;
  const status = STATUS_IN_LABEL.find(([re]) => re.test(folded))?.[1];
  return status ? { year, status } : { year };
}

const MISSING = new Set(["", "-", "–", "—", "..", "...", "…", "x", "n/a", "na"]);

export type CellNumber = { ok: true; value: number } | { ok: false; missing: boolean; reason: string };

/**
 * A cell's number: stored numbers as they are, text in the notation of the table ("18.700,5" in
 * a yearbook, where the decimal mark is a comma; in a comma-separated file as the CSV reader reads
 * it). "-", ".." and their kin are missing values, not zeros.
 */
export function cellNumber(value: number | string | null, notation: "vi" | "csv-comma" | "csv-semicolon"): CellNumber {
  if (value === null) return { ok: false, missing: true, reason: "no value (an empty cell)" };
  if (typeof value === "number") return Number.isFinite(value) ? { ok: true, value } : { ok: false, missing: false, reason: `not a finite number (${value})` };
  const text = value.trim().replace(/\s*(\*+|\(\d+\))$/, "");
  if (MISSING.has(text.toLowerCase())) return { ok: false, missing: true, reason: `no value (${JSON.stringify(value.trim())})` };
  const parsed = parseCsvNumber(text, notation === "csv-comma" ? "," : ";");
  return parsed.ok ? parsed : { ok: false, missing: false, reason: `not a number: ${JSON.stringify(value.trim())} (expected ${parsed.expected})` };
}

/** A place label without list numbering or footnote marks: "1. Hà Nội (1)" is "Hà Nội". */
export function cleanPlace(label: string): string {
  return label
    .normalize("NFC")
    .replace(/^\s*(?:\d{1,3}[.)]|[-–•+]|[IVX]{1,4}\.)\s+/, "")
    .replace(/\s*(?:\*+|\(\d+\)|\d\))\s*$/, "")
    .replace(/\s*:\s*$/, "")
    .trim();
}

/** Regions and the whole country, as statistics tables name their subtotals. */
const SUBTOTAL = /^(ca nuoc|toan quoc|tong so|tong cong|tong|chung|whole country|vietnam|viet nam|total|vung\b|mien\b|khu vuc\b|dong bang\b|trung du\b|tay nguyen|dong nam bo|tay bac|dong bac|bac trung bo|nam trung bo|duyen hai\b|region\b|red river|mekong|northern|north central|central highlands|south east|southeast)/;

export function isSubtotal(label: string): boolean {
  return SUBTOTAL.test(foldVietnamese(label).replace(/\s+/g, " ").trim());
}
