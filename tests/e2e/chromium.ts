// Finds Debian's Chromium (or the one CHROMIUM_PATH names) and launches it headless with the
// flags this offline machine needs: no background networking, no component updates.
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserServer } from "playwright-core";

// Debian's headless shell first: the same Blink and V8 as its `chromium` (one source package, one
// version), without the desktop browser around them, which the tests never look at. On the same
// page loads on one machine, the browser files took a fifth less CPU with it (README,
// "Where the time goes"); Playwright drives its own builds of Chromium headless the same way.
const CANDIDATES = ["/usr/bin/chromium-headless-shell", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is ${fromEnv}, but no such file exists.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's package " +
      "(sudo apt-get install -y chromium-headless-shell) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}

const LAUNCH = () => ({
  executablePath: findChromium(),
  headless: true,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
});

export function launchChromium(): Promise<Browser> {
  return chromium.launch(LAUNCH());
}

/**
 * One Chromium that several processes connect to (the end-to-end files, see shared.ts). The pages
 * of one browser context share a renderer process (--process-per-site) instead of starting one
 * per tab: measured over the 48 province pages, a sixth less CPU in all (contexts still get
 * processes of their own, so files and fresh contexts stay apart).
 */
export function launchChromiumServer(): Promise<BrowserServer> {
  const launch = LAUNCH();
  return chromium.launchServer({ ...launch, args: [...launch.args, "--process-per-site"], host: "127.0.0.1" });
}
