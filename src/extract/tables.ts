// Tables of indicators: a header row naming the columns ("Chỉ tiêu | Đơn vị tính | Ước thực
// hiện 2025 | Kế hoạch 2026") and one row per indicator, cells separated by tabs or "|". Annexes
// of HĐND resolutions and yearly reports set them out this way. Each value cell is a figure of its
// column's year and role (an estimate or result, or a plan); the row's name and unit say what.
import { foldVietnamese } from "../text/fold.ts";

export interface TableColumn {
  index: number;
  role: "target" | "actual";
  year: number;
}

export interface TableCell {
  column: TableColumn;
  /** The cell's text, its number written the Vietnamese way ("66.5" in a table of dot decimals is "66,5"). */
  value: string;
}

export interface TableRow {
  /** Offsets in the original text: the row from its name to its end. */
  start: number;
  end: number;
  name: string;
  unit: string;
  cells: TableCell[];
}

export interface Table {
  /** Offsets in the original text: from the header to the end of the last row. */
  start: number;
  end: number;
  rows: TableRow[];
}

/** At most this many rows and value cells are read in a document: bounded work on a text of tabs. */
const MAX_ROWS = 400;
const MAX_CELLS = 1200;
const MAX_LINE = 600;

const NAME_HEADER = /(?<![a-z])(?:chi tieu|noi dung|ten chi tieu)(?![a-z])/;
const UNIT_HEADER = /(?<![a-z])(?:don vi|dvt|dv tinh)(?![a-z])/;
/** A column comparing two others ("So sánh (%)", "TH/KH (%)"): a ratio, not a figure of the table. */
const RATIO_HEADER = /(?<![a-z])(?:so sanh|so voi|ty le)(?![a-z])|%|\/|(?<![a-z])(?:tang|giam)(?![a-z])/;
const ACTUAL_HEADER = /(?<![a-z])(?:thuc hien|uoc|uoc th|th|ket qua|uoc dat|dat duoc)(?![a-z])/;
const TARGET_HEADER = /(?<![a-z])(?:ke hoach|kh|muc tieu|chi tieu|phan dau|nghi quyet)(?![a-z])/;
const FORECAST_HEADER = /(?<![a-z])(?:du kien|du bao)(?![a-z])/;
const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;

function cellsOf(line: string): string[] | null {
  if (line.length > MAX_LINE) return null;
  if (line.includes("\t")) return line.split("\t").map((c) => c.trim());
  const t = line.trim();
  if (t.startsWith("|") && t.endsWith("|")) return t.slice(1, -1).split("|").map((c) => c.trim());
  return null;
}

/** The column a header cell names: a year and a role, else null. */
function valueColumn(header: string, index: number, publishedYear: number | null): TableColumn | null {
  const h = foldVietnamese(header).toLowerCase();
  if (RATIO_HEADER.test(h)) return null;
  const years = [...h.matchAll(YEAR)].map((m) => Number(m[1]));
  if (years.length !== 1) return null;
  const year = years[0];
  let role: "target" | "actual" | null = null;
  if (ACTUAL_HEADER.test(h)) role = "actual";
  else if (TARGET_HEADER.test(h)) role = "target";
  // A bare year or a forecast: a result where the year has begun when the text was written, a plan after.
  else if (publishedYear !== null && (FORECAST_HEADER.test(h) || /^(?:nam )?\d{4}$/.test(h))) role = year > publishedYear ? "target" : "actual";
  return role ? { index, role, year } : null;
}

/**
 * How a table writes decimals: "66.5" (a dot followed by one or two digits) means it uses dots.
 * A dot followed by three digits stays a thousands separator, as Vietnamese writes it.
 */
function vietnameseNumber(cell: string, dotDecimals: boolean): string {
  if (!dotDecimals) return cell;
  return cell.replace(/(\d),(?=\d{3}(?!\d))/g, "$1").replace(/(\d)\.(\d{1,2}|\d{4,})(?!\d)/g, "$1,$2");
}

