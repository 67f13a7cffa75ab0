// `npm run pipeline` and the other commands run through src/cli/run-bundled.mjs, which bundles the
// command from the sources before each run: the command gets its arguments as if started itself,
// reads the files beside its sources, and leaves no bundle behind; a command that does not compile
// is named as a compiler names it; a bundle left by a killed run is removed by the next one; when no
// bundle can be written, the command runs from its sources through tsx.
import { afterAll, expect, test } from "vitest";
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// A small project: the launcher and the bundler as the project has them, two commands, and the
// project's node_modules (esbuild), linked.
const root = mkdtempSync(join(tmpdir(), "chitieu-run-bundled-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, "src", "cli", "sql"), { recursive: true });
for (const file of ["run-bundled.mjs", "bundle-command.mjs"]) cpSync(join("src", "cli", file), join(root, "src", "cli", file));
symlinkSync(join(process.cwd(), "node_modules"), join(root, "node_modules"));
// ES modules, as the project's own package.json declares.
writeFileSync(join(root, "package.json"), JSON.stringify({ type: "module" }));
writeFileSync(join(root, "src", "cli", "sql", "one.sql"), "SELECT 1\n");
writeFileSync(
  join(root, "src", "cli", "hello.ts"),
  'import { readFileSync } from "node:fs";\nconst sql: string = readFileSync(new URL("./sql/one.sql", import.meta.url), "utf8");\n' +
    "process.stdout.write(JSON.stringify({ args: process.argv.slice(2), sql }));\nprocess.exit(3);\n",
);
writeFileSync(join(root, "src", "cli", "broken.ts"), "const x: number = 1;\nexport default x;;;)\n");

/** Runs the launcher of the small project from another folder (the bundler must not depend on it). */
function launch(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "src", "cli", "run-bundled.mjs"), ...args], { cwd: tmpdir(), encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, pid: r.pid };
}
const bundles = () => (existsSync(join(root, ".run-bundles")) ? readdirSync(join(root, ".run-bundles")).sort() : []);

test("a command runs from its bundle with its own arguments and exit code, reads the files beside its source, and leaves no bundle", () => {
  const r = launch("hello", "--data", "x y");
  expect(r.stderr).toBe("");
  expect(JSON.parse(r.stdout)).toEqual({ args: ["--data", "x y"], sql: "SELECT 1\n" });
  expect(r.status).toBe(3);
  expect(bundles()).toEqual([]);
});

test("a command that does not compile is named with its file, line and column, and nothing runs", () => {
  const r = launch("broken");
  // The ")" is the 20th character of line 2.
  expect(r.stderr).toBe('src/cli/broken.ts:2:20: ERROR: Unexpected ")"\n');
  expect(r.stdout).toBe("");
  expect(r.status).toBe(1);
});

test("an unknown command, or none, is refused with what was expected", () => {
  for (const args of [["nothing-here"], [], ["../../etc/passwd"]]) {
    const r = launch(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^run-bundled: expected a command of src\/cli\/ \(pipeline, validate, extract, import, build, dev\), got /);
  }
});

test("a bundle left by a process that is gone is removed; a running process's stays", () => {
  // The number of a process that has just ended, and this test's own (running).
  const gone = spawnSync(process.execPath, ["-e", ""]).pid;
  mkdirSync(join(root, ".run-bundles"), { recursive: true });
  writeFileSync(join(root, ".run-bundles", `pipeline-${gone}.mjs`), "");
  writeFileSync(join(root, ".run-bundles", `dev-pipeline-${process.pid}.mjs`), "");
  expect(launch("hello").status).toBe(3);
  expect(bundles()).toEqual([`dev-pipeline-${process.pid}.mjs`]);
});

test("when no bundle can be written, the command runs from its sources through tsx, and says so", () => {
  // A file where the bundles' folder should be: esbuild cannot write there.
  rmSync(join(root, ".run-bundles"), { recursive: true, force: true });
  writeFileSync(join(root, ".run-bundles"), "not a folder");
  try {
    const r = launch("hello", "--out", "x");
    expect(r.stderr).toMatch(/^run-bundled: src\/cli\/hello\.ts runs from its sources through tsx \(no bundle: .+\)\n$/);
    expect(JSON.parse(r.stdout)).toEqual({ args: ["--out", "x"], sql: "SELECT 1\n" });
    expect(r.status).toBe(3);
    // A command that does not compile is still named, not run through tsx.
    const broken = launch("broken");
    expect(broken.stderr).toMatch(/src\/cli\/broken\.ts:2:20: /);
    expect(broken.status).toBe(1);
  } finally {
    rmSync(join(root, ".run-bundles"), { force: true });
  }
});
