// Any of the table formats the import command takes, read into observations: workbooks (.xlsx),
// PX files (.px), JSON-stat datasets (.json) and wide CSV exports (.csv), told apart by their
// file name's extension.
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import type { ProvinceResolver } from "../province-resolver.ts";
import { readWorkbook } from "./xlsx.ts";
import { readGrid } from "./grid.ts";
import { csvGrid } from "./wide-csv.ts";
import { decodePx, readPx } from "./px.ts";
import { readJsonStat } from "./jsonstat.ts";
import { readCube } from "./cube.ts";
import type { TableRead } from "./observations.ts";
import type { Notation } from "./to-actuals.ts";
import { decodeUtf8 } from "../utf8.ts";
import type { Problem } from "../problems.ts";

/** The text of a UTF-8 file, or an error listing each line with bytes that are not UTF-8. */
function utf8OrProblems(file: string, bytes: Uint8Array, delimiter?: string): string | { error: string } {
  const problems: Problem[] = [];
  const text = decodeUtf8(file, bytes, problems, { severity: "error", ...(delimiter ? { delimiter } : {}) });
  return problems.length === 0 ? text : { error: `not UTF-8 text (save the export as UTF-8):\n${problems.map(String).join("\n")}` };
}

export type TableFile = { table: TableRead; notation: Notation; format: string } | { error: string };

export async function readTableFile(file: string, provinces: ProvinceResolver, sheet?: string): Promise<TableFile> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { error: `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
  const ext = extname(file).toLowerCase();
  const fail = (error: string) => ({ error });
  if (ext === ".xlsx" || ext === ".xlsm") {
    let sheets;
    try {
      sheets = await readWorkbook(bytes);
    } catch (error) {
      return fail(`not a readable .xlsx workbook (${(error as Error).message.split("\n")[0]})`);
    }
    const name = sheet ?? sheets.names[0];
    if (!name || !sheets.names.includes(name)) return fail(`no sheet ${JSON.stringify(sheet)} in the workbook; its sheets are ${sheets.names.map((n) => JSON.stringify(n)).join(", ")}`);
    const table = readGrid(sheets.grid(name), provinces);
    return "error" in table ? table : { table, notation: "vi", format: `workbook, sheet ${JSON.stringify(name)}` };
  }
  if (ext === ".xls") return fail("an Excel 97-2003 workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx");
  if (ext === ".px") {
    const decoded = decodePx(bytes);
    if ("error" in decoded) return decoded;
    const cube = readPx(decoded.text);
    if ("error" in cube) return fail(`not a readable PX file: ${cube.error}`);
    const table = readCube(cube, provinces);
    return "error" in table ? table : { table, notation: "vi", format: "PX file" };
  }
  if (ext === ".json") {
    const text = utf8OrProblems(file, bytes);
    if (typeof text !== "string") return text;
    const cube = readJsonStat(text);
    if ("error" in cube) return cube;
    const table = readCube(cube, provinces);
    return "error" in table ? table : { table, notation: "vi", format: "JSON-stat dataset" };
  }
  if (ext === ".csv") {
    const text = utf8OrProblems(file, bytes, ",");
    if (typeof text !== "string") return text;
    const { grid, delimiter } = csvGrid(text);
    const table = readGrid(grid, provinces);
    return "error" in table ? table : { table, notation: delimiter === "," ? "csv-comma" : "csv-semicolon", format: `CSV file (${delimiter === "," ? "comma" : "semicolon"}-separated)` };
  }
  return fail(`a file named *${ext || "(no extension)"}: the import reads .xlsx workbooks, .px files, JSON-stat .json datasets and wide .csv exports`);
}
