// What `npm run validate` does, as a function: checks analysts' CSV files (actuals, reviews)
// against the catalogs without running the pipeline. Each file is read as the kind its folder and
// header say. The other files of the data folder are read too, silently, as the pipeline would
// read them beside the new ones: a new year's neighbours (for the magnitude check) and the
// choices that settle conflicts are there.
import { basename, join } from "node:path";
import { readIndicators, readProvinces } from "./catalog.ts";
import { Problem } from "./problems.ts";
import { ProvinceResolver } from "./province-resolver.ts";
import { readCsvFile } from "./csv.ts";
import { appendActualCandidates, createActualCandidates, readActualsIntoDb } from "./actuals-bulk.ts";
import { readTermResultsFiles, termResultConflicts } from "./term-results.ts";
import { readTypedTargetFiles } from "./typed-targets.ts";
import { openDatabase } from "../db/duckdb.ts";
import { readReviewFiles } from "./reviews.ts";
import { conflictWarnings } from "./conflicts.ts";
import { magnitudeWarnings } from "./magnitude.ts";
import { routeFiles } from "./file-kinds.ts";
import { csvFilesIn } from "./files.ts";

export interface Validation {
  /** Problems of the given files (and of the catalogs), in reading order. */
  problems: Problem[];
  /** Data rows read in the given files. */
  rows: number;
  /** Rows (file and line) with at least one error. */
  rowsWithProblems: number;
  /** Conflicts settled by a choice in data/reviews/. */
  settled: number;
}

export async function validateFiles(dataDir: string, files: string[]): Promise<Validation> {
  const problems: Problem[] = [];
  const indicators = new Map(readIndicators(join(dataDir, "catalog", "indicators.csv"), problems).map((i) => [i.code, i]));
  const provinces = new ProvinceResolver(readProvinces(join(dataDir, "catalog", "provinces.csv"), problems));
  const ctx = { indicators, provinces };

  const given = new Set(files.map((f) => basename(f)));
  const kinds = routeFiles(files, problems);
  // Actuals files are read as the pipeline reads them, into a database of their own.
  const conn = await openDatabase();
  await createActualCandidates(conn);
  let rows = await readActualsIntoDb(conn, kinds.actuals, ctx, problems);
  const reviewFiles = [...kinds.figure_reviews, ...kinds.actual_choices];
  const reviews = readReviewFiles(reviewFiles, provinces, indicators, problems);
  for (const file of reviewFiles) rows += readCsvFile(file, []).rows;
  // Term results (their one-year rows join the yearly actuals' checks) and typed targets.
  const terms = readTermResultsFiles(kinds.term_results, ctx, problems);
  await appendActualCandidates(conn, terms.years);
  problems.push(...termResultConflicts(terms.periods, (name) => kinds.term_results.find((f) => basename(f) === name) ?? name));
  rows += terms.periods.length + terms.years.length + readTypedTargetFiles(kinds.typed_targets, ctx, problems).length;

  // The data folder's other files, as context only: their own problems are the pipeline's to report.
  const others = (folder: string) => csvFilesIn(join(dataDir, folder)).filter((f) => !given.has(basename(f)));
  await readActualsIntoDb(conn, routeFiles(others("actuals"), []).actuals, ctx, []);
  const contextChoices = readReviewFiles(others("reviews"), provinces, indicators, []).choices;

  const byName = new Map(files.map((f) => [basename(f), f]));
  const pathOf = (name: string) => byName.get(name) ?? join(dataDir, "actuals", name);
  problems.push(...(await magnitudeWarnings(conn, indicators.values(), pathOf, given)));
  const conflicts = await conflictWarnings(conn, pathOf, { choices: [...reviews.choices, ...contextChoices], files: given });
  problems.push(...conflicts.warnings);
  conn.closeSync();

  const errors = problems.filter((p) => p.severity === "error");
  return { problems, rows, rowsWithProblems: new Set(errors.filter((p) => p.line > 1).map((p) => `${p.file}:${p.line}`)).size, settled: conflicts.settled };
}
