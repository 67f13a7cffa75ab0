// The two files that describe runs, beside the outputs (docs/data/):
// - run-info.json, part of the output set: the as-of date and every input file with its SHA-256
//   and size, and the outputs' names. No clock time, so the same inputs give the same bytes.
// - last-run.json, written after every run, successful or not: whether it succeeded, when it
//   finished, the problems that stopped it, and when the outputs being served were built. The
//   pages' "rejected input" banner reads it (docs/components/run-info.js).
import type { FileDigests } from "./dependencies.ts";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { availableParallelism } from "node:os";
import { csvFilesIn } from "./inputs.ts";
import type { Problem } from "../ingest/problems.ts";

export const RUN_INFO_FILE = "run-info.json";
export const LAST_RUN_FILE = "last-run.json";

export interface InputDigest {
  path: string;
  sha256: string;
  bytes: number;
}

export interface RunInfo {
  as_of: string;
  inputs: InputDigest[];
  outputs: string[];
  /** Each loader's output with the key of what it depends on (dependencies.ts). */
  dependencies?: Record<string, string>;
  /** Each group of input files with its hash (dependencies.ts): the next run tells what changed (scope.ts). */
  groups?: Record<string, string>;
  /** The files of data/actuals/ read as term results, not yearly actuals (scope.ts). */
  term_results_files?: string[];
}

export interface RunProblem {
  file: string | null;
  line: number | null;
  column: number | null;
  message: string;
}

export interface LastRun {
  ok: boolean;
  finished_at: string;
  problems: RunProblem[];
  /** When the outputs being served were built: this run's finish when it succeeded, else the earlier one's. */
  outputs_built_at: string | null;
  /** What the outputs being served were built from, counted (the pages' line says it without loading run-info.json). */
  outputs_from?: InputSummary | null;
}

export interface InputSummary {
  as_of: string;
  documents: number;
  actuals: number;
  reviews: number;
  catalog: number;
}

export function summarizeInputs(info: RunInfo): InputSummary {
  const count = (folder: string) => info.inputs.filter((i) => i.path.startsWith(folder)).length;
  return { as_of: info.as_of, documents: count("documents/"), actuals: count("actuals/"), reviews: count("reviews/"), catalog: count("catalog/") };
}

/** A setting (an environment variable) that cannot be used; the commands print its message alone. */
export class SettingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SettingError";
  }
}

/** The threads DuckDB may use: CHITIEU_THREADS=N, else every core (the outputs do not depend on it). */
export function threadsSetting(): number {
  const setting = process.env.CHITIEU_THREADS;
  if (setting === undefined || setting === "") return availableParallelism();
  const n = Number(setting);
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new SettingError(`CHITIEU_THREADS is "${setting}"; expected a whole number of threads from 1 to 1024`);
  return n;
}

/** The as-of date: CHITIEU_AS_OF (YYYY-MM-DD) when set, else today's date where the run happens. */
export function asOfDate(now = new Date()): string {
  const setting = process.env.CHITIEU_AS_OF;
  if (setting !== undefined && setting !== "") {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(setting);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!date || date.toISOString().slice(0, 10) !== setting) throw new SettingError(`CHITIEU_AS_OF is "${setting}"; expected a real date written YYYY-MM-DD`);
    return setting;
  }
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The files a run reads, as paths inside the data folder, in a fixed order. */
export function inputFiles(dataDir: string): string[] {
  const files = [join(dataDir, "catalog", "indicators.csv"), join(dataDir, "catalog", "provinces.csv"), join(dataDir, "documents.csv")].filter((f) => existsSync(f));
  const documents = join(dataDir, "documents");
  if (existsSync(documents)) files.push(...readdirSync(documents).filter((f) => f.endsWith(".txt")).sort().map((f) => join(documents, f)));
  files.push(...csvFilesIn(join(dataDir, "actuals")), ...csvFilesIn(join(dataDir, "reviews")));
  return files;
}

export function digestInputs(dataDir: string, known: FileDigests = new Map()): InputDigest[] {
  return inputFiles(dataDir)
    .map((file) => {
      const path = relative(dataDir, file).split("\\").join("/");
      // A regular file the run has hashed already (dependencies.ts) is not read again.
      const digest = known.get(path);
      if (digest) return { path, ...digest };
      const bytes = readFileSync(file);
      return { path, sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export function runInfoBytes(info: RunInfo): Uint8Array {
  return Buffer.from(JSON.stringify(info, null, 1) + "\n");
}

export function parseRunInfo(bytes: Buffer | null): RunInfo | null {
  if (!bytes) return null;
  try {
    const info = JSON.parse(bytes.toString("utf8")) as RunInfo;
    return Array.isArray(info.inputs) ? info : null;
  } catch {
    return null;
  }
}

/** A path as the analyst typed it: relative to the working folder when inside it. */
function shownPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split("\\").join("/") : file;
}

export function runProblem(p: Problem): RunProblem {
  return { file: shownPath(p.file), line: p.line, column: p.column, message: `found ${p.found}; expected ${p.expected}` };
}

export function lastRunBytes(run: LastRun): Uint8Array {
  return Buffer.from(JSON.stringify(run, null, 1) + "\n");
}

export function parseLastRun(bytes: Buffer | null): LastRun | null {
  if (!bytes) return null;
  try {
    return JSON.parse(bytes.toString("utf8")) as LastRun;
  } catch {
    return null;
  }
}
