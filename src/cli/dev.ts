// npm run dev: the pipeline, then Framework's preview server. Whenever an input (data/), a loader
// (data-loaders/) or the pipeline's code and SQL (src/) change, the pipeline runs again and the
// preview serves the new outputs. Each run is a child process, so edits to TypeScript take effect
// (a module once imported cannot be re-imported), and a run that crashes cannot take the server
// down. The child runs a bundle of the pipeline that esbuild makes from the sources before each run
// (bundle-command.mjs), not the sources through tsx: a run's start costs some 0,7 s of CPU less, and
// an edited loader that does not compile is reported as a compiler would, naming file, line and
// column. Rejected input is reported in the terminal and, through last-run.json, on every page;
// the site keeps showing the previous outputs. The preview and the runs exit with this process,
// however it ends (dev-child.mjs), so no orphaned preview serves stale data on the port.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync, statSync, watch, type FSWatcher } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { JS_FACTS_FILE, SITE_DATA_DIR, SITE_ROOT } from "./site-data.ts";
import { prepareOfflineNpmCache } from "./offline-npm-cache.ts";
import { startFramework } from "./framework.ts";
import { writeBesideOutputs } from "../pipeline/output-set.ts";
import { LAST_RUN_FILE, lastRunBytes, parseLastRun } from "../pipeline/run-info.ts";
import { bundleCommand, removeStaleBundles, runBundleFile } from "./bundle-command.mjs";

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const CHILD_PRELOAD = pathToFileURL(here("./dev-child.mjs")).href;
const QUIET_PREVIEW = pathToFileURL(here("./quiet-preview.mjs")).href;
// Framework's own client files bundled once per preview, not on every page load, and what it
// learns by parsing the pages' modules kept between previews and builds (framework-js-facts.mjs).
const PREVIEW_CLIENT = pathToFileURL(here("./preview-client.mjs")).href;
const PIPELINE = here("./pipeline.ts");
const PROJECT = here("../../");
/** This dev process's bundle of the pipeline: in the project, where Node finds its packages (git-ignored). */
const BUNDLE = runBundleFile(PROJECT, "dev-pipeline");

const dataDir = resolve(process.env.CHITIEU_DATA ?? "data");
/** What a change to re-runs the pipeline: the inputs, the loaders, the pipeline's code and SQL. */
const WATCHED = [dataDir, join(PROJECT, "data-loaders"), join(PROJECT, "src")];
const say = (m: string) => process.stderr.write(`dev: ${m}\n`);

let preview: ChildProcess | undefined;
let run: ChildProcess | undefined;
const watchers: FSWatcher[] = [];

function shutdown(code: number): never {
  for (const w of watchers) w.close();
  run?.kill("SIGTERM");
  preview?.kill("SIGTERM");
  process.exit(code);
}
process.on("SIGINT", () => shutdown(130));
process.on("SIGTERM", () => shutdown(143));
process.on("SIGHUP", () => shutdown(129));
// Started by a wrapper (tsx, npm) over IPC: go when it goes.
if (process.channel) {
  process.on("disconnect", () => shutdown(0));
  process.channel.unref();
}
process.on("exit", () => {
  run?.kill("SIGTERM");
  preview?.kill("SIGTERM");
  rmSync(BUNDLE, { force: true });
});

const lastRunText = () => {
  try {
    return readFileSync(join(SITE_DATA_DIR, LAST_RUN_FILE), "utf8");
  } catch {
    return null;
  }
};
/** When last-run.json was last written (it is replaced by a rename, so its inode changes too). */
const lastRunStamp = () => {
  const s = statSync(join(SITE_DATA_DIR, LAST_RUN_FILE), { throwIfNoEntry: false });
  return s ? `${s.ino}:${s.mtimeMs}` : null;
};

/** The pipeline bundled from the sources as they are now into BUNDLE; the first compile error (or other failure) if it cannot be. */
const bundlePipeline = async () => (await bundleCommand(PROJECT, PIPELINE, BUNDLE))?.message ?? null;

