// Reads actuals files straight into DuckDB's actual_candidates table. A national dataset is a
// million rows: parsing them with csv-parse and checking each with zod takes tens of seconds,
// while DuckDB's CSV reader takes about one. The rules stay those of actuals.ts: the checks
// there run once per distinct combination of the fields they look at (a few thousand), and
// plain numbers are cast in SQL. Any file the bulk reader cannot vouch for (a problem in any
// row, a blank line, a header it cannot read) goes through the row-by-row reader, which
// reports every problem at its file, line and column.
import type { DuckDBConnection } from "@duckdb/node-api";
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { appendRows, createTable, queryRows, quoteIdent, sqlString, type ColumnSpec } from "../db/duckdb.ts";
import { cleanField, detectDelimiter, parseCsvText, readCsvFile } from "./csv.ts";
import { Problem } from "./problems.ts";
import type { UnitSet } from "./province-resolver.ts";
import {
  ACTUALS_OPTIONAL,
  ACTUALS_REQUIRED,
  canonicalValue,
  checkHeader,
  checkIndicatorUnit,
  checkProvince,
  checkRowFields,
  checkValueRange,
  checkValueText,
  sourceKind,
  unitSetOf,
  validateActualsTable,
  type ActualCandidate,
  type ActualsContext,
} from "./actuals.ts";
import { plainNumberPattern } from "./values.ts";

const v = (name: string): ColumnSpec => ({ name, type: "VARCHAR" });
const d = (name: string): ColumnSpec => ({ name, type: "DOUBLE" });
const i = (name: string): ColumnSpec => ({ name, type: "INTEGER" });

export const ACTUAL_CANDIDATE_COLUMNS: ColumnSpec[] = [
  v("file"), i("line"), v("province_code"), v("units"), v("province_name"), v("indicator_code"), i("year"), d("value"), v("unit"),
  d("value_original"), v("unit_original"), v("value_text"), v("status"), v("source"), v("source_kind"), i("price_base"), v("quote"), v("note"), v("published"),
];

/** Creates the empty actual_candidates table the readers append to. */
export async function createActualCandidates(conn: DuckDBConnection): Promise<void> {
  await createTable(conn, "actual_candidates", ACTUAL_CANDIDATE_COLUMNS);
}

/** Appends candidates read in JavaScript (the row-by-row reader, documents' reported results). */
export async function appendActualCandidates(conn: DuckDBConnection, rows: ActualCandidate[]): Promise<void> {
  await appendRows(conn, "actual_candidates", ACTUAL_CANDIDATE_COLUMNS, rows);
}

/**
 * Reads every file into actual_candidates; problems go to `problems` exactly as the row-by-row
 * reader reports them. Returns the number of rows read, valid or not.
 */
export async function readActualsIntoDb(conn: DuckDBConnection, files: string[], ctx: ActualsContext, problems: Problem[]): Promise<number> {
  let rows = 0;
  for (const file of files) {
    const bulk = await readActualsFileInBulk(conn, file, ctx);
    if (bulk !== null) {
      rows += bulk;
      continue;
    }
    const table = readCsvFile(file, problems);
    await appendActualCandidates(conn, validateActualsTable(table, ctx, problems));
    rows += table.rows;
  }
  return rows;
}

