// npm run pipeline -- [--data DIR] [--out DIR]: every loader over the inputs, into one folder.
// The outputs are replaced as a set, and last-run.json beside them records how the run went.
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { runPipeline } from "../pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { InputError } from "../ingest/problems.ts";
import { OutputPathError } from "../pipeline/output-set.ts";
import { SettingError } from "../pipeline/run-info.ts";
import { profiling } from "../db/profile.ts";
import { parseCommandLine } from "./args.ts";
import { SITE_DATA_DIR } from "./site-data.ts";

const usage = "npm run pipeline -- [--data DIR] [--out DIR]";
const { values } = parseCommandLine("pipeline", { data: { type: "string" }, out: { type: "string" }, help: { type: "boolean" } }, usage);
if (values.help) {
  process.stdout.write(`usage: ${usage}\n  --data DIR  inputs (default: data)\n  --out DIR   where the Parquet files go (default: ${SITE_DATA_DIR}, where the site reads them)\n`);
  process.exit(0);
}
const dataDir = resolve(values.data ?? process.env.CHITIEU_DATA ?? "data");
const outDir = resolve(values.out ?? SITE_DATA_DIR);
if (existsSync(outDir) && !statSync(outDir).isDirectory()) {
  process.stderr.write(`pipeline: --out ${values.out ?? outDir} is a file, not a folder; name a folder (it is made if missing)\n`);
  process.exit(2);
}
const started = performance.now();
// With CHITIEU_PROFILE=1 (src/db/profile.ts) each line also says how much CPU the run has used so
// far, DuckDB's and the extraction threads' included: the difference between two lines is a phase's.
const cpuSoFar = () => {
  const used = process.cpuUsage();
  return ` (cpu ${((used.user + used.system) / 1e6).toFixed(1)} s)`;
};
const log = (m: string) => process.stderr.write(`pipeline: ${((performance.now() - started) / 1000).toFixed(1)} s${profiling() ? cpuSoFar() : ""}: ${m}\n`);
try {
  log(`inputs ${dataDir}, outputs ${outDir}`);
  const { written, unchanged } = await runPipeline({ dataDir, outDir, loaders, log, recordRun: true });
  log(written.length ? `done: ${written.length} written, ${unchanged.length} unchanged` : "done: the outputs were already up to date");
} catch (error) {
  if (error instanceof InputError) {
    process.stderr.write(`${error.message}\nNothing was written; the previous outputs are unchanged.\n`);
    process.exit(1);
  }
  if (error instanceof OutputPathError || error instanceof SettingError) {
    process.stderr.write(`pipeline: ${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(`pipeline: the run stopped on an unexpected error; the previous outputs are unchanged.\n${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
}