/** One pipeline run in a child process; true when it succeeded. */
async function runPipelineOnce(): Promise<boolean> {
  const before = lastRunStamp();
  const notCompiled = await bundlePipeline();
  if (notCompiled !== null) {
    process.stderr.write(`${notCompiled}\n`);
    // No run started, so none wrote a record: write one, so that the pages say the numbers are the previous run's.
    if (lastRunStamp() === before) await recordCrash(`the pipeline could not run: ${notCompiled}`).catch(() => {});
    say("this run failed; the site keeps showing the previous outputs, with a banner naming the problem");
    return false;
  }
  const tail: string[] = [];
  return new Promise((done) => {
    const child = spawn(process.execPath, ["--import", CHILD_PRELOAD, BUNDLE, "--data", dataDir, "--out", SITE_DATA_DIR], {
      stdio: ["ignore", "inherit", "pipe", "ipc"],
    });
    run = child;
    child.stderr!.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      tail.push(...String(chunk).split("\n").filter((l) => l.trim() !== ""));
      tail.splice(0, Math.max(0, tail.length - 40));
    });
    child.on("exit", async (code, signal) => {
      run = undefined;
      if (code === 0) return done(true);
      // A run that could not start (a module that fails to load: a missing export, a package not
      // installed) or was killed wrote no record: write one, so that the pages say the numbers are
      // the previous run's.
      if (lastRunStamp() === before) await recordCrash(signal ? `the pipeline was stopped by ${signal}` : firstError(tail)).catch(() => {});
      say("this run failed; the site keeps showing the previous outputs, with a banner naming the problem");
      done(false);
    });
  });
}

/** The most telling line of a failed start: the first error Node printed, else the last line. */
function firstError(lines: string[]): string {
  const line = lines.find((l) => /error/i.test(l)) ?? lines[lines.length - 1] ?? "no message";
  return `the pipeline could not run: ${line.trim().replace(PROJECT, "")}`;
}

async function recordCrash(message: string): Promise<void> {
  const text = lastRunText();
  const previous = parseLastRun(text === null ? null : Buffer.from(text));
  const finished = new Date().toISOString().replace(/\.\d+Z$/, "Z");
  await writeBesideOutputs(
    SITE_DATA_DIR,
    LAST_RUN_FILE,
    lastRunBytes({ ok: false, finished_at: finished, problems: [{ file: null, line: null, column: null, message }], outputs_built_at: previous?.outputs_built_at ?? null, outputs_from: previous?.outputs_from ?? null }),
  );
}

// Runs one at a time; changes during a run make one more run after it.
let running = false;
let pending = false;
async function schedule(): Promise<void> {
  if (running) {
    pending = true;
    return;
  }
  running = true;
  do {
    pending = false;
    await runPipelineOnce();
  } while (pending);
  running = false;
}

const IGNORED = /(^|[/\\])\.|~$|\.tmp$|\.swp$|[/\\]node_modules[/\\]/;
function watchInputs(): void {
  let timer: NodeJS.Timeout | undefined;
  for (const dir of WATCHED) {
    try {
      watchers.push(
        watch(dir, { recursive: true }, (_event, file) => {
          if (file && IGNORED.test(file)) return; // editors' swap and temporary files
          clearTimeout(timer);
          timer = setTimeout(() => {
            say(`${file ? relative(process.cwd(), join(dir, file)) : relative(process.cwd(), dir)} changed, running the pipeline again`);
            void schedule();
          }, 300);
        }),
      );
    } catch (error) {
      say(`cannot watch ${dir}: ${(error as Error).message}`);
    }
  }
}

removeStaleBundles(PROJECT);
watchInputs();
running = true;
await runPipelineOnce();
running = false;
prepareOfflineNpmCache(SITE_ROOT);
preview = startFramework(["preview", ...process.argv.slice(2)], { preload: [CHILD_PRELOAD, QUIET_PREVIEW, PREVIEW_CLIENT], ipc: true, jsFacts: JS_FACTS_FILE });
preview.on("exit", (code) => {
  preview = undefined;
  say(`the preview server stopped${code ? ` (exit code ${code})` : ""}`);
  shutdown(code ?? 1);
});
if (pending) void schedule();
