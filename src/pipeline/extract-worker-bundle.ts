// The extraction threads' code, bundled by esbuild into one plain JavaScript file for the run.
// A worker thread does not inherit tsx's loader: started from the TypeScript sources it registers
// tsx again and compiles the extractor module by module, and tsx compiles with esbuild's
// `keepNames`, which wraps every function the extractor makes in a naming call. On the 100×
// set (16.000 documents on two threads) a bundle started each thread in 0,2 to 0,3 s instead of
// 0,5 to 0,65 s and extracted its half in 4,4 to 5,1 s instead of 5,8 to 5,9 s (3 December, one run
// after the other). Bundling takes esbuild about a tenth of a second, in a process of its own.
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { commandBundleOptions } from "../cli/bundle-command.mjs";

/** The TypeScript entry of an extraction thread (started through tsx when no bundle can be made). */
export const WORKER_SOURCE = new URL("./extract-worker.ts", import.meta.url);
/** The entry that registers tsx first, for a thread started from the sources. */
const WORKER_THROUGH_TSX = new URL("./extract-worker.mjs", import.meta.url);

/**
 * Bundles the extraction thread into `dir` (a folder of this run's own) and returns the bundle's
 * address; if esbuild fails, the address of the entry that runs the sources through tsx, which
 * extracts the same figures more slowly, and `log` says why.
 */
export async function extractionWorker(dir: string, log: (m: string) => void): Promise<URL> {
  const outfile = join(dir, "extract-worker.mjs");
  try {
    // Packages bundled too (the thread's code uses none today): the bundle lies outside the
    // project, where Node would not find node_modules.
    // Loaded here, not with the module: a run that extracts on one thread (or none) never needs it.
    const { build } = await import("esbuild");
    await build({ ...commandBundleOptions(dir), packages: "bundle", entryPoints: [fileURLToPath(WORKER_SOURCE)], outfile });
    return pathToFileURL(outfile);
  } catch (error) {
    log(`the extraction threads run from the sources through tsx (bundling them failed: ${(error as Error).message.split("\n")[0]})`);
    return WORKER_THROUGH_TSX;
  }
}
