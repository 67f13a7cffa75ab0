// What the pipeline reads must be a regular file inside the data folder, and a document at most
// 64 MB: a link out of the folder (data/documents/x.txt → /etc/passwd) is refused with its file
// named, as are a named pipe and an oversized document; links inside the folder are fine; a
// document over DuckDB's 16 MB JSON limit goes through whole.
import { afterEach, expect, test } from "vitest";
import { appendFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { InputError } from "../../src/ingest/problems.ts";
import { MAX_DOCUMENT_BYTES } from "../../src/ingest/documents.ts";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { readParquetFile } from "../helpers/parquet.ts";

const DOCUMENT_ROW = (file: string) => `${file},Hà Tĩnh,42,34,annual_resolution,2026-01-05,2026,2030,HĐND tỉnh,Nghị quyết,\n`;
let data: DataDir;
afterEach(() => data?.dispose());

async function problems(): Promise<string[]> {
  const error = await runPipeline({ dataDir: data.dir, outDir: data.out, loaders }).catch((e) => e);
  expect(error).toBeInstanceOf(InputError);
  return (error as InputError).problems.map(String);
}

/** The problem a file of the data folder gets when it is a link to `target`, outside the folder. */
const linkedOut = (path: string, target: string) =>
  `${path}:1:1: found a link to ${target}, outside the data folder ${resolve(data.dir)}; expected a file inside the data folder (copy the file in rather than linking to it)`;

test("links that lead out of the data folder are refused, with the file and where it points", async () => {
  data = makeDataDir({ documents: false });
  const outside = resolve(join(data.dir, "..", "outside"));
  mkdirSync(outside);
  writeFileSync(join(outside, "secret.txt"), "Tăng trưởng GRDP bình quân 10%/năm.\n");
  writeFileSync(join(outside, "2026.csv"), "province,indicator,year,value,unit,status,source\n42,grdp_growth,2026,9,percent_per_year,estimate,x\n");
  symlinkSync(join(outside, "secret.txt"), join(data.dir, "documents", "x.txt"));
  appendFileSync(join(data.dir, "documents.csv"), DOCUMENT_ROW("x.txt"));
  symlinkSync(join(outside, "2026.csv"), join(data.dir, "actuals", "2026.csv"));
  symlinkSync("/etc/passwd", join(data.dir, "reviews", "passwd.csv"));
  expect(await problems()).toEqual([
    linkedOut(join(data.dir, "documents", "x.txt"), join(outside, "secret.txt")),
    linkedOut(join(data.dir, "actuals", "2026.csv"), join(outside, "2026.csv")),
    linkedOut(join(data.dir, "reviews", "passwd.csv"), "/etc/passwd"),
  ]);
});

test("a folder that is a link out of the data folder: each of its files is refused, named by its path in the data folder", async () => {
  data = makeDataDir({ documents: false });
  const outside = resolve(join(data.dir, "..", "elsewhere"));
  mkdirSync(outside);
  writeFileSync(join(outside, "choices.csv"), "province,indicator,year,value,source,note,reviewer\n42,population,2024,1300000,,x,y\n");
  writeFileSync(join(outside, "figures.csv"), "id,action\n");
  rmSync(join(data.dir, "reviews"), { recursive: true, force: true });
  symlinkSync(outside, join(data.dir, "reviews"));
  expect(await problems()).toEqual(["choices.csv", "figures.csv"].map((f) => linkedOut(join(data.dir, "reviews", f), join(outside, f))));
});

test("a link inside the data folder is read; a named pipe and a dangling link are refused", async () => {
  data = makeDataDir({ documents: false });
  mkdirSync(join(data.dir, "shared"));
  writeFileSync(join(data.dir, "shared", "2026.csv"), "province,indicator,year,value,unit,status,source\n42,grdp_growth,2026,9.15,percent_per_year,estimate,Cục Thống kê\n");
  symlinkSync(join("..", "shared", "2026.csv"), join(data.dir, "actuals", "2026.csv"));
  await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
  const actuals = await readParquetFile(join(data.out, "actuals.parquet"));
  expect(actuals.map((r) => [r.province_code, r.year, r.value])).toEqual([["42", 2026, 9.15]]);

  execFileSync("mkfifo", [join(data.dir, "actuals", "pipe.csv")]);
  symlinkSync(join(data.dir, "gone.csv"), join(data.dir, "reviews", "gone.csv"));
  expect(await problems()).toEqual([
    `${join(data.dir, "actuals", "pipe.csv")}:1:1: found a named pipe; expected a regular file`,
    `${join(data.dir, "reviews", "gone.csv")}:1:1: found a link to a file that does not exist; expected a file inside the data folder`,
  ]);
});

test("a document over the size limit is refused with its size, before it is read", async () => {
  data = makeDataDir({ documents: false });
  const file = join(data.dir, "documents", "gazette.txt");
  writeFileSync(file, "");
  truncateSync(file, MAX_DOCUMENT_BYTES + 5 * 1024 * 1024); // sparse: takes no disk space
  appendFileSync(join(data.dir, "documents.csv"), DOCUMENT_ROW("gazette.txt"));
  expect(await problems()).toEqual([
    `${file}:1:1: found a document of 69,0 MB; expected at most 64 MB (split it into several files, one row each in documents.csv)`,
  ]);
});

test("a 17 MB document is extracted and published whole (DuckDB's JSON reader stops at 16 MB)", async () => {
  data = makeDataDir({ documents: false });
  const filler = "Tỉnh tiếp tục đẩy mạnh cải cách hành chính, nâng cao chất lượng nguồn nhân lực.\n";
  const target = "Tốc độ tăng trưởng kinh tế (GRDP) bình quân giai đoạn 2026 - 2030 đạt 10%/năm.\n";
  const text = filler.repeat(Math.ceil((17 * 1024 * 1024) / Buffer.byteLength(filler))) + target;
  writeFileSync(join(data.dir, "documents", "big.txt"), text);
  appendFileSync(join(data.dir, "documents.csv"), DOCUMENT_ROW("big.txt"));
  await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
  // The documents of Hà Tĩnh (34 units, code 42) have a page of their own.
  const texts = await readParquetFile(join(data.out, "van-ban", "34-42.parquet"));
  expect(texts).toHaveLength(1);
  expect(texts[0].text).toBe(readFileSync(join(data.dir, "documents", "big.txt"), "utf8"));
  // The target at the very end was found: the whole text went through extraction.
  const figures = await readParquetFile(join(data.out, "figures.parquet"));
  expect(figures.map((f) => [f.role, f.indicator_code, f.value_low, f.year])).toEqual([["target", "grdp_growth", 10, 2030]]);
}, 120_000);
