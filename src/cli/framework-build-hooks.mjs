// A module hook for Observable Framework's build (`npm run build` only, not the preview). Two
// functions of Framework's are asked the same questions again and again during one build:
// - `route(root, path, exts)` (dist/route.js) finds the file or loader behind a path: it tests each
//   extension with existsSync and globs every folder on the way for `[param]` names. Framework asks
//   it for every page, every FileAttachment and every local import of every page, and again while
//   it looks for archives (`findArchive` walks up the path): 1,7 s of a 22 s build of 164 pages.
//   A build reads a source tree that does not change under it, so each question is answered once
//   per process; the preview, where an analyst adds files while it runs, does not load this hook.
// - `slugify` (dist/markdown.js), the anchor of each heading, transliterates its text through
//   a list of regular expressions built anew on every call: 1 s of the same build. It is a pure
//   function of the heading's text, so a heading seen before takes the anchor made then.
// The built site is byte-identical (compared on the default and the 10× sites). If a Framework
// upgrade changes either function, the hook says so and leaves that file as it is.
const ROUTE_JS = "/@observablehq/framework/dist/route.js";
const MARKDOWN_JS = "/@observablehq/framework/dist/markdown.js";

/** [file, the original text, what replaces it]: each replacement applies once or not at all. */
export const REPLACEMENTS = [
  [
    ROUTE_JS,
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
  [
    MARKDOWN_JS,
    "md.use(MarkdownItAnchor, { slugify: (s) => slugify(s) });",
    "md.use(MarkdownItAnchor, { slugify: (s) => slugOnce(s) });",
  ],
];

/** Appended to markdown.js with its replacement: one anchor per heading text, made once. */
export const SLUG_ONCE =
  "\nconst slugs = new Map();\n" +
  "function slugOnce(text) {\n" +
  "  let slug = slugs.get(text);\n" +
  "  if (slug === undefined) slugs.set(text, (slug = slugify(text)));\n" +
  "  return slug;\n" +
  "}\n";

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  const replacement = REPLACEMENTS.find(([file]) => url.endsWith(file));
  if (!replacement) return result;
  const [file, original, replaced] = replacement;
  const source = String(result.source);
  if (!source.includes(original)) {
    process.stderr.write(`framework-build: ${file.slice(1)} is not the one this hook knows; left as it is (slower builds)\n`);
    return result;
  }
  return { ...result, source: source.replace(original, replaced) + (file === MARKDOWN_JS ? SLUG_ONCE : "") };
}
