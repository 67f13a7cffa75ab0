// The project's commands bundled into one JavaScript file each, for the tests that run them as
// child processes (run-cli.ts, the end-to-end builds and dev servers). `node --import tsx
// src/cli/x.ts` spends about 1,1 s of CPU in tsx's module loader before the command's first line
// (`pipeline --help`: 2,0 s against 0,9 s bundled), and the tests start some fifty such processes.
// The global setup (tests/cli-setup.ts) bundles the working tree each time vitest starts or
// re-runs, so a test never runs older code than the sources beside it.
//
// How a command is bundled (and why `import.meta.url` is rewritten): src/cli/bundle-command.mjs.
import type {} from "vitest";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { commandBundleOptions } from "../../src/cli/bundle-command.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder of this run's bundles, relative to the project (tests/cli-setup.ts). */
    cliBundles: string;
  }
}

/** Where the bundles go, in the project (git-ignored): BUNDLES_DIR/<digest of the bundles>/<command>.mjs. */
export const BUNDLES_DIR = ".cli-bundles";

/** The commands the tests start, by source path. */
export const COMMANDS = ["src/cli/pipeline.ts", "src/cli/validate.ts", "src/cli/extract.ts", "src/cli/import.ts", "src/cli/build.ts", "src/cli/dev.ts"];

/** A set of bundles older than this is removed when a newer one is made (another vitest may still run one a while). */
const KEEP_MS = 24 * 3600_000;

/**
 * Bundles COMMANDS from the sources under `root` and returns their folder, relative to `root`
 * (BUNDLES_DIR/<digest>). The folder is named by the digest of its contents: equal sources give
 * the same folder, written once, so two setups running at once (both projects of one vitest)
 * neither clash nor replace a bundle a test is running.
 */
export async function buildCliBundles(root = process.cwd()): Promise<string> {
  // Every bundle lies two levels below the root: the addresses the plugin writes depend only on that.
  const depthTwo = join(root, BUNDLES_DIR, "any");
  // Loaded here only: a test that merely runs a bundle need not load esbuild.
  const { build } = await import("esbuild");
  const { outputFiles } = await build({
    ...commandBundleOptions(depthTwo),
    entryPoints: COMMANDS.map((c) => join(root, c)),
    outdir: depthTwo,
    outExtension: { ".js": ".mjs" },
    write: false,
  });
  if (!outputFiles) throw new Error("esbuild returned no bundles (write: false should give them)");
  const files = outputFiles.map((f) => ({ name: basename(f.path), bytes: f.contents })).sort((a, b) => a.name.localeCompare(b.name));
  const digest = createHash("sha256");
  for (const f of files) digest.update(f.name + "\0").update(f.bytes).update("\0");
  const folder = join(BUNDLES_DIR, digest.digest("hex").slice(0, 16));
  const full = join(root, folder);
  if (!statSync(full, { throwIfNoEntry: false })) {
    const temporary = `${full}.${process.pid}.tmp`;
    mkdirSync(temporary, { recursive: true });
    for (const f of files) writeFileSync(join(temporary, f.name), f.bytes);
    try {
      renameSync(temporary, full);
    } catch {
      rmSync(temporary, { recursive: true, force: true }); // another setup made the same folder first
    }
  }
  const now = Date.now();
  for (const entry of readdirSync(join(root, BUNDLES_DIR))) {
    const path = join(root, BUNDLES_DIR, entry);
    if (path !== full && now - statSync(path).mtimeMs > KEEP_MS) rmSync(path, { recursive: true, force: true });
  }
  return folder;
}

/** The bundle of `script` ("src/cli/build.ts") in the folder `bundles` (relative to the project). */
export function bundleOf(bundles: string, script: string): string {
  if (!COMMANDS.includes(script)) throw new Error(`${script} is not bundled for the tests: add it to COMMANDS in tests/helpers/cli-bundles.ts`);
  return join(bundles, basename(script).replace(/\.ts$/, ".mjs"));
}

/**
 * The arguments of `node` that run `script` with `args` from its bundle in `bundles`: in a test,
 * `inject("cliBundles")`, the folder the global setup made (vitest's own functions cannot be
 * imported here: the global setup imports this module outside a test).
 */
export function commandArgs(bundles: string | undefined, script: string, args: string[] = []): string[] {
  if (!bundles) throw new Error("no bundles of the commands: tests/cli-setup.ts must be a globalSetup of this project (vitest.config.ts)");
  return [bundleOf(bundles, script), ...args];
}
