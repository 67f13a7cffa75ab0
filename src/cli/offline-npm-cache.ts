// Framework's client bundle names about fifteen packages (for its implicit imports: d3, Arquero,
// React, Leaflet...) and asks the npm registry for their latest version at every build, even when
// no page uses them. It reads the answer from directory names under
// <root>/.observablehq/cache/_npm/ first, so creating those directories lets a build run with no
// network at all. Our pages import their libraries by bare name from node_modules instead, so
// these versions are never downloaded or served; where a package is installed, its own version
// is used.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

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

export function prepareOfflineNpmCache(root = "docs"): void {
  for (const [name, fallback] of Object.entries(NAMES_IN_CLIENT_BUNDLE)) {
    mkdirSync(join(root, ".observablehq", "cache", "_npm", `${name}@${installedVersion(name) ?? fallback}`), { recursive: true });
  }
}
