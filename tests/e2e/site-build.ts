// `npm run build` as the end-to-end tests run it: in the project (the shared site, once) or in a
// workspace of a test's own (workspace.ts). The build runs as a child process that the test
// awaits: a test worker blocked in a synchronous call for minutes on a loaded machine would miss
// vitest's own messages ("Timeout calling onTaskUpdate").
import { spawn } from "node:child_process";
import { join } from "node:path";
import { commandArgs } from "../helpers/cli-bundles.ts";

/** The folder of the shared build. */
export const DIST = join(process.cwd(), "dist");

/**
 * Builds the site of the project in `dir` (pipeline, then Framework) into dir/dist. `pages`: of
 * the pages made from parameters (a province, an indicator, a unit's documents), build only these
 * (CHITIEU_PAGES, see observablehq.config.ts); the fixed pages are always built. `bundles`: the
 * folder of the commands' bundles (tests/helpers/cli-bundles.ts; in a test `inject("cliBundles")`),
 * relative to `dir`: a workspace holds a copy of this run's.
 */
export function buildSite(dir: string, { pages, bundles }: { pages?: string[]; bundles: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const env = pages ? { ...process.env, CHITIEU_PAGES: pages.join(" ") } : process.env;
    const child = spawn(process.execPath, commandArgs(bundles, "src/cli/build.ts"), { cwd: dir, env, stdio: ["ignore", "ignore", "pipe"] });
    const errors: Buffer[] = [];
    child.stderr.on("data", (d: Buffer) => errors.push(d));
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`the build in ${dir} failed (${signal ?? `exit ${code}`}):\n${Buffer.concat(errors).toString("utf8").slice(-4000)}`)),
    );
  });
}
