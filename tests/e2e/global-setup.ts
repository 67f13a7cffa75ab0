// Runs once before every end-to-end file (tests/e2e/README.md): builds the site exactly as
// `npm run build` does, serves dist/ on a port the system chose, and starts one headless
// Chromium that every file connects to. Files read both through ./shared.ts. The build ends
// before any file starts: a build in the background, beside the files that make workspaces of
// their own, made the end-to-end run some 110 s slower (pages.test.ts waits for it).
import type { TestProject } from "vitest/node";
import { findChromium, launchChromiumServer } from "./chromium.ts";
import { serveStatic } from "./static-server.ts";
import { buildSite, DIST } from "./site-build.ts";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium(); // fails first, with how to install one, when the machine has no Chromium
  // The commands' bundles, made by tests/cli-setup.ts, the global setup listed before this one.
  await buildSite(process.cwd(), { bundles: project.getProvidedContext().cliBundles });
  const server = await serveStatic(DIST);
  const browser = await launchChromiumServer();
  project.provide("siteUrl", server.url);
  project.provide("browserEndpoint", browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
