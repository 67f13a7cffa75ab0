// The commands bundled by esbuild (src/cli/bundle-command.mjs) for the tests, for `npm run
// pipeline` and the other commands (src/cli/run-bundled.mjs) and for each run of `npm run dev`: a
// bundle reads the files beside its modules' sources, wherever it lies; a module
// that does not compile is reported as "FILE:LINE:COLUMN: ERROR: …"; and the bundler still works
// when it is itself bundled (the tests run `npm run dev` from a bundle, which bundles the pipeline).
import { afterAll, expect, test } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Message } from "esbuild";
import { commandBundleOptions, compileError, sourceMeta } from "../../src/cli/bundle-command.mjs";

// In the project: the bundles import their packages from its node_modules.
const root = mkdtempSync(join(process.cwd(), ".bundle-command-test-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A small command whose modules read a file beside them through import.meta.url, one folder down. */
function writeCommand(dir: string): string {
  mkdirSync(join(dir, "src", "sql"), { recursive: true });
  writeFileSync(join(dir, "src", "sql", "one.sql"), "SELECT 1 -- beside reader.ts\n");
  writeFileSync(join(dir, "src", "reader.ts"), 'import { readFileSync } from "node:fs";\nexport const sql: string = readFileSync(new URL("./sql/one.sql", import.meta.url), "utf8");\nexport const self = import.meta.url;\n');
  writeFileSync(join(dir, "src", "main.ts"), 'import { sql, self } from "./reader.ts";\nprocess.stdout.write(JSON.stringify({ sql, self }));\n');
  return join(dir, "src", "main.ts");
}

test("a bundle reads the files beside its sources, and names each module's own address", async () => {
  const entry = writeCommand(join(root, "project"));
  const outDir = join(root, "project", ".bundles", "x");
  await build({ ...commandBundleOptions(outDir), entryPoints: [entry], outfile: join(outDir, "main.mjs") });
  const printed = JSON.parse(execFileSync(process.execPath, [join(outDir, "main.mjs")], { encoding: "utf8" }));
  expect(printed).toEqual({ sql: "SELECT 1 -- beside reader.ts\n", self: pathToFileURL(join(root, "project", "src", "reader.ts")).href });
});

test("the bundler bundled by itself writes the same bundles", async () => {
  // bundle-command.mjs through its own plugin, as the tests' bundle of `npm run dev` holds it.
  const outDir = join(root, "bundler");
  await build({ ...commandBundleOptions(outDir), entryPoints: ["src/cli/bundle-command.mjs"], outfile: join(outDir, "bundle-command.mjs") });
  const bundled = (await import(pathToFileURL(join(outDir, "bundle-command.mjs")).href)) as { sourceMeta: typeof sourceMeta };
  const entry = writeCommand(join(root, "second"));
  const out = join(root, "second", "out");
  const bundleWith = async (plugin: typeof sourceMeta) =>
    (await build({ ...commandBundleOptions(out), plugins: [plugin(out)], entryPoints: [entry], outfile: join(out, "main.mjs"), write: false })).outputFiles[0].text;
  const expected = await bundleWith(sourceMeta);
  expect(expected).toContain('new URL("../src/reader.ts", import.meta.url)');
  expect(await bundleWith(bundled.sourceMeta)).toBe(expected);
});

test("a module that does not compile is reported with its file, line and column (from 1)", async () => {
  const dir = join(root, "broken");
  mkdirSync(join(dir, "data-loaders"), { recursive: true });
  writeFileSync(join(dir, "data-loaders", "x.parquet.ts"), "const loader = 1;\nexport default loader;;;)\n");
  const failure = await build({ ...commandBundleOptions(dir), entryPoints: [join(dir, "data-loaders", "x.parquet.ts")], write: false }).then(
    () => null,
    (e: { errors: Message[] }) => e.errors,
  );
  expect(failure).not.toBeNull();
  // The ")" is the 25th character of line 2. esbuild names the file relative to its working folder.
  expect(compileError(failure![0], dir)).toBe('data-loaders/x.parquet.ts:2:25: ERROR: Unexpected ")"');
  expect(readFileSync(join(dir, "data-loaders", "x.parquet.ts"), "utf8").split("\n")[1][24]).toBe(")");
});
