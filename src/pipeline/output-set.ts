// The outputs are replaced as a set. A run writes every file into a new folder of its own, then
// points the output path (a symbolic link: docs/data → .data.versions/set-…) at that folder with
// one rename, which the operating system makes atomic. Whoever reads the output path (the preview
// server, a build, a test) sees the whole old set or the whole new one, never a mix, even when the
// run is killed halfway through writing. The sets live in a hidden folder beside the output path
// (docs/.data.versions/ for docs/data); every run removes the sets that are no longer current and
// whose writer has gone, so what killed runs leave behind does not pile up.
//
// A file whose bytes did not change is hard-linked from the current set rather than written: its
// inode and date stay, so the preview server does not reload pages for nothing.
import { randomBytes } from "node:crypto";
import { copyFile, link, lstat, mkdir, open, readFile, readdir, realpath, rename, rm, rmdir, symlink } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";

/** Raised when the output path is something the pipeline must not replace. */
export class OutputPathError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OutputPathError";
  }
}

export interface PublishResult {
  /** Files whose bytes are new. */
  written: string[];
  /** Files whose bytes equal the current set's. */
  unchanged: string[];
}

/** The hidden folder beside the output path that holds its sets. */
export function versionsDir(outDir: string): string {
  return join(dirname(resolve(outDir)), `.${basename(resolve(outDir))}.versions`);
}

const SET_NAME = /^(set|link|legacy)-(\d+)-/;
/** Sets this process is writing: never cleaned while it writes them. */
const inProgress = new Set<string>();

/**
 * The folder holding the current outputs (links resolved), or null when there is none yet.
 * A plain folder (written by an older version, or by hand) is current too.
 */
export async function currentSet(outDir: string): Promise<string | null> {
  try {
    return await realpath(outDir);
  } catch {
    return null;
  }
}

/** The bytes of `name` in the current set, or null. */
export async function readCurrent(outDir: string, name: string): Promise<Buffer | null> {
  const dir = await currentSet(outDir);
  return dir ? readFile(join(dir, name)).catch(() => null) : null;
}

