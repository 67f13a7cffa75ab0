// A yearbook table as a grid of cells (from a workbook sheet or a wide CSV file): a title and a
// unit line on top, header rows (merged cells give their value to the first cell only), the
// years across and the places down, or the reverse, subtotal rows, footnotes under the table.
// The row (or column) with the most year headings is the header; the column (or row) of labels
// is the one beside it whose cells name provinces most often.
import type { ProvinceResolver } from "../province-resolver.ts";
import { cleanPlace, parseYearLabel, type Observation, type SkippedLine, type TableRead } from "./observations.ts";
import type { Status } from "../actuals.ts";

export type Cell = number | string | null;

export interface Grid {
  /** Rows of cells, 0-based; a missing cell is null. */
  rows: Cell[][];
  /** The address of a cell for messages, from 0-based row and column ("Bảng 1!C7", "line 7, column 3"). */
  address(row: number, column: number): string;
  /** The address of a whole row or column. */
  lineAddress(index: number, across: boolean): string;
  /** "sheet Bảng 1", "the CSV file". */
  name: string;
}

interface Heading {
  index: number;
  year: number;
  status?: Status;
}

const text = (c: Cell) => (c === null ? "" : String(c).trim());

/** The grid with rows and columns swapped, addresses kept. */
function transpose(grid: Grid): Grid {
  const width = Math.max(0, ...grid.rows.map((r) => r.length));
  const rows: Cell[][] = Array.from({ length: width }, (_, c) => grid.rows.map((r) => r[c] ?? null));
  return { rows, address: (r, c) => grid.address(c, r), lineAddress: (i, across) => grid.lineAddress(i, !across), name: grid.name };
}

function yearHeadings(cells: Cell[]): Heading[] {
  const out: Heading[] = [];
  cells.forEach((cell, index) => {
    const y = parseYearLabel(cell);
    if (y) out.push({ index, ...y });
  });
  return out;
}

/** The best header row of a grid: the one with the most distinct years (at least two). */
function headerRow(grid: Grid): { row: number; headings: Heading[] } | null {
  let best: { row: number; headings: Heading[] } | null = null;
  grid.rows.forEach((cells, row) => {
    const headings = yearHeadings(cells);
    const distinct = new Set(headings.map((h) => h.year)).size;
    if (distinct >= 2 && (!best || distinct > new Set(best.headings.map((h) => h.year)).size)) best = { row, headings };
  });
  return best;
}

export function readGrid(grid: Grid, provinces: ProvinceResolver): TableRead | { error: string } {
  const across = headerRow(grid);
  const down = headerRow(transpose(grid));
  if (!across && !down) return { error: `no row or column of years (at least two headings such as 2020, "Năm 2021" or "Sơ bộ 2024") in ${grid.name}` };
  const yearsAcross = across !== null && (down === null || across.headings.length >= down.headings.length);
  const g = yearsAcross ? grid : transpose(grid);
  const header = (yearsAcross ? across : down)!;
  // A year heading repeated by a merged cell is one column: the first.
  const seen = new Set<number>();
  const headings = header.headings.filter((h) => (seen.has(h.year) ? false : (seen.add(h.year), true)));

  // The label column: among the columns left of the first year, the one naming most provinces.
  const firstYear = Math.min(...headings.map((h) => h.index));
  const body = g.rows.slice(header.row + 1);
  let labelColumn = -1;
  let bestScore = -1;
  for (let c = 0; c < firstYear; c++) {
    const score = body.filter((r) => {
      const t = cleanPlace(text(r[c] ?? null));
      return t !== "" && (provinces.resolve(t, "63") || provinces.resolve(t, "34"));
    }).length;
    const filled = body.filter((r) => text(r[c] ?? null) !== "").length;
    if (score > bestScore || (score === bestScore && filled > 0 && labelColumn < 0)) {
      bestScore = score;
      labelColumn = c;
    }
  }
  if (labelColumn < 0) return { error: `no column of place names before the first year column in ${grid.name}` };

  const observations: Observation[] = [];
  const skipped: SkippedLine[] = [];
  body.forEach((cells, k) => {
    const row = header.row + 1 + k;
    const label = text(cells[labelColumn] ?? null);
    const values = headings.map((h) => ({ h, cell: cells[h.index] ?? null }));
    const hasValue = values.some(({ cell }) => text(cell) !== "");
    if (label === "" && !hasValue) return; // a blank line
    if (label === "") {
      skipped.push({ where: g.lineAddress(row, true), text: values.map(({ cell }) => text(cell)).join(" "), reason: "values without a place name" });
      return;
    }
    if (!hasValue) {
      // A footnote, a source line, a heading inside the table ("Chia ra"): listed, not read.
      skipped.push({ where: g.lineAddress(row, true), text: label, reason: "a note or heading, no values" });
      return;
    }
    for (const { h, cell } of values) {
      observations.push({
        place: label,
        year: h.year,
        value: cell,
        where: g.address(row, h.index),
        placeWhere: g.lineAddress(row, true),
        ...(h.status ? { status: h.status } : {}),
      });
    }
  });
  // Words above the header and in it (title, "Đơn vị tính: %", "theo giá so sánh 2010").
  const metadata = g.rows
    .slice(0, header.row + 1)
    .flat()
    .map(text)
    .filter((t, i, all) => t !== "" && all.indexOf(t) === i);
  const notes = skipped.map((s) => s.text);
  const direction = yearsAcross ? "years across, places down" : "years down, places across";
  return {
    observations,
    skipped,
    metadata: [...metadata, ...notes],
    stated: {},
    layout: `${direction}; years in ${g.lineAddress(header.row, true)}, places in ${g.lineAddress(labelColumn, false)}`,
  };
}
