// Starts the Observable Framework command line (build or preview) with telemetry off.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const frameworkBin = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "bin", "observable.js");
// Every Framework process parses HTML in one shared jsdom window (see framework-html-hooks.mjs).
const SHARED_HTML_WINDOW = new URL("./framework-html.mjs", import.meta.url).href;

/** `preload`: modules loaded before Framework (node --import); `ipc`: an IPC channel to this process. */
export function startFramework(args: string[], options: { preload?: string[]; ipc?: boolean; jsFacts?: string } = {}): ChildProcess {
  const preload = [SHARED_HTML_WINDOW, ...(options.preload ?? [])].flatMap((p) => ["--import", p]);
  return spawn(process.execPath, [...preload, frameworkBin, ...args], {
    stdio: options.ipc ? ["ignore", "inherit", "inherit", "ipc"] : "inherit",
    // CHITIEU_JS_FACTS: where what Framework learns by parsing modules is kept (framework-js-facts.mjs).
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1", ...(options.jsFacts !== undefined && { CHITIEU_JS_FACTS: process.env.CHITIEU_JS_FACTS ?? options.jsFacts }) },
  });
}

export function runFramework(args: string[], options: { preload?: string[]; jsFacts?: string } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = startFramework(args, options);
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}
