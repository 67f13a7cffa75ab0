// Reads and validates every input under the data folder, runs the extractor over the documents
// (into the database's figures table) and applies the analysts' reviews. All problems of all files are collected first and reported
// together; nothing downstream runs on invalid inputs. The actuals, up to a million rows, go
// straight into the database's actual_candidates table rather than through JavaScript objects.
import { join } from "node:path";
import { readIndicators, readProvinces, readDocumentMeta, type Indicator, type Province, type DocumentMeta } from "../ingest/catalog.ts";
import { Problem, throwIfProblems } from "../ingest/problems.ts";
import { readDocumentTexts, type DocumentText } from "../ingest/documents.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import { appendActualCandidates, createActualCandidates } from "../ingest/actuals-bulk.ts";
import { readActualsCached } from "./actuals-cache.ts";
import { readReviewFiles, type ActualChoice } from "../ingest/reviews.ts";
import { conflictWarnings, settledLine } from "../ingest/conflicts.ts";
import { magnitudeWarnings } from "../ingest/magnitude.ts";
import { routeFiles } from "../ingest/file-kinds.ts";
import { csvFilesIn } from "../ingest/files.ts";
import { ProvinceResolver } from "../ingest/province-resolver.ts";
import type { ReviewStatus } from "./figures.ts";
import { startExtraction, type FiguresUnderWay } from "./extract-parallel.ts";
import { publishFigures, reviewStagedFigures, stagedFigures } from "./reviewed-figures.ts";
import { reportedActuals, reportedTermResults } from "./document-actuals.ts";
import { readTermResultsFiles, termResultConflicts, type TermResultCandidate } from "../ingest/term-results.ts";
import { readTypedTargetFiles, type TypedTarget } from "../ingest/typed-targets.ts";
import { DataFolder } from "../ingest/safe-path.ts";
import { measure } from "../db/profile.ts";
import { beginScope, inScope, narrowTables, type ScopePlan } from "./scope.ts";
import type { Narrowing } from "./actuals-cache.ts";

const MAX_WARNINGS_SHOWN = 40;

export interface Inputs {
  indicators: Indicator[];
  provinces: Province[];
  resolver: ProvinceResolver;
  documents: DocumentText[];
  /** The figures after the reviews are in the database's figures table, not here: a national run has a quarter of a million. */
  figureCount: number;
  reviewStatuses: ReviewStatus[];
  /** Rows of data/actuals/*.csv, now in actual_candidates with the documents' reported results. */
  actualRows: number;
  choices: ActualChoice[];
  /** Results reported for whole periods: data/actuals/ term-results files and documents. */
  termResults: TermResultCandidate[];
  /** data/targets/*.csv */
  typedTargets: TypedTarget[];
  warnings: Problem[];
  /** Whether the actuals were cut down to the changed files' unit groups (scope.ts). */
  scoped?: boolean;
}

export { csvFilesIn };

