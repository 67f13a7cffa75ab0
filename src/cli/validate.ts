// npm run validate -- [--data DIR] FILE...: checks actuals and review CSV files against the
// catalogs without running the pipeline. Prints every problem as FILE:LINE:COLUMN; exits 1 on
// any error (warnings, such as two sources disagreeing, do not fail).
import { join, resolve } from "node:path";
import { parseCommandLine } from "./args.ts";
import { readIndicators, readProvinces } from "../ingest/catalog.ts";
import { Problem } from "../ingest/problems.ts";
import { ProvinceResolver } from "../ingest/province-resolver.ts";
import { readCsvFile, readCsvHeader } from "../ingest/csv.ts";
import { createActualCandidates, readActualsIntoDb } from "../ingest/actuals-bulk.ts";
import { openDatabase } from "../db/duckdb.ts";
import { readReviewFiles } from "../ingest/reviews.ts";
import { conflictWarnings } from "../ingest/conflicts.ts";
import { appendActualCandidates } from "../ingest/actuals-bulk.ts";
import { isTermResultsHeader, readTermResultsFiles, termResultConflicts } from "../ingest/term-results.ts";
import { readTypedTargetFiles } from "../ingest/typed-targets.ts";

const usage = "npm run validate -- [--data DIR] FILE.csv...";
const { values, positionals } = parseCommandLine("validate", { data: { type: "string" }, help: { type: "boolean" } }, usage);
if (values.help || positionals.length === 0) {
  process.stderr.write(`usage: ${usage}\nChecks actuals (province,indicator,year,value,unit,status,source) and review files.\n`);
  process.exit(values.help ? 0 : 2);
}
const dataDir = resolve(values.data ?? "data");
const problems: Problem[] = [];
const indicators = new Map(readIndicators(join(dataDir, "catalog", "indicators.csv"), problems).map((i) => [i.code, i]));
const provinces = new ProvinceResolver(readProvinces(join(dataDir, "catalog", "provinces.csv"), problems));
// Actuals files are read as the pipeline reads them, into a database of their own.
const conn = await openDatabase();
await createActualCandidates(conn);
let rows = 0;
for (const file of positionals) {
  const header = readCsvHeader(file);
  if (isTermResultsHeader(header)) {
    // Results for whole terms: their one-year rows join the yearly actuals' conflict check.
    const terms = readTermResultsFiles([file], { indicators, provinces }, problems);
    await appendActualCandidates(conn, terms.years);
    problems.push(...termResultConflicts(terms.periods, () => file));
    rows += terms.periods.length + terms.years.length;
  } else if (header.includes("value_low") && header.includes("kind")) {
    rows += readTypedTargetFiles([file], { indicators, provinces }, problems).length;
  } else if (header.includes("value") && header.includes("status")) {
    rows += await readActualsIntoDb(conn, [file], { indicators, provinces }, problems);
  } else {
    const table = readCsvFile(file, problems);
    if (table.header.length > 0) readReviewFiles([file], provinces, indicators, problems);
    rows += table.records.length;
  }
}
const byName = new Map(positionals.map((f) => [f.split(/[\\/]/).pop()!, f]));
problems.push(...(await conflictWarnings(conn, (name) => byName.get(name) ?? name)).warnings);
for (const p of problems) process.stdout.write(`${p}\n`);
const errors = problems.filter((p) => p.severity === "error").length;
const warnings = problems.length - errors;
process.stderr.write(`validate: ${positionals.length} file(s), ${rows} row(s): ${errors} error(s), ${warnings} warning(s)\n`);
process.exit(errors > 0 ? 1 : 0);
