// A throwaway copy of the project (sources, site, data; node_modules linked) so that a test can
// change inputs and rebuild without touching the real data/ or dist/. By default outputs and
// Framework's caches are not copied, except its bundles of node_modules packages
// (docs/.observablehq/cache/_node), which depend only on the installed versions: rebundling Plot
// and DuckDB-WASM would add a quarter to every build of a workspace; and the facts kept about them. `{ built: true }` also
// copies the shared build (dist/, docs/data/, Framework's cache), as an analyst's folder holds
// their last build: a test can then change an input and rebuild over it, without a first build.
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const COPIED = ["package.json", "tsconfig.json", "observablehq.config.ts", "src", "data-loaders", "docs", "data"];
const FRAMEWORK = join("docs", ".observablehq");

export interface Workspace {
  dir: string;
  dispose(): void;
}

/**
 * `cliBundles`: the folder of the commands' bundles of a test run (tests/helpers/cli-bundles.ts,
 * `inject("cliBundles")` in a test file), copied so that they read the copy's src/. Without it
 * (the bench, which runs the commands as `npm run` does) none is copied: this module must not import
 * vitest, which cannot load outside a test run.
 */
export function makeWorkspace({ built = false, cliBundles }: { built?: boolean; cliBundles?: string } = {}): Workspace {
  const dir = mkdtempSync(join(tmpdir(), "chitieu-ws-"));
  for (const entry of COPIED) {
    cpSync(entry, join(dir, entry), {
      recursive: true,
      filter: (src) => built || (!src.includes(FRAMEWORK) && !src.endsWith(".parquet")),
    });
  }
  if (built) {
    cpSync("dist", join(dir, "dist"), { recursive: true });
  } else {
    // And what Framework's builds learnt by parsing those bundles (src/cli/framework-js-facts.mjs),
    // which likewise depends only on their text.
    for (const kept of [join(FRAMEWORK, "cache", "_node"), join(FRAMEWORK, "cache", "chitieu-js-facts.json")]) {
      if (existsSync(kept)) cpSync(kept, join(dir, kept), { recursive: true });
    }
  }
  if (cliBundles) cpSync(cliBundles, join(dir, cliBundles), { recursive: true });
  symlinkSync(join(process.cwd(), "node_modules"), join(dir, "node_modules"));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