export function findTables(text: string, publishedYear: number | null): Table[] {
  if (!text.includes("\t") && !text.includes("|")) return [];
  const tables: Table[] = [];
  let rowsRead = 0;
  let cellsRead = 0;
  let offset = 0;
  const lines: { start: number; line: string }[] = [];
  for (const line of text.split("\n")) {
    lines.push({ start: offset, line: line.replace(/\r$/, "") });
    offset += line.length + 1;
  }
  for (let i = 0; i < lines.length && rowsRead < MAX_ROWS; i++) {
    const header = cellsOf(lines[i].line);
    if (!header || header.length < 3) continue;
    const folded = header.map((h) => foldVietnamese(h).toLowerCase());
    const nameAt = folded.findIndex((h) => NAME_HEADER.test(h));
    if (nameAt < 0) continue;
    const unitAt = folded.findIndex((h) => UNIT_HEADER.test(h));
    const columns = header.map((h, k) => (k === nameAt || k === unitAt ? null : valueColumn(h, k, publishedYear))).filter((c): c is TableColumn => c !== null);
    if (columns.length === 0) continue;
    const body: { start: number; cells: string[]; line: string }[] = [];
    let j = i + 1;
    for (; j < lines.length && rowsRead < MAX_ROWS; j++) {
      const cells = cellsOf(lines[j].line);
      if (!cells || cells.length < 2) break;
      // A markdown rule ("|---|---|") is no row.
      if (cells.every((c) => /^:?-*:?$/.test(c))) continue;
      body.push({ start: lines[j].start, cells, line: lines[j].line });
      rowsRead++;
    }
    const dotDecimals = body.some((r) => columns.some((c) => /\d\.\d{1,2}(?!\d)/.test(r.cells[c.index] ?? "")));
    const rows: TableRow[] = [];
    for (const r of body) {
      // The name may sit one column off where a row has no number ("STT") cell.
      const shift = r.cells.length === header.length - 1 && !/[a-zà-ỹđ]/i.test(r.cells[nameAt] ?? "") ? -1 : 0;
      const name = r.cells[nameAt + shift] ?? "";
      if (!/[a-zà-ỹđ]/i.test(name)) continue;
      const cells = columns
        .map((column) => ({ column, value: vietnameseNumber(r.cells[column.index + shift] ?? "", dotDecimals) }))
        .filter((c) => /\d/.test(c.value));
      if (cells.length === 0 || cellsRead + cells.length > MAX_CELLS) continue;
      cellsRead += cells.length;
      const nameOffset = r.line.indexOf(name);
      rows.push({ start: r.start + Math.max(0, nameOffset), end: r.start + r.line.length, name, unit: unitAt >= 0 ? (r.cells[unitAt + shift] ?? "") : "", cells });
    }
    if (rows.length > 0) tables.push({ start: lines[i].start, end: rows[rows.length - 1].end, rows });
    i = j - 1;
  }
  return tables;
}

/** A sentence stating one cell of a row, as a list item states it ("Tỷ lệ …: 68%"). */
export function cellSentence(row: TableRow, cell: TableCell): string {
  const unit = row.unit.trim();
  const value = cell.value.trim();
  // A unit the value already carries, or none, adds nothing.
  const tail = unit === "" || /[a-zà-ỹđ%]/i.test(value.replace(/^(?:khoảng|trên|dưới|tối thiểu|≥|>|<|≤)\s*/i, "")) ? "" : unit === "%" ? "%" : ` ${unit}`;
  // An annex writes its bounds as signs ("≥ 98,5"): said in words, they read as in prose.
  const said = value.replace(/^(?:≥|>=)\s*/, "tối thiểu ").replace(/^(?:≤|<=)\s*/, "không quá ");
  return `${row.name}: ${said}${tail}.`;
}
