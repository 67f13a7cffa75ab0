// A wide CSV export (provinces in rows and years in columns, or the reverse, often with a title
// line above) as a grid. Read with csv-parse, comma or semicolon as the file's lines say.
import { parse } from "csv-parse/sync";
import type { Grid } from "./grid.ts";

export function csvGrid(textIn: string): { grid: Grid; delimiter: "," | ";" } {
  const text = textIn.replace(/^\uFEFF/, "");
  const delimiter = countOutsideQuotes(text, ";") > countOutsideQuotes(text, ",") ? ";" : ",";
  const records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
  return {
    delimiter,
    grid: {
      rows: records.map((r) => r.map((c) => (c.trim() === "" ? null : c))),
      address: (r, c) => `line ${r + 1}, column ${c + 1}`,
      lineAddress: (i, across) => (across ? `line ${i + 1}` : `column ${i + 1}`),
      name: "the CSV file",
    },
  };
}

function countOutsideQuotes(text: string, ch: string): number {
  let n = 0;
  let quoted = false;
  for (const c of text.slice(0, 20000)) {
    if (c === '"') quoted = !quoted;
    else if (c === ch && !quoted) n++;
  }
  return n;
}
