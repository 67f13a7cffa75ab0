// One of the project's commands bundled into a single JavaScript file by esbuild, which Node then
// runs without tsx's module loader (about 0,7 s of CPU less for each start of the pipeline). The
// tests bundle the commands they start (tests/helpers/cli-bundles.ts); `npm run dev` bundles the
// pipeline before each run, so that an edited loader takes effect.
//
// Code finds its SQL files and the project's root through `import.meta.url`
// (`new URL("./sql/x.sql", import.meta.url)`): in a bundle that would be the bundle's address.
// Each module's `import.meta` is therefore rewritten to the address of its source file, relative
// to the bundle, so the bundle reads the same files as the sources do. Packages stay outside the
// bundle (imported from node_modules as usual: a bundle must lie inside the project for Node to
// find them), and so do the .mjs files a command starts in another process or thread (the
// extraction worker, dev's child preload, Framework's hooks): they are found through the
// rewritten addresses and run exactly as under `npm run`.
import type { BuildOptions, Message, Plugin } from "esbuild";
import { readFile } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";

// Spelled in two parts: this module is itself bundled (into `npm run dev`'s bundle for the tests),
// and the plugin would rewrite the words in its own code as in any other module's.
const IMPORT_META = ["import", "meta"].join(".");

/** Rewrites each project module's `import.meta` to its source file's address, relative to a bundle in `outDir`. */
export function sourceMeta(outDir: string): Plugin {
  return {
    name: "import-meta-of-source",
    setup(b) {
      b.onLoad({ filter: /\.(ts|mjs)$/ }, async (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const text = await readFile(args.path, "utf8");
        const other = /\bimport\.meta\.(?!url\b)\w+/.exec(text);
        if (other) throw new Error(`${args.path}: ${other[0]} cannot be bundled (src/cli/bundle-command.ts rewrites only ${IMPORT_META}.url)`);
        const url = `new URL(${JSON.stringify(relative(outDir, args.path).split(sep).join("/"))}, ${IMPORT_META}.url).href`;
        const contents = text.replace(/\bimport\.meta(\.url)?\b/g, (_, dotUrl: string | undefined) => (dotUrl ? url : `({ url: ${url} })`));
        return { contents, loader: args.path.endsWith(".ts") ? "ts" : "js" };
      });
    },
  };
}

/** esbuild's options for bundles of commands written to `outDir` (entry points and output added by the caller). */
export function commandBundleOptions(outDir: string): BuildOptions {
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
 */
export function compileError(message: Message, root: string, cwd = process.cwd()): string {
  const at = message.location;
  const where = at ? `${relative(root, resolve(cwd, at.file)).split(sep).join("/")}:${at.line}:${at.column + 1}: ` : "";
  return `${where}ERROR: ${message.text}`;
}