function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Writes `bytes` to `file` and flushes it to disk, so a set that is published is complete. */
export async function writeDurably(file: string, bytes: Uint8Array | string): Promise<void> {
  const handle = await open(file, "wx");
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `work` holding the versions folder's lock, so that two runs never switch sets or clean
 * each other's at the same moment. A lock whose holder has died (killed) is taken over.
 */
async function withLock<T>(outDir: string, work: () => Promise<T>): Promise<T> {
  const versions = versionsDir(outDir);
  await mkdir(versions, { recursive: true });
  const lock = join(versions, ".lock");
  for (let waited = 0; ; waited += 50) {
    try {
      const handle = await open(lock, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(await readFile(lock, "utf8").catch(() => ""));
      if (!holder || !pidAlive(holder)) {
        // An empty lock is one being written, or left by a kill between open and write.
        if (holder || waited >= 1000) await rm(lock, { force: true });
      } else if (waited > 60_000) {
        throw new OutputPathError(`another run (process ${holder}) has been publishing outputs to ${outDir} for a minute; if no run is going, remove ${lock}`);
      }
      await sleep(50);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

/**
 * Removes what earlier runs left in the versions folder: every set but the current one whose
 * writer is gone (a concurrent run's set in progress is kept) and temporary links. Call it
 * holding the lock.
 */
async function cleanLeftovers(outDir: string): Promise<string[]> {
  const versions = versionsDir(outDir);
  const current = await currentSet(outDir);
  // Compared with links resolved: the project may be reached through a linked folder.
  const versionsReal = await realpath(versions).catch(() => versions);
  const removed: string[] = [];
  for (const entry of await readdir(versions).catch(() => [] as string[])) {
    const path = join(versions, entry);
    if (entry.startsWith(".") || join(versionsReal, entry) === current || inProgress.has(path)) continue;
    const match = SET_NAME.exec(entry);
    const pid = match ? Number(match[2]) : null;
    // Our own finished sets are old ones; another live process may still be writing its set.
    if (pid !== null && pid !== process.pid && pidAlive(pid)) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(entry);
  }
  return removed;
}

/**
 * Makes sure the output path can be replaced by a link: a link (ours or not) or nothing can; a
 * plain folder holding only files the pipeline writes is moved into the versions folder (it
 * stays current until the new set replaces it); anything else is refused.
 */
async function prepareOutputPath(outDir: string, owned: (name: string) => boolean): Promise<void> {
  const stat = await lstat(outDir).catch(() => null);
  if (!stat || stat.isSymbolicLink()) return;
  if (!stat.isDirectory()) throw new OutputPathError(`${outDir} is a file, not a folder: name a folder for the outputs (it is created if missing)`);
  const entries = await readdir(outDir);
  const foreign = entries.filter((e) => !owned(e));
  if (foreign.length > 0) {
    throw new OutputPathError(
      `${outDir} holds files the pipeline did not write (${foreign.slice(0, 5).join(", ")}${foreign.length > 5 ? ", …" : ""}); ` +
        "name a new or empty folder for the outputs, or the folder of an earlier run",
    );
  }
  if (entries.length === 0) {
    await rmdir(outDir);
    return;
  }
  // A folder of an earlier version of the pipeline: from now on it is a set like the others.
  // Between this rename and the link that replaces it the output path is missing for a moment;
  // that happens once per output folder.
  const legacy = join(versionsDir(outDir), `legacy-${process.pid}-${randomBytes(4).toString("hex")}`);
  await rename(outDir, legacy);
  await pointAt(outDir, legacy);
}

/** Points the output path at `set` in one rename (a new link replaces the old one atomically). */
async function pointAt(outDir: string, set: string): Promise<void> {
  const parent = dirname(resolve(outDir));
  const temporary = join(versionsDir(outDir), `link-${process.pid}-${randomBytes(4).toString("hex")}`);
  // Relative, so that the project folder can be moved or copied.
  await symlink(relative(parent, set), temporary);
  await rename(temporary, resolve(outDir));
}

/**
 * Whether the current set is one of this output path's own sets. A link made elsewhere (a copy of
 * the project whose docs/data still points at the original's set) or a plain folder is not: it is
 * replaced by a set of our own before anything is written beside it.
 */
async function ownSet(outDir: string, current: string | null): Promise<boolean> {
  if (!current) return false;
  const versions = await realpath(versionsDir(outDir)).catch(() => null);
  return versions !== null && dirname(current) === versions;
}

/**
 * Files the caller took from a set unchanged (`set`: that set's folder): while that set is still
 * the current one, they are linked without being read and compared again (a national run's
 * outputs are some 50 MB).
 */
export interface KnownFiles {
  set: string;
  names: Set<string>;
}

const isKnown = (known: KnownFiles | undefined, current: string | null, name: string) => !!known && current === known.set && known.names.has(name);

/**
 * The bytes of a known file (KnownFiles) that were not read: its bytes are those of the file in
 * the known set, read only if another set has become current since.
 */
export const KEPT: Uint8Array = new Uint8Array(0);

/** A file's bytes: KEPT is read from the known set (a run whose set is gone fails, publishing nothing). */
async function bytesOf(bytes: Uint8Array, name: string, known: KnownFiles | undefined): Promise<Uint8Array> {
  if (bytes !== KEPT) return bytes;
  if (!known) throw new Error(`${name}: kept from a set that is not known`);
  return readFile(join(known.set, name));
}

/** Whether the current set is our own and every file of `files` has the same bytes in it. */
export async function sameAsCurrent(outDir: string, files: Map<string, Uint8Array>, known?: KnownFiles): Promise<boolean> {
  const current = await currentSet(outDir);
  if (!current || !(await ownSet(outDir, current))) return false;
  for (const [name, kept] of files) {
    if (isKnown(known, current, name)) continue;
    const bytes = await bytesOf(kept, name, known);
    const previous = await readFile(join(current, name)).catch(() => null);
    if (!previous || Buffer.compare(previous, bytes) !== 0) return false;
  }
  return true;
}

export interface PublishOptions {
  /** Names a plain output folder may hold for it to be taken over (the outputs' and the run files'). */
  owned?: (name: string) => boolean;
  /** Called with the new set's folder once `files` are in it, before it becomes current: may add files. */
  beforeSwitch?: (set: string, current: string | null) => Promise<void>;
  /** Files known to have the current set's bytes, linked without being read. */
  known?: KnownFiles;
}

/**
 * Publishes `files` as the new set of outputs of `outDir`: the current set's files with the same
 * bytes are linked, the others written; then the set becomes current in one rename and older sets
 * are removed.
 */
export async function publishSet(outDir: string, files: Map<string, Uint8Array>, options: PublishOptions = {}): Promise<PublishResult> {
  const names = new Set(files.keys());
  const owned = options.owned ?? ((name: string) => names.has(name) || name.endsWith(".tmp"));
  const versions = versionsDir(outDir);
  await mkdir(versions, { recursive: true });
  const set = join(versions, `set-${process.pid}-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`);
  inProgress.add(set);
  try {
    await withLock(outDir, async () => {
      await prepareOutputPath(outDir, owned);
      await cleanLeftovers(outDir);
    });
    const current = await currentSet(outDir);
    const result: PublishResult = { written: [], unchanged: [] };
    await mkdir(set);
    for (const [name, kept] of files) {
      // A parameterized output's files sit in a folder of the set (van-ban/34-86.parquet).
      if (name.includes("/")) await mkdir(dirname(join(set, name)), { recursive: true });
      const known = isKnown(options.known, current, name);
      const bytes = known ? kept : await bytesOf(kept, name, options.known);
      const previous = current && !known ? await readFile(join(current, name)).catch(() => null) : null;
      if (known || (previous && Buffer.compare(previous, bytes) === 0)) {
        await link(join(current!, name), join(set, name)).catch(() => copyFile(join(current!, name), join(set, name)));
        result.unchanged.push(name);
      } else {
        await writeDurably(join(set, name), bytes);
        result.written.push(name);
      }
    }
    await options.beforeSwitch?.(set, current);
    await withLock(outDir, async () => {
      await pointAt(outDir, set);
      inProgress.delete(set);
      await cleanLeftovers(outDir);
    });
    return result;
  } catch (error) {
    if (inProgress.has(set)) await rm(set, { recursive: true, force: true });
    throw error;
  } finally {
    inProgress.delete(set);
  }
}

/**
 * Writes one file into the current set in place (atomically, by a rename inside it), creating
 * an otherwise empty set when there is none: the record of the last run, which a failed run
 * writes too, is no part of the outputs.
 */
export async function writeBesideOutputs(outDir: string, name: string, bytes: Uint8Array | string, owned?: (name: string) => boolean): Promise<void> {
  const data = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
  const current = await currentSet(outDir);
  if (!(await ownSet(outDir, current))) {
    // No set of our own yet: make one, with the current outputs (if any) and the record.
    const files = new Map<string, Uint8Array>();
    for (const entry of current ? await readdir(current, { withFileTypes: true }) : []) {
      if (entry.isFile() && entry.name !== name && !entry.name.endsWith(".tmp")) files.set(entry.name, await readFile(join(current!, entry.name)));
    }
    files.set(name, data);
    await publishSet(outDir, files, { owned });
    return;
  }
  await withLock(outDir, async () => {
    const current = await currentSet(outDir);
    if (!current) throw new OutputPathError(`${outDir} disappeared while the run was recorded`);
    const temporary = join(current, `${name}.${process.pid}.tmp`);
    try {
      await writeDurably(temporary, data);
      await rename(temporary, join(current, name));
    } finally {
      await rm(temporary, { force: true });
    }
  });
}
