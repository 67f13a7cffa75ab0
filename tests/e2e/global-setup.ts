// Runs once before every end-to-end file (tests/e2e/README.md): builds the site exactly as
// `npm run build` does, serves dist/ on a port the system chose, and starts one headless
// Chromium that every file connects to. Files read both through ./shared.ts. The build runs in
// the background (in a run of both projects in one vitest the unit files use the cores meanwhile;
// `npm test` runs them one after the other), and every end-to-end file waits for it before its
// first test (siteBuilt() in shared.ts).
import type { TestProject } from "vitest/node";
import { findChromium, launchChromiumServer } from "./chromium.ts";
import { serveStatic } from "./static-server.ts";
import { buildSite, DIST } from "./site-build.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // fails first, with how to install one, when the machine has no Chromium
  // The commands' bundles, made by tests/cli-setup.ts, the global setup listed before this one.
  const built = buildSite(process.cwd(), { bundles: project.getProvidedContext().cliBundles });
  built.catch(() => {}); // reported by siteBuilt() in every end-to-end file
  const server = await serveStatic(DIST, built);
  const browser = await launchChromiumServer();
  project.provide("siteUrl", server.url);
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await built.catch(() => {}); // no build left running after the tests
    await browser.close();
    await server.close();
  };
}
