// The files that describe runs (CONTRACT.md): run-info.json in the output set, with the as-of date
// and each input's SHA-256, and last-run.json after every run, successful or not, which the
// pages' banner reads. A rejected run changes no output, only last-run.json.
import { afterAll, beforeAll, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { makeDataDir, type DataDir } from "../helpers/data-dir.ts";
import { runCli } from "../helpers/run-cli.ts";

const HEADER = "province,indicator,year,value,unit,status,source\n";
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
let data: DataDir;
beforeAll(() => {
  data = makeDataDir({ documents: false });
  data.write("actuals/a.csv", HEADER + "42,grdp_growth,2021,2.5,percent_per_year,official,Cục Thống kê Hà Tĩnh\n");
});
afterAll(() => data?.dispose());

const pipeline = (env: Record<string, string> = {}) => runCli("src/cli/pipeline.ts", ["--data", data.dir, "--out", data.out], process.cwd(), { CHITIEU_AS_OF: "2026-12-01", ...env });
const json = (name: string) => JSON.parse(readFileSync(join(data.out, name), "utf8"));
const outputs = () =>
  Object.fromEntries(readdirSync(data.out).filter((f) => f !== "last-run.json").sort().map((f) => [f, readFileSync(join(data.out, f)).toString("base64")]));

test("a successful run writes run-info.json (no clock time) and last-run.json", async () => {
  const r = await pipeline();
  expect(r.status, r.stderr).toBe(0);
  const info = json("run-info.json");
  const sha = (path: string) => createHash("sha256").update(readFileSync(join(data.dir, path))).digest("hex");
  expect(info.as_of).toBe("2026-12-01");
  expect(info.inputs).toEqual([
    { path: "actuals/a.csv", sha256: sha("actuals/a.csv"), bytes: readFileSync(join(data.dir, "actuals/a.csv")).length },
    { path: "catalog/indicators.csv", sha256: sha("catalog/indicators.csv"), bytes: expect.any(Number) },
    { path: "catalog/provinces.csv", sha256: sha("catalog/provinces.csv"), bytes: expect.any(Number) },
    { path: "documents.csv", sha256: sha("documents.csv"), bytes: expect.any(Number) },
  ]);
  expect(info.outputs).toContain("progress.parquet");
  expect(info.outputs).toContain("changes.parquet");
  expect(JSON.stringify(info)).not.toMatch(/T\d{2}:\d{2}/);
  const run = json("last-run.json");
  expect(run).toEqual({
    ok: true, finished_at: expect.stringMatching(ISO), problems: [], outputs_built_at: run.finished_at,
    outputs_from: { as_of: "2026-12-01", documents: 0, actuals: 1, reviews: 0, catalog: 2 },
  });
}, 60_000);

test("a rejected run records its problems with file, line and column, and changes no output", async () => {
  const before = outputs();
  const built = json("last-run.json").outputs_built_at;
  writeFileSync(join(data.dir, "actuals", "bad.csv"), HEADER + "42,share_agri,2026,130,percent,estimate,Cục Thống kê\n");
  const r = await pipeline();
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("Nothing was written; the previous outputs are unchanged.");
  expect(outputs()).toEqual(before);
  const run = json("last-run.json");
  expect(run).toEqual({
    ok: false,
    finished_at: expect.stringMatching(ISO),
    problems: [{ file: join(data.dir, "actuals", "bad.csv"), line: 2, column: 4, message: expect.stringMatching(/^found "130" in column "value"; expected /) }],
    outputs_built_at: built,
    outputs_from: { as_of: "2026-12-01", documents: 0, actuals: 1, reviews: 0, catalog: 2 },
  });
}, 60_000);

test("an impossible as-of date and an output path that is a file are refused with a message, not a stack", async () => {
  const before = outputs();
  const r = await pipeline({ CHITIEU_AS_OF: "2026-02-30" });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('pipeline: CHITIEU_AS_OF is "2026-02-30"; expected a real date written YYYY-MM-DD');
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(json("last-run.json").problems).toEqual([{ file: null, line: null, column: null, message: 'CHITIEU_AS_OF is "2026-02-30"; expected a real date written YYYY-MM-DD' }]);
  expect(outputs()).toEqual(before);

  const file = join(data.dir, "..", "a-file");
  writeFileSync(file, "x");
  rmSync(join(data.dir, "actuals", "bad.csv"));
  const g = await runCli("src/cli/pipeline.ts", ["--data", data.dir, "--out", file]);
  expect(g.status).toBe(2);
  expect(g.stderr.trim()).toBe(`pipeline: --out ${file} is a file, not a folder; name a folder (it is made if missing)`);
  expect(readFileSync(file, "utf8")).toBe("x");
}, 120_000);
