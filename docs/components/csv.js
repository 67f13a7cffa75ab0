// CSV writing, shared by the extract command (through src/text/csv-format.ts) and the pages'
// downloads. For Excel (`excel: true`): a UTF-8 byte order mark so that Vietnamese opens intact,
// and any cell that starts like a formula (=, +, -, @, tab, carriage return) is prefixed with an
// apostrophe so that it is shown as text and never runs.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value, {excel = false} = {}) {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (excel && typeof value === "string" && FORMULA_START.test(s)) s = "'" + s;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(rows, columns, {excel = false} = {}) {
  const lines = [columns.map((c) => csvField(c, {excel})).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvField(row[c], {excel})).join(","));
  return (excel ? "\ufeff" : "") + lines.join(excel ? "\r\n" : "\n") + (excel ? "\r\n" : "\n");
}
