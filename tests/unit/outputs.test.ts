// Every output the site reads is a small Parquet file whose columns a browser reads as plain
// JavaScript values: no 64-bit integers (they arrive as BigInt and break number formatting).
import { beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetMetadata } from "hyparquet";
import { runPipeline } from "../../src/pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";

const out = join(mkdtempSync(join(tmpdir(), "chitieu-outputs-")), "out");
beforeAll(async () => {
  await runPipeline({ dataDir: "data", outDir: out, loaders });
}, 60_000);

describe.each([...loaders.map((l) => l.output), "changes.parquet"])("%s", (name) => {
  test("has no INT64 column", () => {
    const b = readFileSync(join(out, name));
    const meta = parquetMetadata(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
    const int64 = meta.schema.filter((c) => c.type === "INT64").map((c) => c.name);
    expect(int64).toEqual([]);
  });
});
