// Which inputs each output depends on, so that a re-run recomputes only the outputs whose inputs
// changed: after a new actuals file the documents, their figures and pages (at national scale the
// largest files) are kept as they are. Each output's key is a hash of the groups of input files
// it reads, the as-of date when it reads the measures, and the pipeline's own code; run-info.json
// records the keys, and a loader whose key equals the recorded one is not run: its files are
// taken from the current set (and hard-linked into the new one, not rewritten).
//
// An output not listed here depends on everything. A file that is not a regular file (a link, a
// pipe) makes its group "changed" without being read: the loaders then run and refuse it.
import { createHash } from "node:crypto";
import { existsSync, lstatSync, readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

/** The groups of files of a data folder; `other` is any file outside the known places. */
export type InputGroup = "catalog" | "documents" | "actuals" | "reviews" | "targets" | "other";

/**
 * What the outputs that do not read the actuals or the measures depend on. Documents' figures
 * depend on the texts, their metadata, the catalog's indicators and the reviews; the targets'
 * sources on those and the typed targets. Everything else (actuals, measures, coverage, the
 * overview) depends on every input and on the as-of date.
 */
const DEPENDS: Record<string, { groups: InputGroup[]; asOf: boolean }> = {
  "provinces.parquet": { groups: ["catalog"], asOf: false },
  "indicators.parquet": { groups: ["catalog"], asOf: false },
  "documents.parquet": { groups: ["catalog", "documents", "reviews"], asOf: false },
  "figures.parquet": { groups: ["catalog", "documents", "reviews"], asOf: false },
  "van-ban/[unit].parquet": { groups: ["catalog", "documents", "reviews"], asOf: false },
  "target_sources.parquet": { groups: ["catalog", "documents", "reviews", "targets"], asOf: false },
};
const EVERYTHING: InputGroup[] = ["catalog", "documents", "actuals", "reviews", "targets", "other"];

function groupOf(path: string): InputGroup {
  const top = path.split("/")[0];
  if (top === "documents.csv" || top === "documents") return "documents";
  if (top === "catalog" || top === "actuals" || top === "reviews" || top === "targets") return top;
  return "other";
}

/** Every file under `dir` with its path relative to `root`, links and pipes included (not followed). */
function walk(root: string, dir: string, out: { path: string; full: string; regular: boolean }[]): void {
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const stat = lstatSync(full);
    if (stat.isDirectory()) walk(root, full, out);
    else out.push({ path: relative(root, full).split("\\").join("/"), full, regular: stat.isFile() });
  }
}

/** A regular file's SHA-256 and size, by its path inside the data folder. */
export type FileDigests = Map<string, { sha256: string; bytes: number }>;

/**
 * A hash of each group's files (paths and contents); a group holding anything but regular files
 * gets a fresh value. Each regular file's own digest goes into `files`, so that the run record
 * (run-info.ts, digestInputs) does not read and hash the inputs a second time.
 */
export function groupDigests(dataDir: string, files: FileDigests = new Map()): Record<InputGroup, string> {
  const found: { path: string; full: string; regular: boolean }[] = [];
  walk(dataDir, dataDir, found);
  const hashes = Object.fromEntries(EVERYTHING.map((g) => [g, createHash("sha256")])) as Record<InputGroup, ReturnType<typeof createHash>>;
  for (const f of found) {
    const h = hashes[groupOf(f.path)];
    h.update(f.path + "\0");
    // Not read: a link may point out of the folder and a pipe may never end (the loaders say so).
    if (f.regular) {
      const bytes = readFileSync(f.full);
      const digest = { sha256: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.length };
      files.set(f.path, digest);
      h.update(digest.sha256);
    } else {
      h.update(`not a file ${process.pid} ${Math.random()}`);
    }
    h.update("\0");
  }
  return Object.fromEntries(EVERYTHING.map((g) => [g, hashes[g].digest("hex")])) as Record<InputGroup, string>;
}

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

let code: string | undefined;
/** A hash of the code the outputs come from: src/, data-loaders/ and the locked dependencies (DuckDB's version). */
export function codeDigest(): string {
  if (code) return code;
  const files: { path: string; full: string; regular: boolean }[] = [];
  for (const dir of ["src", "data-loaders"]) walk(ROOT, join(ROOT, dir), files);
  // A copy of the project without its lock file (a test's workspace) still runs: its code is the key.
  if (existsSync(join(ROOT, "package-lock.json"))) files.push({ path: "package-lock.json", full: join(ROOT, "package-lock.json"), regular: true });
  const h = createHash("sha256");
  for (const f of files) if (f.regular) h.update(f.path + "\0").update(readFileSync(f.full)).update("\0");
  return (code = h.digest("hex"));
}

/** The key of one output (a loader's output name): equal keys, equal files. */
export function dependencyKey(output: string, groups: Record<InputGroup, string>, asOf: string, codeHash = codeDigest()): string {
  const depends = DEPENDS[output] ?? { groups: EVERYTHING, asOf: true };
  const h = createHash("sha256").update(codeHash);
  for (const g of depends.groups) h.update(`${g}:${groups[g]}\n`);
  if (depends.asOf) h.update(`as_of:${asOf}\n`);
  return h.digest("hex");
}
