// Framework's route lookup and heading anchors, answered once per build by
// src/cli/framework-build-hooks.mjs: the hook must still apply to the installed Framework (else
// builds are slower again, silently), change nothing else, and give the answers of the original.
import { afterAll, expect, test, vi } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { load, REPLACEMENTS, SLUG_ONCE } from "../../src/cli/framework-build-hooks.mjs";

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist");
const routeJs = join(dist, "route.js");
const markdownJs = join(dist, "markdown.js");
const hookOf = (file: string, source = readFileSync(file, "utf8")) =>
  load(pathToFileURL(file).href, {}, async () => ({ format: "module", source, shortCircuit: true })).then((r: { source: string }) => String(r.source));

const scratch = mkdtempSync(join(tmpdir(), "chitieu-framework-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("the hook replaces route() and the anchors' slugify in the installed Framework, and nothing else", async () => {
  for (const [file, before, after] of REPLACEMENTS) {
    const path = join(dist, file.replace("/@observablehq/framework/dist/", ""));
    const original = readFileSync(path, "utf8");
    const hooked = await hookOf(path, original);
    expect(hooked, file).toContain(after);
    // Undo the replacement (and the helper markdown.js gets): the original file, byte for byte.
    const undone = hooked.replace(after, before);
    expect(path.endsWith("markdown.js") ? undone.slice(0, -SLUG_ONCE.length) : undone, file).toBe(original);
  }
  // Other modules pass through, and a file the hook does not recognise is left as it is, with a word.
  const other = readFileSync(join(dist, "build.js"), "utf8");
  expect(await hookOf(join(dist, "build.js"), other)).toBe(other);
  const changed = readFileSync(routeJs, "utf8").replace('split("/"), exts)', 'split("/"), [...exts])');
  const warned = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    expect(await hookOf(routeJs, changed)).toBe(changed);
    expect(String(warned.mock.calls[0]?.[0])).toContain("framework-build: ");
  } finally {
    warned.mockRestore();
  }
});

/** route.js as Framework has it, or as the hook makes it, written beside the test's files (its one package, glob, by address). */
async function routeModule(name: string, hooked: boolean): Promise<{ route: (root: string, path: string, exts: string[]) => unknown }> {
  const source = hooked ? await hookOf(routeJs) : readFileSync(routeJs, "utf8");
  const glob = pathToFileURL(createRequire(routeJs).resolve("glob")).href;
  const file = join(scratch, `${name}.mjs`);
  writeFileSync(file, source.replace('from "glob"', `from ${JSON.stringify(glob)}`));
  return import(pathToFileURL(file).href);
}

test("the route lookup gives the original's answers, asked once or many times, and a copy each time", async () => {
  // A source tree with plain and parameterised pages, folders and data loaders.
  const root = join(scratch, "src");
  for (const dir of ["tinh", "van-ban", "data/tinh", "[unit]/chi-so"]) mkdirSync(join(root, dir), { recursive: true });
  for (const file of ["index.md", "tinh/index.md", "tinh/[unit].md", "van-ban/[unit].md", "data/progress.parquet", "data/tinh/[unit].csv.sh", "[unit]/chi-so/[code].md"]) {
    writeFileSync(join(root, file), "");
  }
  const original = await routeModule("route-original", false);
  const hooked = await routeModule("route-hooked", true);
  const questions: [string, string[]][] = [
    ["index", [".md"]],
    ["tinh/index", [".md"]],
    ["tinh/34-82", [".md"]],
    ["van-ban/63-14", [".md"]],
    ["34-04/chi-so/grdp_growth", [".md"]],
    ["data/progress", [".parquet", ".parquet.js", ".parquet.sh"]],
    ["data/tinh/34-82", [".csv", ".csv.js", ".csv.sh"]],
    ["data/tinh/khong-co", [".json"]],
    ["tinh", [".zip", ".tar"]],
    ["khong-co/trang", [".md"]],
  ];
  for (let round = 0; round < 3; round++) {
    for (const [path, exts] of questions) {
      const answer = hooked.route(root, path, exts);
      expect(answer, `${path} ${exts}, round ${round}`).toEqual(original.route(root, path, exts));
      // A caller that changes its answer does not change the next one.
      if (answer && typeof answer === "object") {
        const found = answer as { path: string; params?: Record<string, string> };
        found.path = "changed";
        if (found.params) found.params.unit = "changed";
      }
    }
  }
  expect(hooked.route(root, "tinh/34-82", [".md"])).toEqual({ path: "tinh/[unit].md", params: { unit: "34-82" }, ext: ".md" });
  expect(hooked.route(root, "34-04/chi-so/grdp_growth", [".md"])).toEqual({ path: "[unit]/chi-so/[code].md", params: { unit: "34-04", code: "grdp_growth" }, ext: ".md" });
});

test("a heading's anchor is the one Framework's slugify makes, the first time and the next", async () => {
  const slugify = (await import(pathToFileURL(createRequire(markdownJs).resolve("@sindresorhus/slugify")).href)).default as (s: string) => string;
  const hooked = await hookOf(markdownJs);
  const slugOnce = new Function("slugify", `${SLUG_ONCE}\nreturn slugOnce;`)(slugify) as (s: string) => string;
  expect(hooked).toContain("slugify: (s) => slugOnce(s)");
  for (const heading of ["Tăng trưởng GRDP", "Cơ cấu kinh tế năm 2025", "Tăng trưởng GRDP", "Đồng Tháp (mã 82)", "", "7,5%/năm"]) {
    expect(slugOnce(heading), heading).toBe(slugify(heading));
  }
  expect(slugOnce("Tăng trưởng GRDP")).toBe("tang-truong-grdp");
  expect(slugOnce("Đồng Tháp (mã 82)")).toBe("dong-thap-ma-82");
});
