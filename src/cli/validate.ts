// npm run validate -- [--data DIR] FILE...: checks analysts' CSV files (actuals, reviews) against
// the catalogs without running the pipeline (src/ingest/validate-files.ts). Prints every problem
// as FILE:LINE:COLUMN; exits 1 on any error (warnings, such as two sources disagreeing, do not fail).
import { resolve } from "node:path";
import { parseCommandLine } from "./args.ts";
import { validateFiles } from "../ingest/validate-files.ts";
import { settledLine } from "../ingest/conflicts.ts";

const usage = "npm run validate -- [--data DIR] FILE.csv...";
const { values, positionals } = parseCommandLine("validate", { data: { type: "string" }, help: { type: "boolean" } }, usage);
if (values.help || positionals.length === 0) {
  process.stderr.write(`usage: ${usage}\nChecks actuals (province,indicator,year,value,unit,status,source) and review files.\n`);
  process.exit(values.help ? 0 : 2);
}
const { problems, rows, rowsWithProblems, settled } = await validateFiles(resolve(values.data ?? "data"), positionals);
for (const p of problems) process.stdout.write(`${p}\n`);
const errors = problems.filter((p) => p.severity === "error").length;
const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
process.stderr.write(`validate: ${n(positionals.length, "file")}, ${n(rows, "row")} read, ${n(rowsWithProblems, "row")} with a problem: ${n(errors, "error")}, ${n(problems.length - errors, "warning")}\n`);
const line = settledLine(settled);
if (line) process.stderr.write(`validate: ${line}\n`);
process.exit(errors > 0 ? 1 : 0);
