// Every input is UTF-8. A file saved in another encoding (Excel's "CSV" in a Windows code page,
// a text pasted through an old editor) would otherwise be read with U+FFFD in place of its
// letters and no word said: each line holding bytes that are not UTF-8 is reported instead.
import { Problem } from "./problems.ts";

const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");
const MAX_LINES_REPORTED = 20;

export interface Utf8Options {
  /** Errors for tables (a wrong letter is a wrong name or code), warnings for documents' prose. */
  severity: "error" | "warning";
  /** For a CSV file: columns count fields separated by this character; otherwise characters. */
  delimiter?: string;
}

/** The text of `bytes`; invalid sequences are replaced and each line holding one is reported. */
export function decodeUtf8(file: string, bytes: Uint8Array, problems: Problem[], options: Utf8Options): string {
  try {
    return strict.decode(bytes);
  } catch {
    // Fall through: find the lines.
  }
  let reported = 0;
  let badLines = 0;
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end < 0) end = bytes.length;
    const bad = firstInvalid(bytes, start, end);
    if (bad >= 0) {
      badLines++;
      if (reported < MAX_LINES_REPORTED) {
        reported++;
        const prefix = bytes.subarray(start, bad);
        const column = options.delimiter ? fieldNumber(lenient.decode(prefix), options.delimiter) : [...lenient.decode(prefix)].length + 1;
        const shown = [...bytes.subarray(bad, Math.min(bad + 3, end))].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
        problems.push(
          new Problem(file, line, column, `bytes that are not UTF-8 (${shown})`, `a file saved as UTF-8 (in Excel: "CSV UTF-8"; in an editor: encoding UTF-8)`, options.severity),
        );
      }
    }
    line++;
    start = end + 1;
  }
  if (badLines > reported) problems.push(new Problem(file, 1, 1, `${badLines - reported} more line(s) with bytes that are not UTF-8`, "a file saved as UTF-8", options.severity));
  return lenient.decode(bytes);
}

/** 1-based field number of the position after `prefix` in a CSV line (quotes followed within the line). */
function fieldNumber(prefix: string, delimiter: string): number {
  let quoted = false;
  let field = 1;
  for (const ch of prefix) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) field++;
  }
  return field;
}

/** Offset of the first byte in [start, end) that does not begin a valid UTF-8 sequence, or -1. */
export function firstInvalid(bytes: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let n: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (n = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (n = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (n = 3), (min = 0x10000);
    else return i;
    if (i + n >= end) return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}
