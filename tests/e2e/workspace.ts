// A throwaway copy of the project (sources, site, data; node_modules linked) so that a test can
// change inputs and rebuild without touching the real data/ or dist/.
import { cpSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const COPIED = ["package.json", "tsconfig.json", "observablehq.config.ts", "src", "data-loaders", "docs", "data"];

export interface Workspace {
  dir: string;
  dispose(): void;
}

export function makeWorkspace(): Workspace {
  const dir = mkdtempSync(join(tmpdir(), "chitieu-ws-"));
  for (const entry of COPIED) {
    cpSync(entry, join(dir, entry), {
      recursive: true,
      filter: (src) => !src.includes(`${join("docs", ".observablehq")}`) && !src.endsWith(".parquet"),
    });
  }
  symlinkSync(join(process.cwd(), "node_modules"), join(dir, "node_modules"));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
