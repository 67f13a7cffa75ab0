// CSV writing, shared by the extract command (through src/text/csv-format.ts) and the pages'
// downloads. For Excel (`excel: true`): a UTF-8 byte order mark so that Vietnamese opens intact,
// and any cell that starts like a formula (=, +, -, @, tab, carriage return) is prefixed with an
// apostrophe so that it is shown as text and never runs.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value, {excel = false, delimiter = ","} = {}) {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (excel && typeof value === "string" && FORMULA_START.test(s)) s = "'" + s;
  const special = delimiter === ";" ? /[";\r\n]/ : /[",\r\n]/;
  return special.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows, columns, {excel = false} = {}) {
  const lines = [columns.map((c) => csvField(c, {excel})).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c], {excel})).join(","));
  return (excel ? "\ufeff" : "") + lines.join(excel ? "\r\n" : "\n") + (excel ? "\r\n" : "\n");
}

/**
 * The two downloads of a table, with Vietnamese headers (`columns`: {key, label, csv?}; `csv(row)`
 * gives the cell when the key alone does not):
 * - "tools": UTF-8 without a byte order mark, commas, a decimal point, LF (pandas, R, DuckDB);
 * - "excel-vn": what Excel in a Vietnamese locale opens in columns: a byte order mark,
 *   semicolons, a decimal comma, CRLF.
 * Both neutralise cells that start like a formula; numbers are never grouped (18700, not 18.700).
 */
export function tableCsv(rows, columns, flavour = "tools") {
  const excelVn = flavour === "excel-vn";
  const delimiter = excelVn ? ";" : ",";
  const cell = (v) => {
    if (typeof v === "number") return Number.isFinite(v) ? (excelVn ? String(v).replace(".", ",") : String(v)) : "";
    if (typeof v === "bigint") return String(v);
    if (typeof v === "boolean") return v ? "có" : "không";
    return csvField(v, {excel: true, delimiter});
  };
  const lines = [columns.map((c) => csvField(c.label, {excel: true, delimiter})).join(delimiter)];
  for (const row of rows) lines.push(columns.map((c) => cell(c.csv ? c.csv(row) : row[c.key])).join(delimiter));
  const eol = excelVn ? "\r\n" : "\n";
  return (excelVn ? "\ufeff" : "") + lines.join(eol) + eol;
}
