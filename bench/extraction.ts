// The extraction measure of `npm run bench`, also usable alone (`npx tsx bench/extraction.ts
// [--runs N]`): the documents of data/documents repeated to 20 MB, extracted on this thread (one
// core). A first pass over 4 MB is timed apart and not counted: it is when V8 compiles the
// extractor's functions and regular expressions, a cost each process (each worker thread of the
// pipeline) pays once, not each document. Wall time and CPU time (process.cpuUsage: this process's
// threads, so also its garbage collector's and compiler's) are both kept: on a shared machine the
// wall time says more about the neighbours than about the code.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extractFigures } from "../src/extract/extract.ts";
import { IndicatorMatcher } from "../src/extract/indicators.ts";
import { readIndicators } from "../src/ingest/catalog.ts";
import { HOSTILE_INPUTS } from "../tests/helpers/hostile.ts";

export interface ExtractionThroughput {
  /** MB per second of wall time, median of the runs. */
  mbPerS: number;
  /** MB per second of CPU time, median of the runs. */
  cpuMbPerS: number;
  /** The first pass (compiling included), MB per second of wall time. */
  firstPassMbPerS: number;
  corpusMb: number;
  hostileMaxMs: number;
}

const MB = 1048576;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function extractionThroughput(runs: number): ExtractionThroughput {
  const matcher = new IndicatorMatcher(readIndicators("data/catalog/indicators.csv", []));
  const docs = readdirSync("data/documents").map((f) => readFileSync(join("data/documents", f), "utf8"));
  const bytes = docs.reduce((a, d) => a + Buffer.byteLength(d), 0);
  const pass = (mb: number): { mb: number; wall: number; cpu: number } => {
    const reps = Math.ceil((mb * MB) / bytes);
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    for (let r = 0; r < reps; r++) for (const text of docs) extractFigures({ name: "bench.txt", text, term_start: 2020, term_end: 2025 }, matcher);
    const wall = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return { mb: (bytes * reps) / MB, wall, cpu: (cpu.user + cpu.system) / 1e6 };
  };
  const first = pass(4);
  const measured = Array.from({ length: runs }, () => pass(20));
  let hostileMaxMs = 0;
  for (const text of Object.values(HOSTILE_INPUTS)) {
    const started = performance.now();
    extractFigures({ name: "hostile.txt", text }, matcher);
    hostileMaxMs = Math.max(hostileMaxMs, performance.now() - started);
  }
  return {
    mbPerS: median(measured.map((p) => p.mb / p.wall)),
    cpuMbPerS: median(measured.map((p) => p.mb / p.cpu)),
    firstPassMbPerS: first.mb / first.wall,
    corpusMb: measured[0].mb,
    hostileMaxMs,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { runs: { type: "string", default: "3" } } });
  const r = extractionThroughput(Number(values.runs));
  process.stdout.write(
    `extraction of ${r.corpusMb.toFixed(1)} MB: ${r.mbPerS.toFixed(2)} MB/s of wall time, ${r.cpuMbPerS.toFixed(2)} MB/s of CPU time ` +
      `(first 4 MB, compiling included: ${r.firstPassMbPerS.toFixed(2)} MB/s); worst 1 MB hostile input ${Math.round(r.hostileMaxMs)} ms\n`,
  );
}
