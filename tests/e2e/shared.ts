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

/** CHITIEU_SCREENSHOTS=1 keeps a screenshot of every page in test-results/ (for a reviewer's eyes, not an assertion). */
export const KEEP_SCREENSHOTS = process.env.CHITIEU_SCREENSHOTS === "1";

/** The address of the shared built site. */
export function siteUrl(): string {
  return inject("siteUrl");
}

/**
 * A connection to the shared Chromium. Each file connects once (beforeAll) and closes its
 * connection (afterAll), which leaves the browser running for the other files; a page opened
 * in a context of its own shares nothing with other files' pages.
 */
export function connectBrowser(): Promise<Browser> {
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
