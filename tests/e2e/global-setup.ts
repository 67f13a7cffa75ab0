// Builds the site once for every end-to-end test, exactly as `npm run build` does.
import { execFileSync } from "node:child_process";
import { findChromium } from "./chromium.ts";

export default function setup(): void {
  findChromium(); // fails first, with how to install one, when the machine has no Chromium
  execFileSync(process.execPath, ["--import", "tsx", "src/cli/build.ts"], { stdio: ["ignore", "ignore", "inherit"] });
}
