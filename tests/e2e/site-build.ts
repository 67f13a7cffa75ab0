// `npm run build` as the end-to-end tests run it: in the project (the shared site, once) or in a
// workspace of a test's own (workspace.ts).
import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** The folder of the shared build. */
export const DIST = join(process.cwd(), "dist");

/** Builds the site of the project in `dir` (pipeline, then Framework) into dir/dist. */
export function buildSite(dir = process.cwd()): void {
  execFileSync(process.execPath, ["--import", "tsx", "src/cli/build.ts"], { cwd: dir, stdio: ["ignore", "ignore", "inherit"] });
}
