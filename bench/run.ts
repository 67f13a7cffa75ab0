// npm run bench [-- --quick] [-- --no-test] [-- --pipeline]: how the cost grows from the default data
// to the whole country: the pipeline (cold; warm, a re-run with nothing changed; after one new
// actuals file; every output recomputed with the figures from the cache), the site built from
// the 10× and 100× sets, the overview in a browser, and `npm test` itself. Prints a table and
// writes bench/results.json. Whole processes are timed from outside with /usr/bin/time -v (wall
// time, CPU time and peak resident memory); the medians of several runs are kept, with the load
// average before and after. Sizes and counts (bytes a page loads, pages built) do not depend on
// the machine's load; wall times do, CPU times much less. --pipeline measures only the pipeline.
import { execFileSync, spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./generate.ts";
import { extractionThroughput } from "./extraction.ts";
import { overviewInBrowser, pageBytes, PROVINCE_PAGE } from "./overview.ts";
import { openDatabase, queryRows } from "../src/db/duckdb.ts";
import { makeWorkspace } from "../tests/e2e/workspace.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean" }, "no-test": { type: "boolean" }, pipeline: { type: "boolean" }, help: { type: "boolean" } } });
if (values.help) {
  // Also what tests/unit/bench-loads.test.ts runs: every module the bench imports loads outside vitest.
  process.stdout.write(`npm run bench [-- --quick] [-- --no-test] [-- --pipeline]
  --quick     one run of each measure instead of the median of three
  --no-test   leave out the timing of npm test
  --pipeline  measure only the pipeline (no site build, no browser, no npm test)
Prints a table and writes bench/results.json.
`);
  process.exit(0);
}
const loadBefore = loadavg()[0];
const RUNS = values.quick ? 1 : 3;
const WORK = "bench/.work";
mkdirSync(WORK, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (m: string) => process.stderr.write(`bench: ${m}\n`);

interface Timed {
  seconds: number;
  /** User + system CPU seconds of the process tree /usr/bin/time waited for. */
  cpuSeconds: number | null;
  rssMb: number | null;
  output: string;
}

/** Runs a command under /usr/bin/time -v; returns wall seconds, CPU seconds and peak RSS in MB. */
function timed([source, ...args]: string[], env: Record<string, string> = {}, cwd = process.cwd()): Timed {
  // As `npm run` starts it: bundled from the sources, then run by Node (src/cli/run-bundled.mjs).
  const command = /^src\/cli\/([a-z-]+)\.ts$/.exec(source)?.[1];
  if (!command) throw new Error(`bench: ${source} is not a command of src/cli/`);
  return timedCommand([process.execPath, join(cwd, "src", "cli", "run-bundled.mjs"), command, ...args], env, cwd);
}

function timedCommand([command, ...args]: string[], env: Record<string, string> = {}, cwd = process.cwd()): Timed {
  const hasTime = existsSync("/usr/bin/time");
  const started = performance.now();
  const options = { encoding: "utf8" as const, maxBuffer: 1 << 28, env: { ...process.env, ...env }, cwd };
  const r = hasTime ? spawnSync("/usr/bin/time", ["-v", command, ...args], options) : spawnSync(command, args, options);
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${[command, ...args].join(" ")} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  // /usr/bin/time reports the largest process of the tree it waited for, here the pipeline's.
  const user = /User time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(r.stderr);
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null;
  return { seconds, cpuSeconds, rssMb: rss ? Number(rss[1]) / 1024 : null, output: r.stdout + r.stderr };
}

/** The built pages (HTML files outside Framework's own folders) and the largest data file of each kind. */
function siteSize(dist: string): { pages: number; largestDocumentsFile: number; largestFile: number } {
  let pages = 0;
  let largestDocumentsFile = 0;
  let largestFile = 0;
  for (const e of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const inside = path.slice(dist.length + 1);
    if (e.name.endsWith(".html") && !inside.startsWith("_") && e.name !== "404.html") pages++;
    if (inside.startsWith(join("_file", "data"))) {
      const size = statSync(path).size;
      largestFile = Math.max(largestFile, size);
      if (inside.startsWith(join("_file", "data", "van-ban"))) largestDocumentsFile = Math.max(largestDocumentsFile, size);
    }
  }
  return { pages, largestDocumentsFile, largestFile };
}

log("extraction");
const extraction = extractionThroughput(RUNS);
// A cold run extracts every document (an empty cache) into an empty output folder; a warm run is
// a re-run with nothing changed (every output kept, src/pipeline/dependencies.ts); "recompute"
// computes every output again into an empty folder, the documents' figures from the cache.
const CACHE = join(WORK, "cache");
const cold = (args: string[]) => {
  rmSync(CACHE, { recursive: true, force: true });
  rmSync(args[4], { recursive: true, force: true });
  return timed(args, { CHITIEU_CACHE: CACHE });
};
const warm = (args: string[]) => timed(args, { CHITIEU_CACHE: CACHE });
log("pipeline on the default data");
const pipelineDefault = Array.from({ length: RUNS }, () => cold(["src/cli/pipeline.ts", "--data", "data", "--out", join(WORK, "out-default")]));
interface Runs {
  seconds: number;
  cpuSeconds: number | null;
  rssMb: number | null;
}
type ScaleResult = {
  cold: Runs;
  warm: Runs;
  newFile: Runs;
  recompute: Runs;
  rows: number;
  documents: number;
  communes: number;
  site: {
    seconds: number; pages: number; largestDocumentsFile: number; largestFile: number; overview?: { firstChartMs: number; seenMs: number; bytes: number };
    provincePage?: { bytes: number; dataBytes: number };
  } | null;
};
const scales: Record<string, ScaleResult> = {};
const peak = (runs: { rssMb: number | null }[]) => Math.max(...runs.map((r) => r.rssMb ?? 0)) || null;
const summary = (runs: Timed[]): Runs => ({
  seconds: median(runs.map((r) => r.seconds)),
  cpuSeconds: runs.every((r) => r.cpuSeconds !== null) ? median(runs.map((r) => r.cpuSeconds!)) : null,
  rssMb: peak(runs),
});
for (const scale of [10, 100]) {
  const dir = join(WORK, `data-${scale}x`);
  log(`generating ${scale}×`);
  const size = await generate(scale, dir);
  const args = ["src/cli/pipeline.ts", "--data", dir, "--out", join(WORK, `out-${scale}x`)];
  const count = scale === 100 && !values.quick ? 2 : RUNS;
  log(`pipeline on ${scale}× (${size.actualRows} actual rows, ${size.documents} documents), cold`);
  // Cold runs RUNS times at every scale: of two runs `median` takes the slower one, and the 100×
  // cold run is the measure nearest its budget, on a machine whose speed drifts by a quarter.
  const colds = Array.from({ length: RUNS }, () => cold(args));
  log(`pipeline on ${scale}×, warm (nothing changed)`);
  const warms = Array.from({ length: count }, () => warm(args));
  // The yearly re-run: one new actuals file (a province's 2026 estimates) beside unchanged documents.
  log(`pipeline on ${scale}×, warm, after one new actuals file`);
  // Each measured run follows a file of its own: a run with nothing new keeps every output and
  // would measure nothing (src/pipeline/dependencies.ts).
  const newFiles: string[] = [];
  const afterNew = Array.from({ length: count }, (_, k) => {
    const newFile = join(dir, "actuals", `bench-new-2026-${k}.csv`);
    writeFileSync(newFile, `province,indicator,year,value,unit,status,source\n42,grdp_growth,2026,${8.1 + k / 10},percent_per_year,estimate,Cục Thống kê Hà Tĩnh\n42,poverty_rate,2026,1.9,percent,estimate,Cục Thống kê Hà Tĩnh\n`);
    newFiles.push(newFile);
    return warm(args);
  });
  for (const f of newFiles) rmSync(f);
  log(`pipeline on ${scale}×, every output recomputed, figures from the cache`);
  const recomputes = Array.from({ length: count }, () => {
    rmSync(args[4], { recursive: true, force: true });
    return warm(args);
  });
  // The site built from this set, in a throwaway copy of the project (dist/ and docs/data/ stay
  // as they are), with the extraction cache warm as after the runs above.
  let site: ScaleResult["site"] = null;
  if (!values.pipeline) {
    log(`site build on ${scale}×`);
    const ws = makeWorkspace();
    try {
      const built = timed(["src/cli/build.ts"], { CHITIEU_DATA: resolve(dir), CHITIEU_CACHE: resolve(CACHE) }, ws.dir);
      site = { seconds: built.seconds, ...siteSize(join(ws.dir, "dist")) };
      if (scale === 10) {
        log("overview in the browser, 10×");
        site.overview = await overviewInBrowser(join(ws.dir, "dist"));
      }
      log(`a province's page in the browser, ${scale}×`);
      site.provincePage = await pageBytes(join(ws.dir, "dist"), PROVINCE_PAGE);
    } finally {
      ws.dispose();
    }
  }
  scales[scale] = {
    cold: summary(colds),
    warm: summary(warms),
    newFile: summary(afterNew),
    recompute: summary(recomputes),
    rows: size.actualRows,
    documents: size.documents,
    communes: size.communes,
    site,
  };
}
let build: Timed | null = null;
let overview: Awaited<ReturnType<typeof overviewInBrowser>> | null = null;
if (!values.pipeline) {
  log("site build");
  build = timed(["src/cli/build.ts"]);
  log("overview in the browser");
  overview = await overviewInBrowser();
}
// The whole suite as a newcomer runs it (typecheck, unit, end-to-end), and how many tests ran.
let npmTest: { seconds: number; tests: number } | null = null;
if (!values["no-test"] && !values.pipeline) {
  log("npm test");
  const run = timedCommand(["npm", "test"], { NO_COLOR: "1" });
  const tests = [...run.output.matchAll(/^\s*Tests\s+(\d+) passed/gm)].reduce((n, m) => n + Number(m[1]), 0);
  npmTest = { seconds: run.seconds, tests };
}
const conn = await openDatabase();
const duckdbVersion = (await queryRows<{ v: string }>(conn, "SELECT version() AS v"))[0].v;

const secs = (x: number | null | undefined) => (x === null || x === undefined ? null : Number(x.toFixed(2)));
const mb = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x));
const [s10, s100] = [scales[10], scales[100]];
const results = {
  date: new Date().toISOString(),
  cores: cpus().length,
  node: process.version,
  duckdb: duckdbVersion,
  runs: RUNS,
  // The machine's load average (1 minute) before and after: wall times mean little above the cores.
  load_before: Number(loadBefore.toFixed(1)),
  load_after: Number(loadavg()[0].toFixed(1)),
  extract_mb_per_s: Number(extraction.mbPerS.toFixed(2)),
  extract_cpu_mb_per_s: Number(extraction.cpuMbPerS.toFixed(2)),
  extract_first_pass_mb_per_s: Number(extraction.firstPassMbPerS.toFixed(2)),
  extract_corpus_mb: Number(extraction.corpusMb.toFixed(1)),
  extract_hostile_1mb_max_ms: Math.round(extraction.hostileMaxMs),
  pipeline_default_s: secs(median(pipelineDefault.map((r) => r.seconds))),
  pipeline_default_cpu_s: secs(summary(pipelineDefault).cpuSeconds),
  pipeline_10x_s: secs(s10.cold.seconds),
  pipeline_10x_cpu_s: secs(s10.cold.cpuSeconds),
  pipeline_10x_rows: s10.rows,
  pipeline_10x_warm_s: secs(s10.warm.seconds),
  pipeline_10x_warm_cpu_s: secs(s10.warm.cpuSeconds),
  pipeline_10x_recompute_s: secs(s10.recompute.seconds),
  pipeline_10x_recompute_cpu_s: secs(s10.recompute.cpuSeconds),
  pipeline_100x_s: secs(s100.cold.seconds),
  pipeline_100x_cpu_s: secs(s100.cold.cpuSeconds),
  pipeline_100x_rows: s100.rows,
  pipeline_100x_documents: s100.documents,
  pipeline_100x_communes: s100.communes,
  pipeline_100x_rss_mb: mb(s100.cold.rssMb),
  pipeline_100x_warm_s: secs(s100.warm.seconds),
  pipeline_100x_warm_cpu_s: secs(s100.warm.cpuSeconds),
  pipeline_100x_warm_rss_mb: mb(s100.warm.rssMb),
  pipeline_100x_recompute_s: secs(s100.recompute.seconds),
  pipeline_100x_recompute_cpu_s: secs(s100.recompute.cpuSeconds),
  pipeline_100x_recompute_rss_mb: mb(s100.recompute.rssMb),
  build_s: secs(build?.seconds),
  overview_first_chart_ms: mb(overview?.firstChartMs),
  overview_first_chart_seen_ms: mb(overview?.seenMs),
  overview_bytes: overview?.bytes ?? null,
  pipeline_10x_new_file_s: secs(s10.newFile.seconds),
  pipeline_10x_new_file_cpu_s: secs(s10.newFile.cpuSeconds),
  pipeline_100x_new_file_s: secs(s100.newFile.seconds),
  pipeline_100x_new_file_cpu_s: secs(s100.newFile.cpuSeconds),
  pipeline_100x_new_file_rss_mb: mb(s100.newFile.rssMb),
  site_10x_build_s: secs(s10.site?.seconds),
  site_10x_pages: s10.site?.pages ?? null,
  site_10x_documents: s10.documents,
  site_10x_largest_documents_file_bytes: s10.site?.largestDocumentsFile ?? null,
  site_10x_largest_data_file_bytes: s10.site?.largestFile ?? null,
  overview_10x_first_chart_ms: mb(s10.site?.overview?.firstChartMs),
  overview_10x_first_chart_seen_ms: mb(s10.site?.overview?.seenMs),
  overview_10x_bytes: s10.site?.overview?.bytes ?? null,
  province_page_10x_bytes: s10.site?.provincePage?.bytes ?? null,
  province_page_10x_data_bytes: s10.site?.provincePage?.dataBytes ?? null,
  site_100x_build_s: secs(s100.site?.seconds),
  site_100x_pages: s100.site?.pages ?? null,
  site_100x_documents: s100.documents,
  site_100x_largest_documents_file_bytes: s100.site?.largestDocumentsFile ?? null,
  site_100x_largest_data_file_bytes: s100.site?.largestFile ?? null,
  province_page_100x_bytes: s100.site?.provincePage?.bytes ?? null,
  province_page_100x_data_bytes: s100.site?.provincePage?.dataBytes ?? null,
  npm_test_s: npmTest === null ? null : Number(npmTest.seconds.toFixed(1)),
  npm_test_tests: npmTest?.tests ?? null,
};
writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");
const budgets: Record<string, string> = {
  extract_mb_per_s: "≥ 5",
  extract_cpu_mb_per_s: "≥ 5",
  pipeline_100x_s: "≤ 25",
  pipeline_100x_rss_mb: "≤ 2048",
  pipeline_10x_warm_s: "≤ 3",
  pipeline_100x_warm_s: "≤ 15",
  pipeline_100x_warm_rss_mb: "≤ 2048",
  overview_first_chart_ms: "≤ 1000",
  overview_bytes: "≤ 1048576",
  pipeline_100x_new_file_s: "≤ 15",
  site_10x_build_s: "≤ 60",
  overview_10x_first_chart_ms: "≤ 1000",
  overview_10x_bytes: "≤ 1048576",
  npm_test_s: "≤ 240",
};
process.stdout.write("| measure | value | budget |\n| --- | --- | --- |\n");
for (const [k, v] of Object.entries(results)) process.stdout.write(`| ${k} | ${v} | ${budgets[k] ?? ""} |\n`);
process.stdout.write(`\n100× time / 10× time (cold) = ${(s100.cold.seconds / s10.cold.seconds).toFixed(1)} (budget ≤ 15); load ${results.load_before} before, ${results.load_after} after on ${results.cores} cores\n`);
