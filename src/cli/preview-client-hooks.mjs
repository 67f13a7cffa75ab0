// A module hook for Observable Framework's dist/preview.js. On every page load the preview
// bundles Framework's own client files anew: client.js, runtime.js, stdlib.js and its modules
// with rollup, the theme and stdlib styles with esbuild, about 0,6 s of CPU for a page whose own
// work costs the preview 0,1 to 0,4 s. Those files come from the installed Framework, which does
// not change while the preview runs, so each bundle is made once per path and options here.
// What an analyst edits (pages, docs/components, style.css, data) is served as before, on every
// request. If a Framework upgrade changes these lines, the hook says so and leaves the file as it
// is (slower page loads, nothing else).
const TARGET = "/@observablehq/framework/dist/preview.js";

/** Each call of Framework's that bundles its own client files, and the same call made once. */
export const ONCE = [
  [
    'await rollupClient(getClientPath("preview.js"), root, pathname)',
    'await clientBundleOnce(["js", root, pathname], () => rollupClient(getClientPath("preview.js"), root, pathname))',
  ],
  [
    'await bundleStyles({ theme: match.groups.theme?.split(",") ?? [] })',
    'await clientBundleOnce(["theme", pathname], () => bundleStyles({ theme: match.groups.theme?.split(",") ?? [] }))',
  ],
  [
    "await rollupClient(path, root, pathname, options)",
    'await clientBundleOnce(["js", root, pathname, options], () => rollupClient(path, root, pathname, options))',
  ],
  [
    "const path = getClientPath(pathname.slice(\"/_observablehq/\".length));\n        end(req, res, await bundleStyles({ path }), \"text/css\");",
    "const path = getClientPath(pathname.slice(\"/_observablehq/\".length));\n        end(req, res, await clientBundleOnce([\"css\", path], () => bundleStyles({ path })), \"text/css\");",
  ],
];

// A failed bundle is not kept: the next request tries again.
const HELPER =
  "\nconst clientBundles = new Map();\n" +
  "function clientBundleOnce(key, make) {\n" +
  "  const id = JSON.stringify(key);\n" +
  "  let bundle = clientBundles.get(id);\n" +
  "  if (!bundle) {\n" +
  "    bundle = make();\n" +
  "    clientBundles.set(id, bundle);\n" +
  "    bundle.catch(() => clientBundles.delete(id));\n" +
  "  }\n" +
  "  return bundle;\n" +
  "}\n";

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.endsWith(TARGET)) return result;
  let source = String(result.source);
  for (const [original, once] of ONCE) {
    if (source.split(original).length !== 2) {
      process.stderr.write(`preview-client: ${url} no longer bundles its client files as this hook expects; left as it is (slower page loads)\n`);
      return result;
    }
    source = source.replace(original, once);
  }
  return { ...result, source: source + HELPER };
}
