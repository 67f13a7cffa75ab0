// Framework's route lookup and heading anchors, answered once per build, and what it learns by
// parsing modules, kept between builds (src/cli/framework-build-hooks.mjs,
// src/cli/framework-js-facts.mjs): the hook must still apply to the installed Framework (else
// builds are slower again, silently), change nothing else, and give the answers of the original.
import { afterAll, expect, test, vi } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { HOOKED, initialize, load, SLUG_ONCE } from "../../src/cli/framework-build-hooks.mjs";
import { openJsFacts } from "../../src/cli/framework-js-facts.mjs";

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist");
const routeJs = join(dist, "route.js");
const markdownJs = join(dist, "markdown.js");
const hookOf = (file: string, source = readFileSync(file, "utf8")) =>
  load(pathToFileURL(file).href, {}, async () => ({ format: "module", source, shortCircuit: true })).then((r: { source: string }) => String(r.source));

const scratch = mkdtempSync(join(tmpdir(), "chitieu-framework-build-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

test("the hook replaces route(), the anchors' slugify, the module facts and the import rewriting in the installed Framework, and nothing else", async () => {
  for (const [file, { replacements, prefix = "", suffix = "" }] of Object.entries(HOOKED)) {
    const path = join(dist, file.replace("/@observablehq/framework/dist/", ""));
    const original = readFileSync(path, "utf8");
    const hooked = await hookOf(path, original);
    expect(hooked, file).not.toBe(original);
    // Undo every replacement and what was added before and after: the original file, byte for byte.
    let undone = hooked.slice(prefix.length, hooked.length - suffix.length);
    for (const [before, after] of replacements) {
      expect(undone, file).toContain(after);
      undone = undone.replace(after, before);
    }
    expect(hooked.startsWith(prefix) && hooked.endsWith(suffix), file).toBe(true);
    expect(undone, file).toBe(original);
  }
  expect(Object.keys(HOOKED).map((f) => f.replace("/@observablehq/framework/dist/", ""))).toEqual(["route.js", "markdown.js", "javascript/module.js", "npm.js"]);
  expect(HOOKED["/@observablehq/framework/dist/markdown.js"].suffix).toBe(SLUG_ONCE);
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
  // The preview's part: the facts only, not the once-per-build answers.
  try {
    initialize({ factsOnly: true });
    expect(await hookOf(routeJs)).toBe(readFileSync(routeJs, "utf8"));
    expect(await hookOf(join(dist, "npm.js"))).toContain("jsFacts.importSites(input)");
  } finally {
    initialize(undefined);
  }
  expect(await hookOf(routeJs)).toContain("routeAnswers");
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

test("the kept facts are read back by the next process, only when written by this Framework and this format, and written only when something was learnt", () => {
  const file = join(scratch, "facts", "js-facts.json");
  const first = openJsFacts(file);
  expect(first.module("abc", "/components/a.js", undefined)).toBeUndefined();
  first.keepModule("abc", "/components/a.js", undefined, [{ type: "local", method: "static", name: "./b.js" }, { type: "global", method: "dynamic", name: "npm:htl" }], [{ name: "../data/x.parquet", method: "parquet" }, { name: "./y.txt" }]);
  first.keepImportSites("export * from './b.js';", [[14, 22, "./b.js"]]);
  first.save();
  expect(existsSync(file)).toBe(true);
  const second = openJsFacts(file);
  expect(second.module("abc", "/components/a.js", undefined)).toEqual({
    imports: [{ type: "local", method: "static", name: "./b.js" }, { type: "global", method: "dynamic", name: "npm:htl" }],
    files: [{ name: "../data/x.parquet", method: "parquet" }, { name: "./y.txt" }],
  });
  // Another path, other parameters or another text are other modules.
  expect(second.module("abc", "/components/c.js", undefined)).toBeUndefined();
  expect(second.module("abc", "/components/a.js", { unit: "34-82" })).toBeUndefined();
  expect(second.importSites("export * from './b.js';")).toEqual([[14, 22, "./b.js"]]);
  expect(second.importSites("export * from './c.js';")).toBeUndefined();
  // Saved once: a second save with nothing new learnt leaves the file as it is.
  writeFileSync(file, readFileSync(file, "utf8").replace("npm:htl", "npm:htl "));
  first.save();
  expect(readFileSync(file, "utf8")).toContain("npm:htl ");
  // A file edited by hand into another shape answers nothing: those modules are parsed.
  const saved = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, unknown> };
  for (const key of Object.keys(saved.entries)) saved.entries[key] = { imports: "none" };
  writeFileSync(file, JSON.stringify(saved));
  expect(openJsFacts(file).module("abc", "/components/a.js", undefined)).toBeUndefined();
  expect(openJsFacts(file).importSites("export * from './b.js';")).toBeUndefined();
  first.save();
  // Nothing learnt: the file is not written again, even by a store that read an older one.
  writeFileSync(file, readFileSync(file, "utf8").replace('"version":"1/', '"version":"0/'));
  const stale = openJsFacts(file);
  expect(stale.module("abc", "/components/a.js", undefined)).toBeUndefined();
  stale.save();
  expect(readFileSync(file, "utf8")).toContain('"version":"0/');
  writeFileSync(file, "{ not json");
  expect(openJsFacts(file).importSites("export * from './b.js';")).toBeUndefined();
  // Without a file, facts live only as long as the process.
  const memory = openJsFacts("");
  memory.keepImportSites("x", []);
  memory.save();
  expect(memory.importSites("x")).toEqual([]);
});

test("Framework's module facts and rewritten imports are the same parsed, learnt and kept, and read back", () => {
  // A source root as the site's: a component with local and npm imports and file attachments, the
  // module it imports, and real library modules (Plot's and htl's sources) to rewrite.
  const root = join(scratch, "site");
  mkdirSync(join(root, "components"), { recursive: true });
  writeFileSync(join(root, "components", "chart.js"), [
    'import {FileAttachment} from "observablehq:stdlib";',
    'import * as Plot from "npm:@observablehq/plot";',
    'import {label} from "./labels.js";',
    'export const rows = () => FileAttachment("../data/progress.parquet").parquet();',
    'export const text = FileAttachment("./notes.txt");',
    'export const later = () => import("./labels.js");',
    "export const chart = (data) => Plot.plot({marks: [Plot.dot(data)], title: label});",
    "",
  ].join("\n"));
  writeFileSync(join(root, "components", "labels.js"), 'export const label = "Tăng trưởng";\n');
  const libraries = [join("node_modules", "@observablehq", "plot", "src", "index.js"), join("node_modules", "htl", "src", "index.js")].map((f) => join(process.cwd(), f));
  const script = join(scratch, "facts-child.mjs");
  writeFileSync(script, [
    'import { readFileSync } from "node:fs";',
    `const { getModuleInfo } = await import(${JSON.stringify(pathToFileURL(join(dist, "javascript", "module.js")).href)});`,
    `const { rewriteNpmImports } = await import(${JSON.stringify(pathToFileURL(join(dist, "npm.js")).href)});`,
    `const root = ${JSON.stringify(root)};`,
    "const out = {};",
    'for (const path of ["/components/chart.js", "/components/labels.js"]) {',
    "  const info = getModuleInfo(root, path);",
    "  out[path] = Object.fromEntries(Object.entries(info).filter(([k]) => k !== \"mtimeMs\").map(([k, v]) => [k, v instanceof Set ? [...v] : v]));",
    "}",
    // A resolver that changes relative imports and leaves the others: both kinds occur.
    `for (const file of ${JSON.stringify(libraries)}) out[file] = rewriteNpmImports(readFileSync(file, "utf8"), (i) => (i.startsWith(".") ? "/_node/x/" + i.slice(2) : undefined));`,
    `const facts = await import(${JSON.stringify(pathToFileURL(join(process.cwd(), "src", "cli", "framework-js-facts.mjs")).href)});`,
    "out.learnt = facts.jsFacts.learnt;",
    "process.stdout.write(JSON.stringify(out));",
  ].join("\n"));
  const hooks = pathToFileURL(join(process.cwd(), "src", "cli", "framework-build.mjs")).href;
  const factsFile = join(scratch, "site-facts.json");
  const run = (hooked: boolean) =>
    JSON.parse(execFileSync(process.execPath, [...(hooked ? ["--import", hooks] : []), script], { env: { ...process.env, CHITIEU_JS_FACTS: factsFile }, encoding: "utf8" })) as Record<string, unknown>;
  const original = run(false);
  const learning = run(true);
  expect(existsSync(factsFile)).toBe(true);
  const reading = run(true);
  // Everything parsed by the first hooked run, nothing by the second, which read it all back.
  expect(learning.learnt).toBe(4);
  expect(reading.learnt).toBe(0);
  delete original.learnt;
  delete learning.learnt;
  delete reading.learnt;
  expect(learning).toEqual(original);
  expect(reading).toEqual(original);
  // The facts are the module's: its imports and attachments, as Framework found them.
  const chart = original["/components/chart.js"] as Record<string, string[]>;
  expect(chart.localStaticImports).toEqual(["./labels.js"]);
  expect(chart.localDynamicImports).toEqual(["./labels.js"]);
  expect(chart.globalStaticImports).toEqual(expect.arrayContaining(["npm:@observablehq/plot", "observablehq:stdlib"]));
  expect(chart.files).toEqual(["../data/progress.parquet", "./notes.txt"]);
  expect(chart.fileMethods).toEqual(["parquet", "text"]);
  // And the rewritten library imports its relative modules from the new place.
  expect(original[libraries[0]]).toContain('"/_node/x/');
  expect(original[libraries[0]]).not.toBe(readFileSync(libraries[0], "utf8"));
});