// JavaScript's String.prototype.trim() removes exactly these characters.
const JS_WHITESPACE_CLASS = String.raw`[\t-\r \x{a0}\x{1680}\x{2000}-\x{200a}\x{2028}\x{2029}\x{202f}\x{205f}\x{3000}\x{feff}]`;
const JS_WHITESPACE_CHARS = [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, ...Array.from({ length: 11 }, (_, k) => 0x2000 + k), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
  .map((code) => `chr(${code})`)
  .join(" || ");
/** cleanField() of csv.ts in SQL, for the free text carried through (quote, note); cheap for the common field that needs nothing. */
const cleanText = (x: string) => `CASE
  WHEN ${x} = '' THEN ''
  WHEN NOT contains(${JS_WHITESPACE_CHARS}, left(${x}, 1)) AND NOT contains(${JS_WHITESPACE_CHARS}, right(${x}, 1))
    THEN (CASE WHEN strlen(${x}) = length(${x}) THEN ${x} ELSE nfc_normalize(${x}) END)
  ELSE nfc_normalize(regexp_replace(${x}, '^${JS_WHITESPACE_CLASS}+|${JS_WHITESPACE_CLASS}+$', '', 'g'))
END`;

const ALL_COLUMNS = [...ACTUALS_REQUIRED, ...ACTUALS_OPTIONAL];

/** The SQL that reads one file into actuals_raw as written (missing optional columns empty); rowid keeps the file's order. */
function readRawQuery(file: string, header: string[], delimiter: "," | ";"): string {
  const columns = header.map((h) => `${sqlString(h)}: 'VARCHAR'`).join(", ");
  const field = (name: string) => (header.includes(name) ? `coalesce(${quoteIdent(name)}, '')` : "''");
  return `CREATE OR REPLACE TEMP TABLE actuals_raw AS
SELECT ${ALL_COLUMNS.map((name) => `${field(name)} AS ${quoteIdent(name)}`).join(", ")}
FROM read_csv(${sqlString(literalPath(file))}, header = true, auto_detect = false, delim = ${sqlString(delimiter)}, quote = '"', escape = '"',
  strict_mode = true, null_padding = false, encoding = 'utf-8', columns = {${columns}})`;
}

/**
 * The file's path as DuckDB's reader takes it literally: DuckDB reads every path as a glob
 * pattern (data/actuals/[x].csv would read x.csv), so the pattern characters are put in
 * brackets, where they stand for themselves; an absolute path keeps a leading "~" or a
 * "scheme://" from meaning anything either.
 */
export function literalPath(file: string): string {
  return resolve(file).replace(/[[*?]/g, (c) => `[${c}]`);
}

/** Line breaks inside the quoted fields of a row. */
const newlinesInRow = (table = "") => ALL_COLUMNS.map((c) => `(strlen(${table}${quoteIdent(c)}) - strlen(replace(${table}${quoteIdent(c)}, chr(10), '')))`).join(" + ");
/** A row whose every field is empty; skipped, as the row-by-row reader skips it. A row of spaces goes to that reader. */
const blank = (table = "") => ALL_COLUMNS.map((c) => `${table}${quoteIdent(c)} = ''`).join(" AND ");

/** Reads one file in bulk; null when it must go through the row-by-row reader instead. */
export async function readActualsFileInBulk(conn: DuckDBConnection, file: string, ctx: ActualsContext): Promise<number | null> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  const headerEnd = bytes.indexOf(10);
  const headerText = bytes.subarray(0, headerEnd < 0 ? bytes.length : headerEnd).toString("utf8").replace(/^\uFEFF/, "");
  if (headerText.includes('"') || headerEnd < 0) return null;
  const delimiter = detectDelimiter(headerText);
  const headerProblems: Problem[] = [];
  const table = parseCsvText(file, headerText, headerProblems);
  if (headerProblems.length > 0 || !checkHeader(table, headerProblems) || new Set(table.header).size !== table.header.length) return null;

  const [{ threads }] = await queryRows<{ threads: number }>(conn, "SELECT current_setting('threads')::INTEGER AS threads");
  try {
    // DuckDB's reader splits the file between the cores; the table keeps the file's order.
    await conn.run("SET threads = 2");
    await conn.run(readRawQuery(file, table.header, delimiter));
  } catch {
    return null; // a malformed row, an unterminated quote, invalid UTF-8: the row-by-row reader says where
  } finally {
    await conn.run(`SET threads = ${threads}`);
  }
  try {
    // Line numbers follow from the row order only when no blank line was skipped.
    const hasQuotes = bytes.includes(34);
    const [{ rows, newlines }] = await queryRows<{ rows: number; newlines: number | null }>(
      conn,
      `SELECT count(*)::INTEGER AS rows, ${hasQuotes ? `sum(${newlinesInRow()})::INTEGER` : "0"} AS newlines FROM actuals_raw`,
    );
    const physicalLines = countByte(bytes, 10) + (bytes[bytes.length - 1] === 10 ? 0 : 1);
    if (physicalLines !== 1 + rows + (newlines ?? 0)) return null;
    if (!(await checkKeys(conn, delimiter, ctx, (newlines ?? 0) > 0))) return null;
    return await insertCandidates(conn, file);
  } finally {
    await conn.run(
      ["actuals_raw", "actuals_fields_key", "actuals_province_key", "actuals_indicator_key", "actuals_value_key", "actuals_source_key", "actuals_valued"].map((t) => `DROP TABLE IF EXISTS ${t};`).join(" "),
    );
  }
}

function countByte(bytes: Buffer, byte: number): number {
  let n = 0;
  for (let at = bytes.indexOf(byte); at >= 0; at = bytes.indexOf(byte, at + 1)) n++;
  return n;
}

/**
 * Runs the checks of actuals.ts over the distinct combinations of fields, as written, and
 * stores what they return in small key tables. False as soon as one combination has a problem.
 */
async function checkKeys(conn: DuckDBConnection, delimiter: "," | ";", ctx: ActualsContext, hasNewlines: boolean): Promise<boolean> {
  type FieldsKey = { year: string; status: string; price_base: string; published: string; units: string };
  const fieldsRows: object[] = [];
  for (const key of await queryRows<FieldsKey>(conn, `SELECT DISTINCT year, status, price_base, published, units FROM actuals_raw WHERE NOT (${blank()})`)) {
    // The source is checked with the other sources below.
    const { fields } = checkRowFields({
      year: cleanField(key.year), status: cleanField(key.status), price_base: cleanField(key.price_base), published: cleanField(key.published), units: cleanField(key.units),
      source: "source",
    });
    if (!fields) return false;
    fieldsRows.push({ ...key, year_n: fields.year, status_checked: fields.status, price_base_n: fields.price_base, published_iso: fields.published, unit_set: unitSetOf(fields) });
  }
  await insertKeyTable(
    conn,
    "actuals_fields_key",
    [v("year"), v("status"), v("price_base"), v("published"), v("units"), i("year_n"), v("status_checked"), i("price_base_n"), v("published_iso"), v("unit_set")],
    fieldsRows,
  );

  const provinceRows: object[] = [];
  for (const key of await queryRows<{ province: string; unit_set: string }>(conn, `SELECT DISTINCT r.province, f.unit_set FROM actuals_raw r JOIN actuals_fields_key f USING (year, status, price_base, published, units) WHERE NOT (${blank("r.")})`)) {
    const { province } = checkProvince(cleanField(key.province), key.unit_set as UnitSet, ctx.provinces);
    if (!province) return false;
    provinceRows.push({ ...key, province_code: province.code, province_name: province.name_vi });
  }
  await insertKeyTable(conn, "actuals_province_key", [v("province"), v("unit_set"), v("province_code"), v("province_name")], provinceRows);

  const indicatorRows: object[] = [];
  for (const key of await queryRows<{ indicator: string; unit: string }>(conn, `SELECT DISTINCT indicator, unit FROM actuals_raw WHERE NOT (${blank()})`)) {
    const { indicatorUnit } = checkIndicatorUnit(cleanField(key.indicator), cleanField(key.unit), ctx.indicators);
    if (!indicatorUnit) return false;
    indicatorRows.push({ ...key, indicator_code: indicatorUnit.indicator.code, canonical_unit: indicatorUnit.indicator.unit, unit_original: indicatorUnit.unitOriginal, factor: indicatorUnit.factor });
  }
  await insertKeyTable(conn, "actuals_indicator_key", [v("indicator"), v("unit"), v("indicator_code"), v("canonical_unit"), v("unit_original"), d("factor")], indicatorRows);

  // Plain numbers in the canonical unit are cast in SQL; every other form goes through parseCsvNumber.
  const plain = `regexp_full_match(r.value, ${sqlString(plainNumberPattern(delimiter))}) AND k.factor = 1`;
  const valueRows: object[] = [];
  for (const key of await queryRows<{ value: string; factor: number }>(conn, `SELECT DISTINCT r.value, k.factor FROM actuals_raw r JOIN actuals_indicator_key k USING (indicator, unit) WHERE NOT (${plain}) AND NOT (${blank("r.")})`)) {
    const { value } = checkValueText(cleanField(key.value), delimiter);
    if (value === null) return false;
    valueRows.push({ ...key, value_original: value, value_canonical: canonicalValue(value, key.factor) });
  }
  await insertKeyTable(conn, "actuals_value_key", [v("value"), d("factor"), d("value_original"), d("value_canonical")], valueRows);

  const sourceRows: object[] = [];
  for (const { source } of await queryRows<{ source: string }>(conn, `SELECT DISTINCT source FROM actuals_raw WHERE NOT (${blank()})`)) {
    const cleaned = cleanField(source);
    if (checkRowFields({ year: "2000", status: "official", source: cleaned }).fields === null) return false;
    sourceRows.push({ source, cleaned, source_kind: sourceKind(cleaned) });
  }
  await insertKeyTable(conn, "actuals_source_key", [v("source"), v("cleaned"), v("source_kind")], sourceRows);

  // The header is line 1; a quoted field that holds line breaks pushes the following rows down.
  // No ORDER BY: each row carries its line, and nothing reads the candidates in table order
  // (sorting a million wide rows cost seconds).
  const line = hasNewlines ? `2 + r.rowid + coalesce(sum(${newlinesInRow("r.")}) OVER (ORDER BY r.rowid ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)` : "2 + r.rowid";
  await conn.run(`CREATE OR REPLACE TEMP TABLE actuals_valued AS
SELECT (${line})::INTEGER AS line, p.province_code, f.unit_set, p.province_name, k.indicator_code, f.year_n,
  CASE WHEN ${plain} THEN CAST(r.value AS DOUBLE) ELSE x.value_canonical END AS value_canonical,
  k.canonical_unit,
  CASE WHEN ${plain} THEN CAST(r.value AS DOUBLE) ELSE x.value_original END AS value_original,
  k.unit_original, ${cleanText("r.value")} AS value_text, f.status_checked AS status, s.cleaned AS source, s.source_kind, f.price_base_n, ${cleanText("r.quote")} AS quote, ${cleanText("r.note")} AS note, f.published_iso
FROM actuals_raw r
JOIN actuals_fields_key f ON f.year = r.year AND f.status = r.status AND f.price_base = r.price_base AND f.published = r.published AND f.units = r.units
JOIN actuals_province_key p ON p.province = r.province AND p.unit_set = f.unit_set
JOIN actuals_indicator_key k ON k.indicator = r.indicator AND k.unit = r.unit
LEFT JOIN actuals_value_key x ON x.value = r.value AND x.factor = k.factor
JOIN actuals_source_key s ON s.source = r.source
WHERE NOT (${blank("r.")})`);

  // Each bound is an interval: the least and the greatest value of an indicator stand for all.
  for (const b of await queryRows<{ indicator_code: string; least: number; greatest: number }>(
    conn,
    "SELECT indicator_code, min(value_canonical) AS least, max(value_canonical) AS greatest FROM actuals_valued GROUP BY indicator_code",
  )) {
    const indicator = ctx.indicators.get(b.indicator_code)!;
    if (checkValueRange(indicator, b.least, String(b.least)).length > 0 || checkValueRange(indicator, b.greatest, String(b.greatest)).length > 0) return false;
  }
  return true;
}

async function insertKeyTable(conn: DuckDBConnection, table: string, columns: ColumnSpec[], rows: object[]): Promise<void> {
  await conn.run(`CREATE OR REPLACE TEMP TABLE ${table} (${columns.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(", ")})`);
  await appendRows(conn, table, columns, rows);
}

/** Moves the checked rows into actual_candidates; returns how many. */
async function insertCandidates(conn: DuckDBConnection, file: string): Promise<number> {
  await conn.run(`INSERT INTO actual_candidates SELECT ${sqlString(basename(file))}, * FROM actuals_valued`);
  const [{ n }] = await queryRows<{ n: number }>(conn, "SELECT count(*)::INTEGER AS n FROM actuals_valued");
  return n;
}
