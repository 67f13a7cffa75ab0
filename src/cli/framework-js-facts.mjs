// What Framework's build learns by parsing a JavaScript module, kept on disk between builds.
// Every build parses the same large modules again: the npm and node bundles the pages import
// (DuckDB-WASM's worker, Plot, d3, Arrow: 1,8 MB of JavaScript) to hash them with their imports
// (`getModuleInfo`, dist/javascript/module.js) and to rewrite their import paths as it copies them
// (`rewriteNpmImports`, dist/npm.js): 2,2 s of the 11 s of CPU that a build of a dozen pages took.
// The answers depend only on the module's text (and, for its imports, on its path), so they are
// kept by the SHA-256 of the text; a module whose text changes is simply parsed again.
// framework-build-hooks.mjs makes those two functions ask here first, in builds and previews.
// Nothing is kept unless CHITIEU_JS_FACTS names the file (src/cli/framework.ts sets it for
// `npm run build` and `npm run dev`), and the file is ignored when it was written by another
// Framework or another version of this module.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";

/** Bumped when what is kept changes shape. */
const FORMAT = 1;
const FRAMEWORK = createRequire(import.meta.url)("@observablehq/framework/package.json").version;
const VERSION = `${FORMAT}/${FRAMEWORK}`;
/** Enough for every module of many versions of the site; the entries used last are kept first. */
const MAX_ENTRIES = 4000;

const sha256 = (text) => createHash("sha256").update(text).digest("hex");

/**
 * A store of facts about modules, read from and written to `file` (or kept in memory only, when
 * `file` is empty). `module`: a module's imports and file attachments, by its text's hash, its
 * path and its parameters. `importSites`: where a module's import specifiers are, by its text.
 */
export function openJsFacts(file) {
  /** @type {Map<string, unknown>} entries read from the file */
  const stored = new Map();
  /** @type {Map<string, unknown>} entries used or learnt by this process */
  const used = new Map();
  // Facts learnt by parsing: in all (what `learnt` reports) and since the file was last written.
  let learnt = 0;
  let unsaved = 0;
  if (file) {
    try {
      const saved = JSON.parse(readFileSync(file, "utf8"));
      if (saved?.version === VERSION && saved.entries && typeof saved.entries === "object") {
        for (const [key, value] of Object.entries(saved.entries)) stored.set(key, value);
      }
    } catch {
      // No file yet, or one that cannot be read: every module is parsed, as without this store.
    }
  }
  const get = (key) => {
    const value = used.get(key) ?? stored.get(key);
    if (value !== undefined) used.set(key, value);
    return value;
  };
  let pending = null;
  const keep = (key, value) => {
    used.set(key, value);
    learnt++;
    unsaved++;
    // Saved soon after, not only at exit: the preview is stopped by a signal, which runs no exit handler.
    if (file && !pending) {
      pending = setTimeout(() => {
        pending = null;
        saveQuietly(store);
      }, 2000);
      pending.unref();
    }
  };
  const moduleKey = (hash, path, params) => `module\0${hash}\0${path}\0${JSON.stringify(params ?? null)}`;
  const store = {
    /** `{ imports, files }` as findImports and findFiles gave them for this text at this path, or undefined. */
    module(hash, path, params) {
      const facts = get(moduleKey(hash, path, params));
      // A file edited by hand into another shape is no answer: the module is parsed.
      if (!Array.isArray(facts?.imports) || !Array.isArray(facts?.files)) return undefined;
      return {
        imports: facts.imports.map(([type, method, name]) => ({ type, method, name })),
        files: facts.files.map(([name, method]) => (method === null ? { name } : { name, method })),
      };
    },
    keepModule(hash, path, params, imports, files) {
      keep(moduleKey(hash, path, params), {
        imports: imports.map((i) => [i.type, i.method, i.name]),
        files: files.map((f) => [f.name, f.method ?? null]),
      });
    },
    /** The [start, end, specifier] of each import to rewrite in `text`, in the order the parser met them, or undefined. */
    importSites(text) {
      const sites = get(`sites\0${sha256(text)}`);
      return Array.isArray(sites) ? sites : undefined;
    },
    keepImportSites(text, sites) {
      keep(`sites\0${sha256(text)}`, sites);
    },
    /** How many facts this process learnt by parsing. */
    get learnt() {
      return learnt;
    },
    /** Writes the facts used or learnt, then as many others read as fit; only if something was learnt. */
    save() {
      if (!file || unsaved === 0) return;
      const entries = Object.fromEntries(used);
      let count = used.size;
      for (const [key, value] of stored) {
        if (count >= MAX_ENTRIES) break;
        if (used.has(key)) continue;
        entries[key] = value;
        count++;
      }
      mkdirSync(dirname(file), { recursive: true });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify({ version: VERSION, entries }));
      renameSync(temporary, file);
      unsaved = 0;
    },
  };
  return store;
}

function saveQuietly(store) {
  try {
    store.save();
  } catch (e) {
    // A cache that cannot be written costs the next build time, not this build its result.
    process.stderr.write(`framework-js-facts: could not keep what Framework parsed (${e instanceof Error ? e.message : e})\n`);
  }
}

/** The store of this process (Framework's build or preview), saved soon after it learns something and as it exits. */
export const jsFacts = openJsFacts(process.env.CHITIEU_JS_FACTS ?? "");
process.on("exit", () => saveQuietly(jsFacts));
