// Runs every loader over one data folder and publishes the outputs as a set only when all
// succeeded (output-set.ts): a failed run leaves the previous outputs byte-identical, and a run
// killed halfway leaves them all old or all new. With the loaders' files the set holds
// run-info.json (the inputs' digests) and changes.parquet (what this run changed against the set
// it replaces). When every output equals the current one, nothing is published. A parameterized
// loader (van-ban/[unit].parquet) adds one file per value; a value gone is simply absent from the new set.
// A loader whose inputs did not change since the current set (dependencies.ts) is not run: its
// files are taken from that set.
import { dirname, join, relative } from "node:path";
import { besideContext, createContext, type DatabaseSettings, type LoaderContext } from "./context.ts";
import { isParameterized, isParameterizedPath, loaderOutputs, type Loader } from "./loader.ts";
import { InputError } from "../ingest/problems.ts";
import { currentSet, KEPT, publishSet, readCurrent, sameAsCurrent, writeBesideOutputs, writeDurably } from "./output-set.ts";
import { CHANGES_FILE, computeChanges, inputChanges } from "./changes.ts";
import {
  LAST_RUN_FILE, RUN_INFO_FILE, asOfDate, digestInputs, lastRunBytes, parseLastRun, parseRunInfo, runInfoBytes, runProblem, summarizeInputs, SettingError, threadsSetting,
  type LastRun, type RunInfo,
} from "./run-info.ts";
import { readdir, readFile, stat } from "node:fs/promises";
import { dependencyKey, groupDigests, type FileDigests } from "./dependencies.ts";
import { measure } from "../db/profile.ts";
import { planScope, termResultFiles } from "./scope.ts";

export interface PipelineOptions extends DatabaseSettings {
  dataDir: string;
  outDir: string;
  loaders: Loader[];
  log?: (message: string) => void;
  /** Write last-run.json beside the outputs, whether the run succeeds or fails (the commands do; tests need not). */
  recordRun?: boolean;
}

