// Every output the site reads is a small Parquet file whose columns a browser reads as plain
// JavaScript values: no 64-bit integers (they arrive as BigInt and break number formatting).
import { beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parquetMetadata } from "hyparquet";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { isParameterizedPath } from "../../src/pipeline/loader.ts";

const out = join(mkdtempSync(join(tmpdir(), "chitieu-outputs-")), "out");
beforeAll(async () => {
  await runPipeline({ dataDir: "data", outDir: out, loaders });
}, 60_000);

/** The files of a loader: its one file, or every file of a parameterized loader's folder. */
function filesOf(output: string): string[] {
  if (!output.includes("[")) return [output];
  const loader = loaders.find((l) => l.output === output)!;
  const folder = dirname(output);
  return readdirSync(join(out, folder)).map((f) => join(folder, f)).filter((f) => isParameterizedPath(loader.output, f));
}

describe.each([...loaders.map((l) => l.output), "changes.parquet"])("%s", (output) => {
  test("has no INT64 column", () => {
    const files = filesOf(output);
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const b = readFileSync(join(out, name));
      const meta = parquetMetadata(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
      const int64 = meta.schema.filter((c) => c.type === "INT64").map((c) => c.name);
      expect({ name, int64 }).toEqual({ name, int64: [] });
    }
  });
});
