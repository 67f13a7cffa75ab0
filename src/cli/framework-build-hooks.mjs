// A module hook for Observable Framework's build (`npm run build`; the preview of `npm run dev`
// loads only its last part). Functions of Framework's are asked the same questions again and again:
// - `route(root, path, exts)` (dist/route.js) finds the file or loader behind a path: it tests each
//   extension with existsSync and globs every folder on the way for `[param]` names. Framework asks
//   it for every page, every FileAttachment and every local import of every page, and again while
//   it looks for archives (`findArchive` walks up the path): 1,7 s of a 22 s build of 164 pages.
//   A build reads a source tree that does not change under it, so each question is answered once
//   per process; the preview, where an analyst adds files while it runs, does not answer them once.
// - `slugify` (dist/markdown.js), the anchor of each heading, transliterates its text through
//   a list of regular expressions built anew on every call: 1 s of the same build. It is a pure
//   function of the heading's text, so a heading seen before takes the anchor made then.
// - `getModuleInfo` (dist/javascript/module.js) and `rewriteNpmImports` (dist/npm.js) parse the
//   large modules the pages import (DuckDB-WASM, Plot, d3, Arrow) in every build: 2,2 s of the 11 s
//   of CPU of a build of a dozen pages. What they learn depends only on a module's text, so it is
//   kept on disk between builds (framework-js-facts.mjs, the file that CHITIEU_JS_FACTS names). The
//   preview keeps them too: a fact is looked up by the module's text, so an edited file is parsed again.
// The built site is byte-identical (compared on the default and the 10× sites). If a Framework
// upgrade changes any of these functions, the hook says so and leaves that file as it is.
const ROUTE_JS = "/@observablehq/framework/dist/route.js";
const MARKDOWN_JS = "/@observablehq/framework/dist/markdown.js";
const MODULE_JS = "/@observablehq/framework/dist/javascript/module.js";
const NPM_JS = "/@observablehq/framework/dist/npm.js";

/** Where the facts kept between builds are looked up: a module of ours, imported by the hooked files. */
const FACTS = new URL("./framework-js-facts.mjs", import.meta.url).href;
const IMPORT_FACTS = `import { jsFacts } from ${JSON.stringify(FACTS)};\n`;

/** Appended to markdown.js with its replacement: one anchor per heading text, made once. */
export const SLUG_ONCE =
  "\nconst slugs = new Map();\n" +
  "function slugOnce(text) {\n" +
  "  let slug = slugs.get(text);\n" +
  "  if (slug === undefined) slugs.set(text, (slug = slugify(text)));\n" +
  "  return slug;\n" +
  "}\n";

/**
 * For each hooked file: the texts to replace ([the original, what replaces it], each found exactly
 * once, or the file is left as it is) and what is added before and after.
 * @type {Record<string, { replacements: [string, string][]; prefix?: string; suffix?: string }>}
 */