export interface PipelineResult {
  written: string[];
  unchanged: string[];
  /** Files of a parameterized output whose value is gone (a province with no document left). */
  removed: string[];
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");

/** The names an output folder may hold for the pipeline to take it over. */
function ownedNames(loaders: Loader[]): (name: string) => boolean {
  const plain = loaders.filter((l) => !isParameterized(l)).map((l) => l.output);
  // A parameterized loader's files live in a folder of their own (van-ban/): the folder is ours.
  const folders = loaders.filter(isParameterized).map((l) => dirname(l.output));
  const names = new Set([...plain, ...folders, RUN_INFO_FILE, CHANGES_FILE, LAST_RUN_FILE]);
  return (name) => names.has(name) || name.endsWith(".tmp");
}

/** Files someone put among the outputs (notes), by path: no loader makes them, and they are no output format. */
async function foreignFiles(outDir: string, loaders: Loader[]): Promise<Map<string, Uint8Array>> {
  const current = await currentSet(outDir);
  const found = new Map<string, Uint8Array>();
  if (!current) return found;
  const plain = new Set([...loaders.filter((l) => !isParameterized(l)).map((l) => l.output), RUN_INFO_FILE, CHANGES_FILE, LAST_RUN_FILE]);
  const entries = await readdir(current, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const name = relative(current, join(entry.parentPath, entry.name));
    if (plain.has(name) || name.endsWith(".tmp") || loaders.some((l) => isParameterized(l) && isParameterizedPath(l.output, name))) continue;
    // A Parquet or JSON file is an output of some version of the pipeline (one whose loader is
    // gone, say): it is not carried on, or the site would keep serving it.
    if (/\.(parquet|json)$/.test(name)) continue;
    found.set(name, await readFile(join(current, name)));
  }
  return found;
}

/**
 * A loader's files in the current set, when every file the set lists for it is there; else null.
 * Their bytes are not read: they are published as links to the current set's (KEPT, output-set.ts).
 */
async function keptOutputs(current: string, loader: Loader, listed: string[]): Promise<{ name: string; bytes: Uint8Array }[] | null> {
  const names = isParameterized(loader) ? listed.filter((f) => isParameterizedPath(loader.output, f)) : [loader.output];
  const files = [];
  for (const name of names) {
    const found = await stat(join(current, name)).catch(() => null);
    if (!found?.isFile()) return null;
    files.push({ name, bytes: KEPT });
  }
  return files;
}

/** The files of parameterized outputs in the current set that the new set no longer has. */
async function removedParameterized(outDir: string, loaders: Loader[], outputs: Map<string, Uint8Array>): Promise<string[]> {
  const current = await currentSet(outDir);
  if (!current) return [];
  const removed: string[] = [];
  for (const loader of loaders.filter(isParameterized)) {
    const folder = dirname(loader.output);
    const present = await readdir(join(current, folder)).catch(() => [] as string[]);
    removed.push(...present.map((f) => join(folder, f)).filter((f) => isParameterizedPath(loader.output, f) && !outputs.has(f)));
  }
  return removed;
}

export async function runPipeline(options: PipelineOptions): Promise<PipelineResult> {
  const { outDir, loaders, log = () => {}, recordRun = false } = options;
  try {
    return await buildAndPublish(options, log);
  } catch (error) {
    if (recordRun) {
      await recordFailure(outDir, error, ownedNames(loaders)).catch((e: Error) => log(`could not record the failed run beside the outputs: ${e.message}`));
    }
    throw error;
  }
}

async function buildAndPublish({ dataDir, outDir, loaders, recordRun = false, threads, splitSmallScans }: PipelineOptions, log: (m: string) => void): Promise<PipelineResult> {
  const owned = ownedNames(loaders);
  const asOf = asOfDate();
  const outputs = new Map<string, Uint8Array>();
  // Only the outputs whose inputs changed are computed (dependencies.ts); the others are taken
  // from the current set, which publishSet then links into the new one.
  const current = await currentSet(outDir);
  const recorded = current ? parseRunInfo(await readFile(join(current, RUN_INFO_FILE)).catch(() => null)) : null;
  const fileDigests: FileDigests = new Map();
  const groups = await measure("stage: hash the inputs", async () => groupDigests(dataDir, fileDigests));
  const termResults = termResultFiles(dataDir);
  // When only yearly actuals files changed, only their provinces are computed again (scope.ts).
  const scope = planScope({ current, recorded, groups, files: fileDigests, termResults, asOf, loaders });
  const context = createContext(dataDir, log, { threads: threads ?? threadsSetting(), splitSmallScans, scope });
  const dependencies: Record<string, string> = {};
  // The files taken from the current set unchanged: published as links, not read and compared again.
  const known = { set: current ?? "", names: new Set<string>() };
  for (const loader of loaders) dependencies[loader.output] = dependencyKey(loader.output, groups, asOf);
  /** One loader's files: taken from the current set when its inputs did not change, else computed. */
  const loaderFiles = async (loader: Loader, context: LoaderContext): Promise<{ name: string; bytes: Uint8Array }[]> => {
    const kept = current && recorded?.dependencies?.[loader.output] === dependencies[loader.output] ? await keptOutputs(current, loader, recorded.outputs) : null;
    if (kept) {
      log(`${loader.output}: inputs unchanged, ${kept.length === 1 ? "kept" : `${kept.length} files kept`}`);
      for (const file of kept) known.names.add(file.name);
      return kept;
    }
    // The database first (the inputs and the measures, made once for all loaders): a loader's time
    // is its own. A loader that reads only the inputs' tables starts when they are in.
    await (isParameterized(loader) && loader.readsOnlyInputs && context.tables ? context.tables() : context.db());
    const started = performance.now();
    const files = await measure(`loader: ${loader.output}`, async () => {
      if (!scope || !(await context.scoped?.())) return loaderOutputs(loader, context);
      // planScope allows a scoped run only when every output that is not kept can be spliced.
      if (isParameterized(loader) || !loader.splice || !current) throw new Error(`${loader.output}: a scoped run cannot compute this output`);
      const spliced = await loader.splice(context, join(current, loader.output));
      if (spliced) return [{ name: loader.output, bytes: spliced }];
      // The groups' rows did not change: the current file is this run's.
      known.names.add(loader.output);
      return [{ name: loader.output, bytes: KEPT }];
    });
    let bytes = 0;
    for (const f of files) bytes += f.bytes === KEPT ? (await stat(join(current!, f.name))).size : f.bytes.length;
    log(`${loader.output}: ${files.length === 1 ? "" : `${files.length} files, `}${bytes.toLocaleString("en")} bytes in ${Math.round(performance.now() - started)} ms`);
    return files;
  };
  // The parameterized loaders (a file per unit, van-ban/) run beside the others, on a connection
  // of their own: their many small statements keep about one core of two busy, and the other
  // loaders' writes fill the other. Every file is the same bytes either way (the tables they read
  // are complete before any loader starts, and no loader changes them); the files are gathered in
  // the loaders' order.
  const files = new Map<Loader, { name: string; bytes: Uint8Array }[]>();
  const lane = async (members: Loader[], context: LoaderContext) => {
    for (const loader of members) files.set(loader, await loaderFiles(loader, context));
  };
  const settled = await Promise.allSettled([lane(loaders.filter((l) => !isParameterized(l)), context), lane(loaders.filter(isParameterized), besideContext(context))]);
  for (const s of settled) if (s.status === "rejected") throw s.reason;
  for (const loader of loaders) for (const file of files.get(loader)!) outputs.set(file.name, file.bytes);
  // After the loaders: the inputs have been checked (no pipe to hang on, no link out of the folder).
  // The outputs' list names every file, so a parameterized file that is gone makes the set differ.
  const info: RunInfo = { as_of: asOf, inputs: digestInputs(dataDir, fileDigests), outputs: [...outputs.keys(), RUN_INFO_FILE, CHANGES_FILE].sort(), dependencies, groups, term_results_files: termResults };
  outputs.set(RUN_INFO_FILE, runInfoBytes(info));
  const success = (): LastRun => {
    const finished = now();
    return { ok: true, finished_at: finished, problems: [], outputs_built_at: finished, outputs_from: summarizeInputs(info) };
  };

  if (await measure("stage: compare with the current set", () => sameAsCurrent(outDir, outputs, known))) {
    // The changes page keeps showing the last change that happened.
    if (recordRun) await writeBesideOutputs(outDir, LAST_RUN_FILE, lastRunBytes(success()), owned);
    return { written: [], unchanged: [...outputs.keys()], removed: [] };
  }
  const removed = await removedParameterized(outDir, loaders, outputs);
  // A file someone put among the outputs by hand (a note in van-ban/) is no output, but it is
  // theirs: it goes into the new set too.
  for (const [name, bytes] of await foreignFiles(outDir, loaders)) if (!outputs.has(name)) outputs.set(name, bytes);
  const published = await measure("stage: publish (with changes)", () => publishSet(outDir, outputs, {
    owned,
    known,
    beforeSwitch: async (set, current) => {
      const previous = current ? parseRunInfo(await readFile(join(current, RUN_INFO_FILE)).catch(() => null)) : null;
      const changes = await measure("stage: changes", async () => computeChanges(await context.db(), current, set, inputChanges(previous, info), log));
      await writeDurably(join(set, CHANGES_FILE), changes);
      if (recordRun) await writeDurably(join(set, LAST_RUN_FILE), lastRunBytes(success()));
    },
  }));
  const result: PipelineResult = { ...published, removed };
  result.written.push(CHANGES_FILE);
  return result;
}

/** last-run.json after a failed run: its problems, and the served outputs' time unchanged. */
async function recordFailure(outDir: string, error: unknown, owned: (name: string) => boolean): Promise<void> {
  const previous = parseLastRun(await readCurrent(outDir, LAST_RUN_FILE));
  const served = (await currentSet(outDir)) !== null && (await readCurrent(outDir, RUN_INFO_FILE)) !== null;
  const problems =
    error instanceof InputError
      ? error.problems.map(runProblem)
      : [{ file: null, line: null, column: null, message: error instanceof SettingError ? error.message : `the pipeline stopped: ${(error as Error).message ?? String(error)}` }];
  const run: LastRun = {
    ok: false,
    finished_at: now(),
    problems,
    outputs_built_at: served ? (previous?.outputs_built_at ?? null) : null,
    outputs_from: served ? (previous?.outputs_from ?? null) : null,
  };
  await writeBesideOutputs(outDir, LAST_RUN_FILE, lastRunBytes(run), owned);
}