export async function loadInputs(dataDir: string, log: (m: string) => void, conn: DuckDBConnection, scope: ScopePlan | null = null): Promise<Inputs> {
  const problems: Problem[] = [];
  // Every file read must be a regular file inside the data folder (no link out of it).
  const folder = new DataFolder(dataDir);
  const [indicatorsFile, provincesFile, documentsFile] = [join(dataDir, "catalog", "indicators.csv"), join(dataDir, "catalog", "provinces.csv"), join(dataDir, "documents.csv")];
  const indicators = folder.check(indicatorsFile, problems) ? readIndicators(indicatorsFile, problems) : [];
  const provinces = folder.check(provincesFile, problems) ? readProvinces(provincesFile, problems) : [];
  const resolver = new ProvinceResolver(provinces);
  const metas = folder.check(documentsFile, problems) ? readDocumentMeta(documentsFile, problems, resolver) : [];
  const documents = await measure("stage: read documents", async () => readDocumentTexts(join(dataDir, "documents"), metas, problems, folder));
  const indicatorMap = new Map(indicators.map((i) => [i.code, i]));
  // The documents' figures are extracted on threads of their own while the actuals are read below
  // (DuckDB's reader and the checks leave a core idle part of the time). Not when a file already
  // has an error: the run stops once every file is read, and its figures would be thrown away.
  const early = problems.some((p) => p.severity === "error") ? null : await measure("stage: start the extraction", () => startExtraction(conn, documents, indicators, dataDir, log));
  try {
    return await readAndCheck(early);
  } catch (error) {
    await early?.stop();
    throw error;
  }

  /** The rest of the inputs, then the figures `underWay` (or, when the extraction did not start early, extracted now). */
  async function readAndCheck(underWay: FiguresUnderWay | null): Promise<Inputs> {
    // Each CSV file is read by the reader of its kind (folder and header); one that fits no kind is an error.
    const actualsFolder = routeFiles(folder.filter(csvFilesIn(join(dataDir, "actuals")), problems), problems);
    const actualFiles = actualsFolder.actuals;
    await createActualCandidates(conn);
    const ctx = { indicators: indicatorMap, provinces: resolver };
    // A scoped re-run (scope.ts) decides its unit groups once the changed files are read, and reads
    // only those groups' rows of the unchanged files.
    let scoped = false;
    const narrowing: Narrowing | undefined = scope
      ? {
          whole: new Set(scope.changedFiles),
          condition: async () => {
            const units = resolver.units.map((u) => ({ units: u.set, code: u.code, unit_2025_code: u.unit_2025_code ?? null }));
            scoped = await measure("stage: scope", () => beginScope(conn, scope, units, log));
            return scoped ? inScope("c") : null;
          },
        }
      : undefined;
    const actualRows = await measure("stage: read actuals", () => readActualsCached(conn, actualFiles, ctx, problems, dataDir, log, undefined, narrowing));
    // Term results (src/ingest/term-results.ts): one-year rows join the yearly actuals.
    const terms = readTermResultsFiles(actualsFolder.term_results, ctx, problems);
    await appendActualCandidates(conn, terms.years);
    log(`validated ${actualRows} actual rows${scoped ? " (those of the unit groups computed again)" : ""}, ${terms.periods.length + terms.years.length} term results`);
    const typedTargets = readTypedTargetFiles(routeFiles(folder.filter(csvFilesIn(join(dataDir, "targets")), problems), problems).typed_targets, ctx, problems);
    const reviews = readReviewFiles(folder.filter(csvFilesIn(join(dataDir, "reviews")), problems), resolver, indicatorMap, problems);
    throwIfProblems(problems);
    log(`read ${indicators.length} indicators, ${provinces.length} provinces, ${documents.length} documents, ${actualRows} actuals from ${actualFiles.length} file(s), ${reviews.figures.length + reviews.choices.length} review(s)`);

    // The figures stay in DuckDB (the figures table); only the reviewed ones and the reported
    // results come to JavaScript.
    // A scoped run takes from the cache its groups' figures and those a review names (whose status
    // depends only on their being found); the others' are cut from the tables anyway.
    const reviewed = [...new Set(reviews.figures.map((r) => r.id))].map((id) => `'${id.replaceAll("'", "''")}'`);
    const only = scoped ? `${inScope("c")}${reviewed.length > 0 ? ` OR c.figure_id IN (${reviewed.join(", ")})` : ""}` : undefined;
    underWay ??= await startExtraction(conn, documents, indicators, dataDir, log);
    const extracted = await measure("stage: figures (extract or cache)", () => underWay.into(conn, only));
    log(`extracted ${extracted.figures} figures (${extracted.skipped} numbers not read as figures)`);
    const statuses = await reviewStagedFigures(conn, reviews.figures, problems);
    // A scoped run reads back only its groups' reported results (the others' would be cut below).
    const reported = await stagedFigures(conn, `role = 'actual'${scoped ? ` AND ${inScope("figures_staged")}` : ""}`);
    await publishFigures(conn);
    const metaByFile = new Map<string, DocumentMeta>(metas.map((m) => [m.file, m]));
    await appendActualCandidates(conn, reportedActuals(reported, indicatorMap, metaByFile));
    // The documents' results and term results of other groups (the warnings below are then those of
    // the groups computed again: the others' were shown by the runs that computed them).
    if (scoped) await narrowTables(conn, ["actual_candidates"]);
    const termResults = [...terms.periods, ...reportedTermResults(reported, indicatorMap, metaByFile)];
    const inActuals = (f: string) => join(dataDir, "actuals", f);
    const magnitude = await measure("stage: magnitude warnings", () => magnitudeWarnings(conn, indicators, inActuals));
    const conflicts = await measure("stage: conflict warnings", () => conflictWarnings(conn, inActuals, { choices: reviews.choices, limit: MAX_WARNINGS_SHOWN }));
    const warnings = [...problems.filter((p) => p.severity === "warning"), ...magnitude, ...termResultConflicts(termResults, inActuals), ...conflicts.warnings];
    // Each warning names its file and line; past a screenful, a count says how many more there are.
    const total = warnings.length - conflicts.warnings.length + conflicts.total;
    for (const w of warnings.slice(0, MAX_WARNINGS_SHOWN)) log(String(w));
    if (total > MAX_WARNINGS_SHOWN) log(`… and ${total - MAX_WARNINGS_SHOWN} more warnings (npm run validate lists them all)`);
    const settled = settledLine(conflicts.settled);
    if (settled) log(settled);
    return { indicators, provinces, resolver, documents, figureCount: extracted.figures, reviewStatuses: statuses, actualRows, choices: reviews.choices, termResults, typedTargets, warnings, scoped };
  }
}

export type { DocumentMeta };
