// End to end: a yearbook table of GRDP growth imported into a data folder, the pipeline run, and
// the statuses of the targets it concerns computed by hand. The as-of date is mid-2025, so the
// 2021-2025 periods are still running (judged by the progress bands) and the 2020 one-year plan
// has ended (judged on its final value): the same statuses under the band rules and under the
// verdict rules of DESIGN.md.
import { afterEach, beforeEach, expect, test } from "vitest";
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { runCli } from "../helpers/run-cli.ts";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { readParquetFile } from "../helpers/parquet.ts";

let data: DataDir;
let asOf: string | undefined;
beforeEach(() => {
  asOf = process.env.CHITIEU_AS_OF;
  process.env.CHITIEU_AS_OF = "2025-06-01";
});
afterEach(() => {
  data?.dispose();
  if (asOf === undefined) delete process.env.CHITIEU_AS_OF;
  else process.env.CHITIEU_AS_OF = asOf;
});

// The average-growth targets of the 2021-2025 term, found by the extractor in the default documents.
const TARGETS: Record<string, string> = {
  "879e137c6f67": "Tiền Giang 7-7,5 %/năm (000_…txt)",
  d99b9c0e3a97: "Hậu Giang 6,3-6,7 %/năm (003_…txt)",
  "33d93ceabc98": "Sơn La 7,5 %/năm (sonla_2020-2025.txt)",
  ae99153411bb: "Đắk Lắk ≥ 7 %/năm (daklak_2020-2025.txt)",
  "416ff2fb6b58": "Bến Tre 7,6 % in 2020 (001_…txt)",
};

async function statuses(): Promise<Record<string, unknown[]>> {
  await runPipeline({ dataDir: data.dir, outDir: data.out, loaders });
  const rows = await readParquetFile(join(data.out, "progress.parquet"));
  return Object.fromEntries(rows.filter((r) => String(r.target_id) in TARGETS).map((r) => [r.target_id, [r.status, r.points, round(r.achieved_growth)]]));
}
const round = (x: unknown) => (typeof x === "number" ? Math.round(x * 1000) / 1000 : x);

/** A data folder with only the documents that state these targets (extraction is most of a run's time). */
function dataWithDocuments(files: string[]): DataDir {
  const dir = makeDataDir({ documents: false });
  const [header, ...rows] = readFileSync("data/documents.csv", "utf8").trimEnd().split("\n");
  writeFileSync(join(dir.dir, "documents.csv"), [header, ...rows.filter((r) => files.some((f) => r.startsWith(`${f},`)))].join("\n") + "\n");
  for (const f of files) copyFileSync(join("data/documents", f), join(dir.dir, "documents", f));
  return dir;
}

test("import a yearbook table of GRDP growth, run the pipeline: the targets' statuses change as computed by hand", async () => {
  data = dataWithDocuments(["000_0893587e615f0e18.txt", "001_31bcd61aa05f9e0e.txt", "003_d03b908d712d398a.txt", "sonla_2020-2025.txt", "daklak_2020-2025.txt"]);
  const before = await statuses();
  expect(Object.keys(before).sort()).toEqual(Object.keys(TARGETS).sort());
  // Before the import: the running 2021-2025 targets have no data; Bến Tre's 2020 plan has ended without a final value.
  expect(Object.fromEntries(Object.entries(before).map(([id, s]) => [id, s[0]]))).toEqual({
    "879e137c6f67": "no_data",
    d99b9c0e3a97: "no_data",
    "33d93ceabc98": "no_data",
    ae99153411bb: "no_data",
    "416ff2fb6b58": "no_final_value",
  });

  const imported = await runCli("src/cli/import.ts", ["tests/fixtures/import/grdp-growth-yearbook.xlsx", "--indicator", "grdp_growth", "--source", "Niên giám thống kê 2024", "--data", data.dir]);
  expect(imported.status).toBe(0);

  // By hand, R = Σ ln(1+g) / (n · ln(1+g*)) over the years 2021-2024 with a value; bands 0,95 / 0,60 / 0:
  // Tiền Giang 6; 7; 6,5; 7,5 against 7: 0,261224 / 0,270636 = 0,965 → on_track; average (1,06·1,07·1,065·1,075)^¼ − 1 = 6,749 %.
  // Hậu Giang 3; 4; 5; 4,5 against 6,3: 0,161587 / 0,244380 = 0,661 → needs_acceleration; average 4,122 %.
  // Sơn La 2; 3; 1,5 (2023 is ".."), against 7,5: 0,064251 / 0,216963 = 0,296 → limited_progress; average 2,165 %.
  // Đắk Lắk −1; −2; 0,5; −0,5 against 7: Σ ln < 0 → deteriorating; average −0,754 %.
  // Bến Tre 2020: 7,8 ≥ 7,6, the plan's year is over and met → achieved.
  expect(await statuses()).toEqual({
    "879e137c6f67": ["on_track", 4, 6.749],
    d99b9c0e3a97: ["needs_acceleration", 4, 4.122],
    "33d93ceabc98": ["limited_progress", 3, 2.165],
    ae99153411bb: ["deteriorating", 4, -0.754],
    "416ff2fb6b58": ["achieved", 1, 7.8],
  });
}, 120_000);
