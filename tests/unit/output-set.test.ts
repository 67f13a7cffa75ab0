// The outputs are replaced as a set: a link switched in one rename, unchanged files linked from
// the current set, leftovers of killed runs removed, and a folder the pipeline did not write
// never taken over.
import { afterEach, expect, test } from "vitest";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { OutputPathError, publishSet, versionsDir, writeBesideOutputs } from "../../src/pipeline/output-set.ts";

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});
function outDir(): string {
  const root = mkdtempSync(join(tmpdir(), "chitieu-set-"));
  roots.push(root);
  return join(root, "out");
}
const files = (entries: Record<string, string>) => new Map(Object.entries(entries).map(([k, v]) => [k, Buffer.from(v)]));
const contents = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), "utf8")]));

/** A process id that is certainly not running: a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", ""]).pid!;
}

test("a set becomes current through a relative link; the next set links unchanged files and removes the old set", async () => {
  const out = outDir();
  const first = await publishSet(out, files({ "a.parquet": "A1", "b.parquet": "B1" }));
  expect(first).toEqual({ written: ["a.parquet", "b.parquet"], unchanged: [] });
  expect(lstatSync(out).isSymbolicLink()).toBe(true);
  expect(readlinkSync(out)).toMatch(/^\.out\.versions\/set-\d+-/);
  expect(contents(out)).toEqual({ "a.parquet": "A1", "b.parquet": "B1" });
  const oldSet = join(versionsDir(out), readlinkSync(out).split("/")[1]);
  const inodeOfA = statSync(join(out, "a.parquet")).ino;

  const second = await publishSet(out, files({ "a.parquet": "A1", "b.parquet": "B2" }));
  expect(second).toEqual({ written: ["b.parquet"], unchanged: ["a.parquet"] });
  expect(contents(out)).toEqual({ "a.parquet": "A1", "b.parquet": "B2" });
  // The unchanged file is the same file (same inode, same date): the preview does not reload it.
  expect(statSync(join(out, "a.parquet")).ino).toBe(inodeOfA);
  expect(existsSync(oldSet)).toBe(false);
  expect(readdirSync(versionsDir(out))).toEqual([readlinkSync(out).split("/")[1]]);
});

test("leftovers of killed runs are removed: sets and links of dead processes, a stale lock; a live process's set is kept", async () => {
  const out = outDir();
  await publishSet(out, files({ "a.parquet": "A1" }));
  const versions = versionsDir(out);
  const dead = deadPid();
  mkdirSync(join(versions, `set-${dead}-x-halfwritten`));
  writeFileSync(join(versions, `set-${dead}-x-halfwritten`, "a.parquet"), "partial");
  symlinkSync(".out.versions/nowhere", join(versions, `link-${dead}-abcd`));
  writeFileSync(join(versions, ".lock"), String(dead));
  // The test runner's parent is alive: its set may be one being written right now.
  const live = join(versions, `set-${process.ppid}-y-inprogress`);
  mkdirSync(live);

  await publishSet(out, files({ "a.parquet": "A2" }));
  const left = readdirSync(versions).sort();
  expect(left).toEqual([readlinkSync(out).split("/")[1], `set-${process.ppid}-y-inprogress`].sort());
  expect(contents(out)).toEqual({ "a.parquet": "A2" });
});

test("a plain output folder of an earlier run is taken over; one holding other files is refused and left alone", async () => {
  const out = outDir();
  mkdirSync(out);
  writeFileSync(join(out, "a.parquet"), "old");
  writeFileSync(join(out, "a.parquet.1234.tmp"), "left by a killed run");
  await publishSet(out, files({ "a.parquet": "new" }));
  expect(lstatSync(out).isSymbolicLink()).toBe(true);
  expect(contents(out)).toEqual({ "a.parquet": "new" });
  expect(readdirSync(versionsDir(out))).toHaveLength(1);

  const foreign = outDir();
  mkdirSync(foreign);
  writeFileSync(join(foreign, "notes.txt"), "an analyst's notes");
  const error = await publishSet(foreign, files({ "a.parquet": "new" })).catch((e) => e);
  expect(error).toBeInstanceOf(OutputPathError);
  expect((error as Error).message).toBe(
    `${foreign} holds files the pipeline did not write (notes.txt); name a new or empty folder for the outputs, or the folder of an earlier run`,
  );
  expect(readFileSync(join(foreign, "notes.txt"), "utf8")).toBe("an analyst's notes");
  expect(lstatSync(foreign).isDirectory()).toBe(true);

  const file = outDir();
  writeFileSync(file, "x");
  const fileError = await publishSet(file, files({ "a.parquet": "new" })).catch((e) => e);
  expect((fileError as Error).message).toBe(`${file} is a file, not a folder: name a folder for the outputs (it is created if missing)`);
  expect(readFileSync(file, "utf8")).toBe("x");
});

test("a record written beside the outputs changes no output, and makes a set when there is none", async () => {
  const out = outDir();
  await writeBesideOutputs(out, "last-run.json", '{"ok":false}');
  expect(contents(out)).toEqual({ "last-run.json": '{"ok":false}' });
  await publishSet(out, files({ "a.parquet": "A1" }));
  const inode = statSync(join(out, "a.parquet")).ino;
  await writeBesideOutputs(out, "last-run.json", '{"ok":true}');
  expect(contents(out)).toEqual({ "a.parquet": "A1", "last-run.json": '{"ok":true}' });
  expect(statSync(join(out, "a.parquet")).ino).toBe(inode);
});

test("an output path linked to another project's set (a copy of the project) gets a set of its own; the other is never written", async () => {
  const original = outDir();
  await publishSet(original, files({ "a.parquet": "A1" }));
  const originalSet = readlinkSync(original);
  const copy = outDir();
  // What copying the project does: the link now points, absolutely, at the original's set.
  symlinkSync(join(versionsDir(original), originalSet.split("/")[1]), copy);

  await writeBesideOutputs(copy, "last-run.json", '{"ok":false}');
  expect(contents(copy)).toEqual({ "a.parquet": "A1", "last-run.json": '{"ok":false}' });
  expect(readlinkSync(copy)).toMatch(/^\.out\.versions\/set-/);
  expect(contents(original)).toEqual({ "a.parquet": "A1" });
  expect(readlinkSync(original)).toBe(originalSet);
});

test("reached through a linked folder, the current set is recognised and kept", async () => {
  const out = outDir();
  await publishSet(out, files({ "a.parquet": "A1" }));
  const linked = join(out, "..", "..", `${out.split("/").at(-2)}-linked`);
  roots.push(linked);
  symlinkSync(join(out, ".."), linked);
  await publishSet(join(linked, "out"), files({ "a.parquet": "A2", "b.parquet": "B" }));
  expect(contents(out)).toEqual({ "a.parquet": "A2", "b.parquet": "B" });
  await writeBesideOutputs(join(linked, "out"), "last-run.json", "{}");
  expect(contents(out)).toEqual({ "a.parquet": "A2", "b.parquet": "B", "last-run.json": "{}" });
  expect(readdirSync(versionsDir(out))).toHaveLength(1);
});
