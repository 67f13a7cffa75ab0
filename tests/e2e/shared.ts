// What an end-to-end file shares with the others (tests/e2e/README.md): the site built once by
// global-setup.ts and served on a free port, one Chromium to open pages in, and free ports for
// servers a test starts itself.
import { inject } from "vitest";
import { createServer } from "node:net";
import { chromium, type Browser, type Download } from "playwright-core";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared built site (dist/), e.g. http://127.0.0.1:40123, without a trailing slash. */
    siteUrl: string;
    /** Where the shared Chromium listens for connections. */
    browserEndpoint: string;
  }
}

export { DIST } from "./site-build.ts";
import { BUILD_STATUS_PATH } from "./static-server.ts";

/** CHITIEU_SCREENSHOTS=1 keeps a screenshot of every page in test-results/ (for a reviewer's eyes, not an assertion). */
export const KEEP_SCREENSHOTS = process.env.CHITIEU_SCREENSHOTS === "1";

/** The address of the shared built site. */
export function siteUrl(): string {
  return inject("siteUrl");
}

/**
 * Waits until the shared build (global-setup.ts, in the background) is done; throws its error when
 * it failed. dist/ and docs/data/ are whole only after it, and so are the pages a workspace copies.
 */
export async function siteBuilt(): Promise<void> {
  for (;;) {
    const res = await fetch(siteUrl() + BUILD_STATUS_PATH);
    if (res.status === 200) return;
    if (res.status !== 202) throw new Error(`the shared build of the site failed:\n${await res.text()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * A connection to the shared Chromium, once the shared build is done (siteBuilt). Each file
 * connects once (beforeAll) and closes its connection (afterAll), which leaves the browser
 * running for the other files; a page opened in a context of its own shares nothing with other
 * files' pages.
 */
export async function connectBrowser(): Promise<Browser> {
  await siteBuilt();
  return chromium.connect(inject("browserEndpoint"));
}

/** A TCP port that is free now, chosen by the system (listening on port 0), for a server a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? resolve(port) : reject(new Error("the system gave no port"))));
    });
  });
}

/** A download's bytes: the shared browser runs in another process, so it is saved here, not read in place. */
export async function downloaded(download: Download): Promise<Buffer> {
  const folder = mkdtempSync(join(tmpdir(), "chitieu-download-"));
  try {
    await download.saveAs(join(folder, "file"));
    return readFileSync(join(folder, "file"));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
