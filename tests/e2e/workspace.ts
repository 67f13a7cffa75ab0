// A throwaway copy of the project (sources, site, data; node_modules linked) so that a test can
// change inputs and rebuild without touching the real data/ or dist/. By default outputs and
// Framework's caches are not copied, except its bundles of node_modules packages
// (docs/.observablehq/cache/_node), which depend only on the installed versions: rebundling Plot
// and DuckDB-WASM would add a quarter to every build of a workspace. `{ built: true }` also
// copies the shared build (dist/, docs/data/, Framework's cache), as an analyst's folder holds
// their last build: a test can then change an input and rebuild over it, without a first build.
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";

const COPIED = ["package.json", "tsconfig.json", "observablehq.config.ts", "src", "data-loaders", "docs", "data"];
const FRAMEWORK = join("docs", ".observablehq");

export interface Workspace {
  dir: string;
  dispose(): void;
}

export function makeWorkspace({ built = false }: { built?: boolean } = {}): Workspace {
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
    const bundles = join(FRAMEWORK, "cache", "_node");
    if (existsSync(bundles)) cpSync(bundles, join(dir, bundles), { recursive: true });
  }
  // The commands' bundles of this run (tests/helpers/cli-bundles.ts): they read the copy's src/.
  const cliBundles = inject("cliBundles");
  cpSync(cliBundles, join(dir, cliBundles), { recursive: true });
  symlinkSync(join(process.cwd(), "node_modules"), join(dir, "node_modules"));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
