// A value a thousand times off its neighbours is almost always a separator mistake: "18.700"
// (tỷ đồng) typed into a comma-separated file is read as 18,7. The check runs over every actuals
// file together (a new year's neighbours are in last year's file) and warns; it never changes a
// value. Only levels are checked (amounts, counts): rates and growths legitimately swing around
// zero, and shares are bounded already.
import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRows, createTable, queryRows } from "../db/duckdb.ts";
import { sqlFile } from "../db/sql-file.ts";
import type { Indicator } from "./catalog.ts";
import { Problem } from "./problems.ts";

const MAGNITUDE = sqlFile(new URL("./sql/magnitude.sql", import.meta.url));

/** Units whose values are not amounts or counts: no separator mistake to look for. */
const NOT_LEVELS = new Set(["percent", "percent_per_year", "pp_per_year", "children_per_woman"]);

interface OffRow {
  file: string;
  line: number;
  province_name: string;
  indicator_code: string;
  year: number;
  value: number;
  value_original: number;
  value_text: string | null;
  unit_original: string;
  reference: number;
  basis: "series" | "provinces";
  series_from: number | null;
  series_to: number | null;
  provinces: number;
  ratio: number;
}

/** Warnings for the rows of `files` (base names; all when omitted) whose value is about 30 times off. */
export async function magnitudeWarnings(conn: DuckDBConnection, indicators: Iterable<Indicator>, pathOf: (file: string) => string, files?: Set<string>): Promise<Problem[]> {
  await createTable(conn, "magnitude_indicators", [{ name: "indicator_code", type: "VARCHAR" }]);
  await appendRows(conn, "magnitude_indicators", [{ name: "indicator_code", type: "VARCHAR" }], [...indicators].filter((i) => !NOT_LEVELS.has(i.unit)).map((i) => ({ indicator_code: i.code })));
  const rows = await queryRows<OffRow>(conn, MAGNITUDE);
  await conn.run("DROP TABLE magnitude_indicators");
  return rows.filter((r) => !files || files.has(r.file)).map((r) => new Problem(pathOf(r.file), r.line, 4, found(r), expected(r), "warning"));
}

function found(r: OffRow): string {
  // The reference in the unit the row was written in, so that both numbers read alike.
  const reference = r.value !== 0 ? (r.reference * r.value_original) / r.value : r.reference;
  const times = r.ratio < 1 ? `about ${formatVi(roundTimes(1 / r.ratio))} times less than` : `about ${formatVi(roundTimes(r.ratio))} times more than`;
  const where =
    r.basis === "series"
      ? `the median of ${r.province_name} ${r.indicator_code} in ${r.series_from === r.series_to ? r.series_from : `${r.series_from}-${r.series_to}`}`
      : `the median of ${r.provinces} provinces' ${r.indicator_code} in ${r.year}`;
  const text = r.value_text ?? String(r.value_original);
  return `${text} read as ${formatVi(r.value_original)} (${r.unit_original}), ${times} ${formatVi(tidy(reference))}, ${where}`;
}

function expected(r: OffRow): string {
  const text = (r.value_text ?? "").trim();
  const grouped = /^([+-]?\d{1,3})([.,])(\d{3})$/.exec(text);
  if (grouped && r.ratio < 1 && Math.abs(r.value_original - Number(`${grouped[1]}.${grouped[3]}`)) < 1e-9) {
    const meant = Number(grouped[1] + grouped[3]);
    return `a value near its neighbours: did you mean ${formatVi(meant)}? In a comma-separated file write ${meant}`;
  }
  const thousands = /^([+-]?\d{1,3})((?:\.\d{3})+)$/.exec(text);
  if (thousands && r.ratio > 1 && Number.isInteger(r.value_original)) {
    const meant = Number(`${thousands[1]}.${thousands[2].replaceAll(".", "")}`);
    return `a value near its neighbours: did you mean ${formatVi(meant)}? In a semicolon-separated file "${text}" is ${formatVi(r.value_original)}; write ${String(meant).replace(".", ",")} for a decimal`;
  }
  return `a value near its neighbours: check the number and its unit (${r.unit_original})`;
}

/** A ratio as people say it: 1000 rather than 987,3; small ratios to one significant digit. */
function roundTimes(x: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(x));
  return Math.round(x / magnitude) * magnitude;
}

const tidy = (x: number) => Number(x.toPrecision(6));

/** 18700.5 as "18 700,5": Vietnamese decimal comma, thin groups that read the same in any locale. */
export function formatVi(x: number): string {
  const [int, frac] = String(Math.abs(x)).split(".");
  const grouped = int.length > 4 ? int.replace(/\B(?=(\d{3})+(?!\d))/g, " ") : int;
  return (x < 0 ? "-" : "") + grouped + (frac ? `,${frac}` : "");
}
