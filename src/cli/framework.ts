// Starts the Observable Framework command line (build or preview) with telemetry off.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const frameworkBin = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");

export function startFramework(args: string[]): ChildProcess {
  return spawn(process.execPath, [frameworkBin, ...args], {
    stdio: "inherit",
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1" },
  });
}

export function runFramework(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = startFramework(args);
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
