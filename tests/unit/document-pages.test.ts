// The documents' pages read one file per province or unit (van-ban/[unit].parquet, a
// parameterized loader): each holds exactly that unit's documents, their full texts and the
// figures found in them; the number of files follows the units, not the documents.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { join } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import { isParameterizedPath, parameterizedPath } from "../../src/pipeline/loader.ts";
import { loaders } from "../../data-loaders/index.ts";
import { readDocumentMeta } from "../../src/ingest/catalog.ts";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { readParquetFile } from "../helpers/parquet.ts";
import { readSources } from "../e2e/sources.ts";

const PAGES = "van-ban/[unit].parquet";
let data: DataDir;
beforeAll(async () => {
  data = makeDataDir({ documents: true });
  await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
}, 120_000);
afterAll(() => data?.dispose());

const unitOf = (d: { units: string; province_code: string }) => `${d.units}-${d.province_code}`;

test("one file per unit with documents, each with exactly that unit's documents, texts and figures", async () => {
  const metas = readDocumentMeta(join(data.dir, "documents.csv"), []);
  const units = [...new Set(metas.map(unitOf))].sort();
  expect(units.length).toBeGreaterThan(15);
  expect(readdirSync(join(data.out, "van-ban")).sort()).toEqual(units.map((u) => `${u}.parquet`));

  // Figures found by the extractor here, not read back from another output of the pipeline.
  const { figures } = readSources(data.dir);
  for (const unit of units) {
    const rows = await readParquetFile(join(data.out, parameterizedPath(PAGES, unit)));
    expect(rows.map((r) => r.file)).toEqual(metas.filter((m) => unitOf(m) === unit).map((m) => m.file).sort());
    for (const row of rows) {
      const text = readFileSync(join(data.dir, "documents", row.file as string), "utf8");
      expect(row.text).toBe(text);
      const found = figures.filter((f) => f.doc === row.file).sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
      const stored = row.figures as { figure_id: string; quote_start: number; quote_end: number; confidence: number; role: string }[];
      expect(stored.map((f) => [f.figure_id, f.quote_start, f.quote_end, f.confidence, f.role])).toEqual(found.map((f) => [f.id, f.start, f.end, f.confidence, f.role]));
      // The offsets point at the quote in the text (a quote has its runs of spaces collapsed).
      for (const f of found) expect(text.slice(f.start, f.end).replace(/\s+/g, " ")).toBe(f.quote);
    }
  }
});

/** The loader as a script, awaited (not spawnSync: the worker keeps answering vitest meanwhile). */
function runAlone(args: string[]): Promise<{ status: number | null; stdout: Buffer; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "data-loaders/van-ban/[unit].parquet.ts", ...args], { env: { ...process.env, CHITIEU_DATA: data.dir } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

test("run alone, the loader writes one unit's file to stdout: the same bytes as the pipeline's", async () => {
  const alone = await runAlone(["--unit=63-82"]);
  expect(alone.status).toBe(0);
  expect(Buffer.compare(alone.stdout, readFileSync(join(data.out, "van-ban", "63-82.parquet")))).toBe(0);
  const usage = await runAlone([]);
  expect(usage.status).toBe(2);
  expect(usage.stderr).toContain("--unit=VALUE");
}, 120_000);

describe("a unit whose last document is gone", () => {
  test("loses its file at the next run; the other units' files and anyone's other files stay", async () => {
    const before = readFileSync(join(data.out, "van-ban", "63-82.parquet"));
    writeFileSync(join(data.out, "van-ban", "ghi-chu.txt"), "not an output");
    // An output an older version wrote (its loader is gone) is not carried on.
    writeFileSync(join(data.out, "document_texts.parquet"), "PAR1");
    // Sơn La (14 among the 63) has one document.
    const csv = readFileSync(join(data.dir, "documents.csv"), "utf8").split("\n");
    const sonla = csv.filter((line) => /^[^,]+,Sơn La,14,63,/.test(line));
    expect(sonla).toHaveLength(1);
    writeFileSync(join(data.dir, "documents.csv"), csv.filter((line) => !sonla.includes(line)).join("\n"));
    rmSync(join(data.dir, "documents", sonla[0].split(",")[0]));

    const result = await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
    expect(result.removed).toEqual(["van-ban/63-14.parquet"]);
    expect(existsSync(join(data.out, "van-ban", "63-14.parquet"))).toBe(false);
    expect(result.unchanged).toContain("van-ban/63-82.parquet");
    expect(readFileSync(join(data.out, "van-ban", "63-82.parquet"))).toEqual(before);
    expect(readFileSync(join(data.out, "van-ban", "ghi-chu.txt"), "utf8")).toBe("not an output");
    expect(existsSync(join(data.out, "document_texts.parquet"))).toBe(false);
  }, 120_000);
});

describe("a parameter value names a file and an address", () => {
  test.each(["63-82", "34_01", "abc"])("%s is a value", (value) => {
    expect(parameterizedPath(PAGES, value)).toBe(`van-ban/${value}.parquet`);
    expect(isParameterizedPath(PAGES, `van-ban/${value}.parquet`)).toBe(true);
  });
  test.each(["../63-82", "a/b", "", "63 82", "63-82?x", "%2e%2e"])("%j is refused", (value) => {
    expect(() => parameterizedPath(PAGES, value)).toThrow(/cannot name a file/);
  });
  test.each(["van-ban/63-82.parquet.tmp", "van-ban/ghi-chu.txt", "63-82.parquet", "van-ban/x/63-82.parquet"])("%s is not one of its files", (name) => {
    expect(isParameterizedPath(PAGES, name)).toBe(false);
  });
});