export const HOOKED = {
  [ROUTE_JS]: {
    replacements: [
      [
        'function route(root, path, exts) {\n  return routeParams(root, ".", join(".", path).split("/"), exts);\n}',
        "const routeAnswers = new Map();\n" +
          "function route(root, path, exts) {\n" +
          '  const key = `${root}\\0${path}\\0${exts.join("\\0")}`;\n' +
          "  let found = routeAnswers.get(key);\n" +
          '  if (found === undefined && !routeAnswers.has(key)) routeAnswers.set(key, (found = routeParams(root, ".", join(".", path).split("/"), exts)));\n' +
          "  // A copy each time: a caller may change the answer it gets.\n" +
          "  return found && { ...found, ...(found.params && { params: { ...found.params } }) };\n" +
          "}",
      ],
    ],
  },
  [MARKDOWN_JS]: {
    replacements: [["md.use(MarkdownItAnchor, { slugify: (s) => slugify(s) });", "md.use(MarkdownItAnchor, { slugify: (s) => slugOnce(s) });"]],
    suffix: SLUG_ONCE,
  },
  [MODULE_JS]: {
    // A module's imports and file attachments from the kept facts when its text was parsed before
    // at this path; else parsed as before (a text that does not parse is still no module).
    replacements: [
      [
        "      source = readJavaScriptSync(key);\n" +
          "      body = parseProgram(source, module.params);\n" +
          "    } catch {\n" +
          "      moduleInfoCache.delete(key);\n" +
          "      return;\n" +
          "    }\n" +
          '    const hash = createHash("sha256").update(source).digest("hex");\n' +
          "    const imports = findImports(body, path, source);\n" +
          "    const files = findFiles(body, path, source);\n",
        "      source = readJavaScriptSync(key);\n" +
          "    } catch {\n" +
          "      moduleInfoCache.delete(key);\n" +
          "      return;\n" +
          "    }\n" +
          '    const hash = createHash("sha256").update(source).digest("hex");\n' +
          "    let facts = jsFacts.module(hash, path, module.params);\n" +
          "    if (!facts) {\n" +
          "      try {\n" +
          "        body = parseProgram(source, module.params);\n" +
          "      } catch {\n" +
          "        moduleInfoCache.delete(key);\n" +
          "        return;\n" +
          "      }\n" +
          "      facts = { imports: findImports(body, path, source), files: findFiles(body, path, source) };\n" +
          "      jsFacts.keepModule(hash, path, module.params, facts.imports, facts.files);\n" +
          "    }\n" +
          "    const { imports, files } = facts;\n",
      ],
    ],
    prefix: IMPORT_FACTS,
  },
  [NPM_JS]: {
    // A module's import specifiers from the kept sites when its text was parsed before, rewritten
    // in the order the parser met them, so the output is the same text; else parsed, and the sites kept.
    replacements: [
      [
        "  const body = parseProgram(input);\n  const output = new Sourcemap(input);\n",
        "  const known = jsFacts.importSites(input);\n" +
          "  const sites = known ? null : [];\n" +
          '  const body = known ? { type: "Program", body: [], sourceType: "module" } : parseProgram(input);\n' +
          "  const output = new Sourcemap(input);\n" +
          "  if (known) for (const [start, end, value] of known) rewriteImportSource({ start, end }, value);\n",
      ],
      [
        "  function rewriteImportSource(source) {\n    const value = getStringLiteralValue(source);\n",
        "  function rewriteImportSource(source, value = getStringLiteralValue(source)) {\n    sites?.push([source.start, source.end, value]);\n",
      ],
      [
        '  return String(output).replace(/^\\/\\/# sourceMappingURL=.*$\\n?/m, "");\n',
        "  if (sites) jsFacts.keepImportSites(input, sites);\n" + '  return String(output).replace(/^\\/\\/# sourceMappingURL=.*$\\n?/m, "");\n',
      ],
    ],
    prefix: IMPORT_FACTS,
  },
};

/** `source` as the hook makes it (`file`: a key of HOOKED), or null when one of its texts is not found exactly once. */
export function hooked(file, source) {
  const { replacements, prefix = "", suffix = "" } = HOOKED[file];
  let text = source;
  for (const [original, replaced] of replacements) {
    const at = text.indexOf(original);
    if (at < 0 || text.indexOf(original, at + 1) >= 0) return null;
    text = text.slice(0, at) + replaced + text.slice(at + original.length);
  }
  return prefix + text + suffix;
}

/** The files hooked in this process: all in a build; in the preview (`{ factsOnly: true }`) only the facts kept on disk. */
let active = Object.keys(HOOKED);
export function initialize(data) {
  active = data?.factsOnly ? [MODULE_JS, NPM_JS] : Object.keys(HOOKED);
}

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  const file = active.find((f) => url.endsWith(f));
  if (!file) return result;
  const source = hooked(file, String(result.source));
  if (source === null) {
    process.stderr.write(`framework-build: ${file.slice(1)} is not the one this hook knows; left as it is (slower builds)\n`);
    return result;
  }
  return { ...result, source };
}
