// The pipeline's promises: identical inputs give identical bytes; a failed run writes nothing.
import { afterEach, describe, expect, test } from "vitest";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { isParameterized, parameterizedPath } from "../../src/pipeline/loader.ts";
import { readDocumentMeta } from "../../src/ingest/catalog.ts";
import { InputError } from "../../src/ingest/problems.ts";
import { runCli } from "../helpers/run-cli.ts";
import { snapshotOutputs } from "../helpers/outputs.ts";

const temporary: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "chitieu-test-"));
  temporary.push(d);
  return d;
}
/** An output folder inside a temporary one (its sets live beside it, in the same folder). */
const outDir = () => join(tempDir(), "out");
afterEach(() => {
  for (const d of temporary.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** Each output by its path; last-run.json (when a run finished, written by the commands) is no output. */
function snapshot(dir: string): Record<string, string> {
  const { ["last-run.json"]: _lastRun, ...outputs } = snapshotOutputs(dir);
  return outputs;
}

/** The files a run over data/ makes: one per loader, a page of documents per unit named in documents.csv, the run's records. */
function expectedOutputs(): string[] {
  const units = readDocumentMeta("data/documents.csv", []).map((d) => `${d.units}-${d.province_code}`);
  const files = loaders.flatMap((l) => (isParameterized(l) ? [...new Set(units)].map((u) => parameterizedPath(l.output, u)) : [l.output]));
  return [...files, "run-info.json", "changes.parquet"].sort();
}

describe("runPipeline", () => {
  test("two runs over the same inputs give byte-identical outputs", async () => {
    const a = outDir();
    const b = outDir();
    await runPipeline({ dataDir: "data", outDir: a, loaders });
    await runPipeline({ dataDir: "data", outDir: b, loaders });
    expect(Object.keys(snapshot(a))).toEqual(expectedOutputs());
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  test("extraction on several threads, and from the cache, gives the same bytes as on one", async () => {
    const single = outDir();
    await runPipeline({ dataDir: "data", outDir: single, loaders });
    const threaded = outDir();
    const cache = tempDir();
    const run = () => runCli("src/cli/pipeline.ts", ["--out", threaded], process.cwd(), { CHITIEU_EXTRACT_THREADS: "3", CHITIEU_CACHE: cache });
    const first = await run();
    expect(first.stderr).toMatch(/extracting \d+ documents on 3 threads/);
    // The threads ran from the run's bundle (extract-worker-bundle.ts), not the sources through tsx.
    expect(first.stderr).not.toMatch(/through tsx/);
    expect(snapshot(threaded)).toEqual(snapshot(single));
    rmSync(threaded, { recursive: true });
    const second = await run();
    expect(second.stderr).toMatch(/(\d+) of \1 documents unchanged since the last run/);
    expect(second.stderr).not.toMatch(/extracting \d+ documents on/);
    expect(snapshot(threaded)).toEqual(snapshot(single));
  }, 300_000); // three pipeline runs, two of them new processes: minutes on a crowded 2-core machine

  test("an error in the actuals, read while the documents are being extracted, ends the extraction threads and removes their files", async () => {
    const data = tempDir();
    cpSync("data", data, { recursive: true });
    appendFileSync(join(data, "actuals", "sourced-actuals.csv"), "99,grdp_growth,2020,7.5,percent_per_year,official,https://example.org,,,\n");
    // The threads stage their figures in a folder under the system's temporary one: here, a folder of this test's own.
    const staging = tempDir();
    const saved = { tmp: process.env.TMPDIR, threads: process.env.CHITIEU_EXTRACT_THREADS };
    process.env.TMPDIR = staging;
    process.env.CHITIEU_EXTRACT_THREADS = "2";
    const lines: string[] = [];
    try {
      const run = runPipeline({ dataDir: data, outDir: outDir(), loaders, log: (m) => lines.push(m) });
      await expect(run).rejects.toThrow(InputError);
      await expect(run).rejects.toThrow(/sourced-actuals\.csv:\d+:1: .*99/);
    } finally {
      for (const [name, value] of [["TMPDIR", saved.tmp], ["CHITIEU_EXTRACT_THREADS", saved.threads]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
    // The extraction had started before the actuals were read (else this test would prove nothing).
    expect(lines.some((l) => /extracting \d+ documents on 2 threads/.test(l))).toBe(true);
    expect(readdirSync(staging).filter((name) => name.startsWith("chitieu-figures-"))).toEqual([]);
  });

  test("a run on invalid input throws every problem and leaves earlier outputs byte-identical", async () => {
    const data = tempDir();
    cpSync("data", data, { recursive: true });
    const out = outDir();
    await runPipeline({ dataDir: data, outDir: out, loaders });
    const before = snapshot(out);

    appendFileSync(join(data, "catalog", "provinces.csv"), "999,Nowhere,Nowhere,none,Nowhere,99\n");
    // The appended row is the file's last line, however many provinces the catalog holds.
    const appendedLine = readFileSync(join(data, "catalog", "provinces.csv"), "utf8").trimEnd().split("\n").length;
    writeFileSync(join(data, "documents", "orphan.txt"), "text");
    const error = await runPipeline({ dataDir: data, outDir: out, loaders }).catch((e) => e);
    expect(error).toBeInstanceOf(InputError);
    const messages = (error as InputError).problems.map(String);
    expect(messages).toContain(
      `${join(data, "catalog", "provinces.csv")}:${appendedLine}:1: found "999" in column "code"; expected a two-digit statistics office code`,
    );
    expect(messages).toContain(
      `${join(data, "documents", "orphan.txt")}:1:1: found a document with no row in documents.csv; expected a row describing it (province, units, term)`,
    );
    expect(snapshot(out)).toEqual(before);
  });
});
