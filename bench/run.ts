// npm run bench [-- --quick] [-- --no-test]: how the cost grows from the default data to the whole
// country: the pipeline (cold, warm, and warm after one new actuals file), the site built from
// the 10× and 100× sets, the overview in a browser, and `npm test` itself. Prints a table and
// writes bench/results.json. Whole processes are timed from outside with /usr/bin/time -v (wall
// time and peak resident memory); the medians of several runs are kept. Sizes and counts (bytes
// a page loads, pages built) do not depend on the machine's load; times do.
import { execFileSync, spawnSync } from "node:child_process";
import { cpus } from "node:os";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { generate } from "./generate.ts";
import { extractionThroughput } from "./extraction.ts";
import { overviewInBrowser } from "./overview.ts";
import { openDatabase, queryRows } from "../src/db/duckdb.ts";
import { makeWorkspace } from "../tests/e2e/workspace.ts";

const { values } = parseArgs({ options: { quick: { type: "boolean" }, "no-test": { type: "boolean" } } });
const RUNS = values.quick ? 1 : 3;
const WORK = "bench/.work";
mkdirSync(WORK, { recursive: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const log = (m: string) => process.stderr.write(`bench: ${m}\n`);

/** Runs a command under /usr/bin/time -v; returns wall seconds and peak RSS in MB. */
function timed(args: string[], env: Record<string, string> = {}, cwd = process.cwd()): { seconds: number; rssMb: number | null; output: string } {
  return timedCommand([process.execPath, "--import", "tsx", ...args], env, cwd);
}

function timedCommand([command, ...args]: string[], env: Record<string, string> = {}, cwd = process.cwd()): { seconds: number; rssMb: number | null; output: string } {
  const hasTime = existsSync("/usr/bin/time");
  const started = performance.now();
  const options = { encoding: "utf8" as const, maxBuffer: 1 << 28, env: { ...process.env, ...env }, cwd };
  const r = hasTime ? spawnSync("/usr/bin/time", ["-v", command, ...args], options) : spawnSync(command, args, options);
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`${[command, ...args].join(" ")} failed:\n${r.stdout.slice(-2000)}\n${r.stderr.slice(-2000)}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  // /usr/bin/time reports the largest process of the tree it waited for, here the pipeline's.
  return { seconds, rssMb: rss ? Number(rss[1]) / 1024 : null, output: r.stdout + r.stderr };
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
// A cold run extracts every document (an empty cache); a warm run is the yearly re-run, where
// the documents are unchanged and their figures come from the cache.
const CACHE = join(WORK, "cache");
const cold = (args: string[]) => {
  rmSync(CACHE, { recursive: true, force: true });
  return timed(args, { CHITIEU_CACHE: CACHE });
};
const warm = (args: string[]) => timed(args, { CHITIEU_CACHE: CACHE });
log("pipeline on the default data");
const pipelineDefault = Array.from({ length: RUNS }, () => cold(["src/cli/pipeline.ts", "--data", "data", "--out", join(WORK, "out-default")]));
type ScaleResult = {
  seconds: number;
  rssMb: number | null;
  warmSeconds: number;
  warmRssMb: number | null;
  newFileSeconds: number;
  newFileRssMb: number | null;
  rows: number;
  documents: number;
  communes: number;
  site: { seconds: number; pages: number; largestDocumentsFile: number; largestFile: number; overview?: { firstChartMs: number; seenMs: number; bytes: number } };
};
const scales: Record<string, ScaleResult> = {};
const peak = (runs: { rssMb: number | null }[]) => Math.max(...runs.map((r) => r.rssMb ?? 0)) || null;
for (const scale of [10, 100]) {
  const dir = join(WORK, `data-${scale}x`);
  log(`generating ${scale}×`);
  const size = await generate(scale, dir);
  const args = ["src/cli/pipeline.ts", "--data", dir, "--out", join(WORK, `out-${scale}x`)];
  const count = scale === 100 && !values.quick ? 2 : RUNS;
  log(`pipeline on ${scale}× (${size.actualRows} actual rows, ${size.documents} documents), cold`);
  const colds = Array.from({ length: count }, () => cold(args));
  log(`pipeline on ${scale}×, warm`);
  // Into an empty output folder: every output computed again, the documents' figures from the cache.
  const warms = Array.from({ length: count }, () => {
    rmSync(args[4], { recursive: true, force: true });
    return warm(args);
  });
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
  // The site built from this set, in a throwaway copy of the project (dist/ and docs/data/ stay
  // as they are), with the extraction cache warm as after the runs above.
  log(`site build on ${scale}×`);
  const ws = makeWorkspace();
  let site: { seconds: number; pages: number; largestDocumentsFile: number; largestFile: number; overview?: { firstChartMs: number; seenMs: number; bytes: number } };
  try {
    const built = timed(["src/cli/build.ts"], { CHITIEU_DATA: resolve(dir), CHITIEU_CACHE: resolve(CACHE) }, ws.dir);
    site = { seconds: built.seconds, ...siteSize(join(ws.dir, "dist")) };
    if (scale === 10) {
      log("overview in the browser, 10×");
      site.overview = await overviewInBrowser(join(ws.dir, "dist"));
    }
  } finally {
    ws.dispose();
  }
  scales[scale] = {
    seconds: median(colds.map((r) => r.seconds)),
    rssMb: peak(colds),
    warmSeconds: median(warms.map((r) => r.seconds)),
    warmRssMb: peak(warms),
    newFileSeconds: median(afterNew.map((r) => r.seconds)),
    newFileRssMb: peak(afterNew),
    rows: size.actualRows,
    documents: size.documents,
    communes: size.communes,
    site,
  };
}
log("site build");
const build = timed(["src/cli/build.ts"]);
log("overview in the browser");
const overview = await overviewInBrowser();
// The whole suite as a newcomer runs it (typecheck, unit, end-to-end), and how many tests ran.
let npmTest: { seconds: number; tests: number } | null = null;
if (!values["no-test"]) {
  log("npm test");
  const run = timedCommand(["npm", "test"], { NO_COLOR: "1" });
  const tests = [...run.output.matchAll(/^\s*Tests\s+(\d+) passed/gm)].reduce((n, m) => n + Number(m[1]), 0);
  npmTest = { seconds: run.seconds, tests };
}
const conn = await openDatabase();
const duckdbVersion = (await queryRows<{ v: string }>(conn, "SELECT version() AS v"))[0].v;

const results = {
  date: new Date().toISOString(),
  cores: cpus().length,
  node: process.version,
  duckdb: duckdbVersion,
  runs: RUNS,
  extract_mb_per_s: Number(extraction.mbPerS.toFixed(2)),
  extract_cpu_mb_per_s: Number(extraction.cpuMbPerS.toFixed(2)),
  extract_first_pass_mb_per_s: Number(extraction.firstPassMbPerS.toFixed(2)),
  extract_corpus_mb: Number(extraction.corpusMb.toFixed(1)),
  extract_hostile_1mb_max_ms: Math.round(extraction.hostileMaxMs),
  pipeline_default_s: Number(median(pipelineDefault.map((r) => r.seconds)).toFixed(2)),
  pipeline_10x_s: Number(scales[10].seconds.toFixed(2)),
  pipeline_10x_rows: scales[10].rows,
  pipeline_10x_warm_s: Number(scales[10].warmSeconds.toFixed(2)),
  pipeline_100x_s: Number(scales[100].seconds.toFixed(2)),
  pipeline_100x_rows: scales[100].rows,
  pipeline_100x_documents: scales[100].documents,
  pipeline_100x_communes: scales[100].communes,
  pipeline_100x_rss_mb: scales[100].rssMb === null ? null : Math.round(scales[100].rssMb),
  pipeline_100x_warm_s: Number(scales[100].warmSeconds.toFixed(2)),
  pipeline_100x_warm_rss_mb: scales[100].warmRssMb === null ? null : Math.round(scales[100].warmRssMb),
  build_s: Number(build.seconds.toFixed(2)),
  overview_first_chart_ms: Math.round(overview.firstChartMs),
  overview_first_chart_seen_ms: Math.round(overview.seenMs),
  overview_bytes: overview.bytes,
  pipeline_10x_new_file_s: Number(scales[10].newFileSeconds.toFixed(2)),
  pipeline_100x_new_file_s: Number(scales[100].newFileSeconds.toFixed(2)),
  pipeline_100x_new_file_rss_mb: scales[100].newFileRssMb === null ? null : Math.round(scales[100].newFileRssMb),
  site_10x_build_s: Number(scales[10].site.seconds.toFixed(2)),
  site_10x_pages: scales[10].site.pages,
  site_10x_documents: scales[10].documents,
  site_10x_largest_documents_file_bytes: scales[10].site.largestDocumentsFile,
  site_10x_largest_data_file_bytes: scales[10].site.largestFile,
  overview_10x_first_chart_ms: Math.round(scales[10].site.overview!.firstChartMs),
  overview_10x_first_chart_seen_ms: Math.round(scales[10].site.overview!.seenMs),
  overview_10x_bytes: scales[10].site.overview!.bytes,
  site_100x_build_s: Number(scales[100].site.seconds.toFixed(2)),
  site_100x_pages: scales[100].site.pages,
  site_100x_documents: scales[100].documents,
  site_100x_largest_documents_file_bytes: scales[100].site.largestDocumentsFile,
  site_100x_largest_data_file_bytes: scales[100].site.largestFile,
  npm_test_s: npmTest === null ? null : Number(npmTest.seconds.toFixed(1)),
  npm_test_tests: npmTest?.tests ?? null,
};
writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");
const budgets: Record<string, string> = {
  extract_mb_per_s: "≥ 5",
  extract_cpu_mb_per_s: "≥ 5",
  pipeline_100x_s: "≤ 15",
  pipeline_100x_rss_mb: "≤ 2048",
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
process.stdout.write(`\n100× time / 10× time = ${(results.pipeline_100x_s / results.pipeline_10x_s).toFixed(1)} (budget ≤ 15)\n`);
