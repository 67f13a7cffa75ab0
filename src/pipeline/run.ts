// Runs every loader over one data folder and publishes the outputs as a set only when all
// succeeded (output-set.ts): a failed run leaves the previous outputs byte-identical, and a run
// killed halfway leaves them all old or all new. With the loaders' files the set holds
// run-info.json (the inputs' digests) and changes.parquet (what this run changed against the set
// it replaces). When every output equals the current one, nothing is published.
import { join } from "node:path";
import { createContext } from "./context.ts";
import type { DataLoader } from "./loader.ts";
import { InputError } from "../ingest/problems.ts";
import { currentSet, publishSet, readCurrent, sameAsCurrent, writeBesideOutputs, writeDurably } from "./output-set.ts";
import { CHANGES_FILE, computeChanges, inputChanges } from "./changes.ts";
import {
  LAST_RUN_FILE, RUN_INFO_FILE, asOfDate, digestInputs, lastRunBytes, parseLastRun, parseRunInfo, runInfoBytes, runProblem, summarizeInputs, SettingError,
  type LastRun, type RunInfo,
} from "./run-info.ts";
import { readFile } from "node:fs/promises";

export interface PipelineOptions {
  dataDir: string;
  outDir: string;
  loaders: DataLoader[];
  log?: (message: string) => void;
  /** Write last-run.json beside the outputs, whether the run succeeds or fails (the commands do; tests need not). */
  recordRun?: boolean;
}

export interface PipelineResult {
  written: string[];
  unchanged: string[];
}

const now = () => new Date().toISOString().replace(/\.\d+Z$/, "Z");

/** The names an output folder may hold for the pipeline to take it over. */
function ownedNames(loaders: DataLoader[]): (name: string) => boolean {
  const names = new Set([...loaders.map((l) => l.output), RUN_INFO_FILE, CHANGES_FILE, LAST_RUN_FILE]);
  return (name) => names.has(name) || name.endsWith(".tmp");
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

async function buildAndPublish({ dataDir, outDir, loaders, recordRun = false }: PipelineOptions, log: (m: string) => void): Promise<PipelineResult> {
  const owned = ownedNames(loaders);
  const asOf = asOfDate();
  const context = createContext(dataDir, log);
  const outputs = new Map<string, Uint8Array>();
  for (const loader of loaders) {
    const started = performance.now();
    const bytes = await loader.load(context);
    log(`${loader.output}: ${bytes.length.toLocaleString("en")} bytes in ${Math.round(performance.now() - started)} ms`);
    outputs.set(loader.output, bytes);
  }
  // After the loaders: the inputs have been checked (no pipe to hang on, no link out of the folder).
  const info: RunInfo = { as_of: asOf, inputs: digestInputs(dataDir), outputs: [...loaders.map((l) => l.output), RUN_INFO_FILE, CHANGES_FILE].sort() };
  outputs.set(RUN_INFO_FILE, runInfoBytes(info));
  const success = (): LastRun => {
    const finished = now();
    return { ok: true, finished_at: finished, problems: [], outputs_built_at: finished, outputs_from: summarizeInputs(info) };
  };

  if (await sameAsCurrent(outDir, outputs)) {
    // The changes page keeps showing the last change that happened.
    if (recordRun) await writeBesideOutputs(outDir, LAST_RUN_FILE, lastRunBytes(success()), owned);
    return { written: [], unchanged: [...outputs.keys()] };
  }
  const result = await publishSet(outDir, outputs, {
    owned,
    beforeSwitch: async (set, current) => {
      const previous = current ? parseRunInfo(await readFile(join(current, RUN_INFO_FILE)).catch(() => null)) : null;
      const changes = await computeChanges(await context.db(), current, set, inputChanges(previous, info), log);
      await writeDurably(join(set, CHANGES_FILE), changes);
      if (recordRun) await writeDurably(join(set, LAST_RUN_FILE), lastRunBytes(success()));
    },
  });
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
