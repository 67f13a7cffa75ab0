// The pipeline's outputs as a test compares them: every file under the output folder (van-ban/
// holds one per unit), by its path, with its bytes.
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

export function snapshotOutputs(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  const paths = files.map((e) => relative(dir, join(e.parentPath, e.name))).sort();
  return Object.fromEntries(paths.map((f) => [f, readFileSync(join(dir, f)).toString("base64")]));
}

/**
 * The outputs a re-run must reproduce byte for byte: all but changes.parquet, which by design
 * depends on the set it replaces (a run from nothing and a re-run list different changes).
 */
export function comparableOutputs(dir: string): Record<string, string> {
  const { ["changes.parquet"]: _changes, ...rest } = snapshotOutputs(dir);
  return rest;
}
