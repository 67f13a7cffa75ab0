// Framework's client bundle names about fifteen packages (for its implicit imports: d3, Arquero,
// React, Leaflet...) and asks the npm registry for their latest version at every build, even when
// no page uses them. It reads the answer from directory names under
// <root>/.observablehq/cache/_npm/ first, so creating those directories lets a build run with no
// network at all. Our pages import their libraries by bare name from node_modules instead, so
// these versions are never downloaded or served; where a package is installed, its own version
// is used.
//
// A page written the way Framework's documentation teaches uses the built-in `Plot`, `Inputs` and
// `d3` (and the site search uses minisearch): Framework turns those into `npm:` imports that it
// downloads from a CDN into <root>/.observablehq/cache/_npm/NAME@VERSION/_esm.js, unless that file
// exists. So each one is written there from node_modules, bundled by esbuild into one ES module:
// such a page then builds and runs offline, with the versions of package-lock.json.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSync } from "esbuild";

const NAMES_IN_CLIENT_BUNDLE: Record<string, string> = {
  "@observablehq/plot": "0.6.17",
  "@observablehq/sample-datasets": "1.0.1",
  "apache-arrow": "21.2.0",
  arquero: "8.0.3",
  d3: "7.9.2",
  "d3-dsv": "3.0.2",
  echarts: "6.1.0",
  htl: "1.0.0",
  leaflet: "1.9.4",
  lodash: "4.18.1",
  "mapbox-gl": "3.32.0",
  "parquet-wasm": "0.8.0",
  react: "19.3.1",
  "react-dom": "19.3.1",
  "topojson-client": "3.1.0",
};

function installedVersion(name: string): string | null {
  try {
    return JSON.parse(readFileSync(join("node_modules", name, "package.json"), "utf8")).version as string;
  } catch {
    return null;
  }
}

/** The packages behind Framework's built-ins (Plot, Inputs, d3, html, FileAttachment.csv) and its search. */
export const BUILTIN_PACKAGES = ["@observablehq/plot", "@observablehq/inputs", "d3", "d3-dsv", "htl", "isoformat", "minisearch"];

export function prepareOfflineNpmCache(root = "docs"): void {
  declareClientBundleVersions(root);
  for (const name of BUILTIN_PACKAGES) {
    const version = installedVersion(name);
    if (version) writeOfflineBundle(root, name, version);
  }
}

/** The versions of the packages Framework's client bundle names, so that it asks no registry for them. */
export function declareClientBundleVersions(root: string): void {
  for (const [name, fallback] of Object.entries(NAMES_IN_CLIENT_BUNDLE)) {
    mkdirSync(join(root, ".observablehq", "cache", "_npm", `${name}@${installedVersion(name) ?? fallback}`), { recursive: true });
  }
}

/** node_modules/NAME as the single ES module Framework would have downloaded (kept once written). */
export function writeOfflineBundle(root: string, name: string, version: string): string {
  const outfile = join(root, ".observablehq", "cache", "_npm", `${name}@${version}`, "_esm.js");
  if (existsSync(outfile)) return outfile;
  const bundle = (contents: string) =>
    buildSync({
      stdin: { contents, resolveDir: process.cwd(), loader: "js" },
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      minify: true,
      legalComments: "none",
      logLevel: "silent",
      outfile,
    });
  const all = `export * from ${JSON.stringify(name)};`;
  try {
    bundle(`${all} export { default } from ${JSON.stringify(name)};`);
  } catch {
    bundle(all); // a package without a default export
  }
  return outfile;
}
