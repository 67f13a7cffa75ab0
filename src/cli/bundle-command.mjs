// One of the project's commands bundled into a single JavaScript file by esbuild, which Node then
// runs without tsx's module loader: a run of the pipeline on the default data takes 0,45 s instead
// of 0,9 s. `npm run pipeline` and the other commands go through run-bundled.mjs, which bundles the
// command from the sources as they are before each run (so an edited loader takes effect); the
// tests bundle the commands they start (tests/helpers/cli-bundles.ts); `npm run dev` bundles the
// pipeline before each run.
//
// Plain JavaScript (with JSDoc types), because run-bundled.mjs loads it before anything can
// compile TypeScript.
//
// Code finds its SQL files and the project's root through `import.meta.url`
// (`new URL("./sql/x.sql", import.meta.url)`): in a bundle that would be the bundle's address.
// Each module's `import.meta` is therefore rewritten to the address of its source file, relative
// to the bundle, so the bundle reads the same files as the sources do. Packages stay outside the
// bundle (imported from node_modules as usual: a bundle must lie inside the project for Node to
// find them), and so do the .mjs files a command starts in another process or thread (the
// extraction worker, dev's child preload, Framework's hooks): they are found through the
// rewritten addresses and run exactly as under `npm run`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";

// Spelled in two parts: this module is itself bundled (into `npm run dev`'s bundle for the tests),
// and the plugin would rewrite the words in its own code as in any other module's.
const IMPORT_META = ["import", "meta"].join(".");

/**
 * Rewrites each project module's `import.meta` to its source file's address, relative to a bundle in `outDir`.
 * @param {string} outDir
 * @returns {import("esbuild").Plugin}
 */
export function sourceMeta(outDir) {
  return {
    name: "import-meta-of-source",
    setup(b) {
      b.onLoad({ filter: /\.(ts|mjs)$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const text = await readFile(args.path, "utf8");
        const other = /\bimport\.meta\.(?!url\b)\w+/.exec(text);
        if (other) throw new Error(`${args.path}: ${other[0]} cannot be bundled (src/cli/bundle-command.mjs rewrites only ${IMPORT_META}.url)`);
        const url = `new URL(${JSON.stringify(relative(outDir, args.path).split(sep).join("/"))}, ${IMPORT_META}.url).href`;
        const contents = text.replace(/\bimport\.meta(\.url)?\b/g, (_, /** @type {string | undefined} */ dotUrl) => (dotUrl ? url : `({ url: ${url} })`));
        return { contents, loader: args.path.endsWith(".ts") ? "ts" : "js" };
      });
    },
  };
}

/**
 * esbuild's options for bundles of commands written to `outDir` (entry points and output added by the caller).
 * @param {string} outDir
 * @returns {import("esbuild").BuildOptions}
 */
export function commandBundleOptions(outDir) {
  return {
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "silent",
    plugins: [sourceMeta(outDir)],
  };
}

/**
 * An esbuild error as a compiler prints it: "FILE:LINE:COLUMN: ERROR: text", the file relative to
 * `root` (esbuild names it relative to its working folder, `cwd`), the column counted from 1.
 * @param {import("esbuild").Message} message
 * @param {string} root
 * @param {string} [cwd]
 * @returns {string}
 */
export function compileError(message, root, cwd = process.cwd()) {
  const at = message.location;
  const where = at ? `${relative(root, resolve(cwd, at.file)).split(sep).join("/")}:${at.line}:${at.column + 1}: ` : "";
  return `${where}ERROR: ${message.text}`;
}

/** Where a running command's bundle lies, relative to the project (git-ignored): one file per process. */
export const RUN_BUNDLES_DIR = ".run-bundles";

/**
 * The file of the bundle of `command` for process `pid`, under `root`'s RUN_BUNDLES_DIR.
 * @param {string} root
 * @param {string} command
 * @param {number} [pid]
 */
export function runBundleFile(root, command, pid = process.pid) {
  return join(root, RUN_BUNDLES_DIR, `${command}-${pid}.mjs`);
}

/**
 * Bundles `entry` into `outfile` (in a folder of the project, where Node finds the packages).
 * Returns null, or why it could not: `compile` when the sources do not compile (the first error,
 * as a compiler prints it: compileError), else another failure (a folder that cannot be written).
 * @param {string} root the project's folder
 * @param {string} entry
 * @param {string} outfile
 * @returns {Promise<{ message: string; compile: boolean } | null>}
 */
export async function bundleCommand(root, entry, outfile) {
  // Loaded here: a command that only imports this module's helpers need not load esbuild.
  const { build } = await import("esbuild");
  const outDir = resolve(outfile, "..");
  /** @type {Uint8Array} */
  let bytes;
  try {
    // Made in memory first: a failure here is the sources', one when writing is the folder's.
    const { outputFiles } = await build({ ...commandBundleOptions(outDir), entryPoints: [entry], outfile, write: false });
    bytes = outputFiles[0].contents;
  } catch (error) {
    const first = /** @type {{ errors?: import("esbuild").Message[] }} */ (error).errors?.[0];
    return { message: first ? compileError(first, root) : String(/** @type {Error} */ (error).message ?? error), compile: first !== undefined };
  }
  try {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(outfile, bytes);
    return null;
  } catch (error) {
    return { message: String(/** @type {Error} */ (error).message ?? error), compile: false };
  }
}

/**
 * Removes the bundles of processes that are gone (killed with SIGKILL or by a signal they did
 * not handle, which runs no exit handler); a running process's bundle stays.
 * @param {string} root
 */
export function removeStaleBundles(root) {
  const dir = join(root, RUN_BUNDLES_DIR);
  /** @type {string[]} */
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^[\w-]+?-(\d+)\.mjs$/.exec(name)?.[1]);
    if (!pid || pid === process.pid) continue;
    try {
      process.kill(pid, 0); // still running: its bundle stays
    } catch (error) {
      // EPERM: a process of another user holds the number; its bundle stays too.
      if (/** @type {NodeJS.ErrnoException} */ (error).code === "ESRCH") rmSync(join(dir, name), { force: true });
    }
  }
}
