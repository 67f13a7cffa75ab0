// A workbook sheet as a grid, read with exceljs. A merged cell gives its value to its first
// (top-left) cell only, so a title merged across the table is one cell and a year merged over two
// columns is one heading. Formulas give their cached result; rich text its plain text.
import ExcelJS from "exceljs";
import type { Cell, Grid } from "./grid.ts";

export interface Sheets {
  names: string[];
  grid(name: string): Grid;
}

export async function readWorkbook(bytes: Uint8Array): Promise<Sheets> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheets = workbook.worksheets.filter((s) => s.state !== "hidden" && s.state !== "veryHidden");
  return {
    names: sheets.map((s) => s.name),
    grid(name) {
      const sheet = sheets.find((s) => s.name === name)!;
      const rows: Cell[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, r) => {
        const cells: Cell[] = [];
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          cells[c - 1] = cell.isMerged && cell.master.address !== cell.address ? null : cellValue(cell.value);
        });
        rows[r - 1] = Array.from({ length: cells.length }, (_, i) => cells[i] ?? null);
      });
      const quoted = /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
      return {
        rows: Array.from({ length: rows.length }, (_, i) => rows[i] ?? []),
        address: (r, c) => `${quoted}!${columnLetters(c)}${r + 1}`,
        lineAddress: (i, across) => (across ? `${quoted}!${i + 1}:${i + 1}` : `${quoted}!${columnLetters(i)}:${columnLetters(i)}`),
        name: `sheet ${quoted}`,
      };
    },
  };
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("result" in value) return cellValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((t) => t.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return null;
  return null;
}

export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
