// Reads an analyst's CSV file the way Excel writes it: UTF-8 with or without BOM, comma or
// semicolon separated (a Vietnamese-locale Excel writes semicolons), CRLF or LF.
import { parse } from "csv-parse/sync";
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { Problem } from "./problems.ts";
import { decodeUtf8 } from "./utf8.ts";

export interface CsvRecord {
  /** 1-based line where the record starts in the file. */
  line: number;
  /** Values by header name, trimmed and NFC-normalised. */
  values: Record<string, string>;
}

export interface CsvTable {
  file: string;
  header: string[];
  records: CsvRecord[];
  delimiter: "," | ";";
  /** Data rows read, blank ones aside: the well-formed records and the rows refused for their column count. */
  rows: number;
}

/** Picks the delimiter from the header line: the one that occurs more often outside quotes. */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/**
 * Parses CSV text into records keyed by header. Structural problems (a row with the wrong
 * number of columns, an unterminated quote) are pushed to `problems` with file, line and column;
 * the other rows are still returned so that one run reports every problem.
 */
export function parseCsvText(file: string, raw: string, problems: Problem[]): CsvTable {
  const text = raw.replace(/^\uFEFF/, "");
  const delimiter = detectDelimiter(text);
  let rows: { record: string[]; info: { lines: number; empty_lines: number } }[];
  try {
    rows = parse(text, {
      delimiter,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: false,
    }) as unknown as { record: string[]; info: { lines: number; empty_lines: number } }[];
  } catch (error) {
    const e = error as { lines?: number; column?: number; message: string; code?: string };
    problems.push(new Problem(file, e.lines ?? 1, 1, `${e.code ?? "CSV"}: ${e.message.split("\n")[0]}`, "well-formed CSV"));
    return { file, header: [], records: [], delimiter, rows: 0 };
  }
  if (rows.length === 0) {
    problems.push(new Problem(file, 1, 1, "the file is empty", "a header row"));
    return { file, header: [], records: [], delimiter, rows: 0 };
  }
  const header = rows[0].record.map((h) => h.trim().normalize("NFC").toLowerCase());
  // A column named twice would leave one of its values unread: refused, not guessed.
  header.forEach((h, i) => {
    const first = header.indexOf(h);
    if (first < i) problems.push(new Problem(file, 1, i + 1, `a second column "${h}" (the first is column ${first + 1})`, "each column once in the header"));
  });
  let count = 0;
  const records: CsvRecord[] = [];
  // info.lines counts the line the record ends on; a record starts on the line after the
  // previous one ended and the blank lines skipped since.
  let previousEnd = rows[0].info.lines;
  let previousEmpty = rows[0].info.empty_lines;
  for (const { record, info } of rows.slice(1)) {
    const line = previousEnd + 1 + info.empty_lines - previousEmpty;
    previousEnd = info.lines;
    previousEmpty = info.empty_lines;
    if (record.every((v) => v.trim() === "")) continue;
    count++;
    if (record.length !== header.length) {
      problems.push(
        new Problem(
          file,
          line,
          Math.min(record.length, header.length) + 1,
          `${record.length} columns`,
          `${header.length} columns as in the header (${header.join(delimiter)}); a value that contains "${delimiter}" must be quoted`,
        ),
      );
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = cleanField(record[i])));
    records.push({ line, values });
  }
  return { file, header, records, delimiter, rows: count };
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A field as the checks see it: trimmed, and in NFC so that decomposed accents match. */
export function cleanField(raw: string): string {
  const v = raw.trim();
  return NON_ASCII.test(v) ? v.normalize("NFC") : v;
}

export function readCsvFile(file: string, problems: Problem[]): CsvTable {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    problems.push(new Problem(file, 1, 1, (error as Error).message, "a readable file"));
    return { file, header: [], records: [], delimiter: ",", rows: 0 };
  }
  const newline = bytes.indexOf(10);
  const firstLine = bytes.subarray(0, newline < 0 ? bytes.length : newline).toString("latin1");
  const raw = decodeUtf8(file, bytes, problems, { severity: "error", delimiter: detectDelimiter(firstLine.replace(/^\xEF\xBB\xBF/, "")) });
  return parseCsvText(file, raw, problems);
}

/** 1-based column number of a header name, for error positions. */
export function columnOf(table: CsvTable, name: string): number {
  const i = table.header.indexOf(name);
  return i < 0 ? 1 : i + 1;
}

/** The header of a CSV file, lower-cased as parseCsvText gives it, read from its first line only; [] when unreadable. */
/**
 * A file's bytes up to its first newline (all of it without one), read a block at a time: a
 * national actuals file is 80 MB, and its kind is told by its header alone.
 */
export function readFirstLine(file: string): Buffer {
  const fd = openSync(file, "r");
  try {
    const blocks: Buffer[] = [];
    for (;;) {
      const block = Buffer.alloc(1 << 16);
      const n = readSync(fd, block, 0, block.length, null);
      const end = block.subarray(0, n).indexOf(10);
      if (end >= 0) return Buffer.concat([...blocks, block.subarray(0, end)]);
      blocks.push(block.subarray(0, n));
      if (n === 0) return Buffer.concat(blocks);
    }
  } finally {
    closeSync(fd);
  }
}

export function readCsvHeader(file: string): string[] {
  try {
    const first = readFirstLine(file).toString("utf8");
    return parseCsvText(file, first, []).header;
  } catch {
    return [];
  }
}
