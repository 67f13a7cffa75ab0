// Framework's preview bundles its own client files once per preview (src/cli/preview-client-hooks.mjs)
// instead of on every page load: the hook must still apply to the installed Framework, change
// nothing else, and the files served must be the bytes Framework serves without it.
import { afterAll, expect, test, vi } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { load, ONCE } from "../../src/cli/preview-client-hooks.mjs";
import { declareClientBundleVersions } from "../../src/cli/offline-npm-cache.ts";

const require = createRequire(import.meta.url);
const frameworkDir = dirname(require.resolve("@observablehq/framework/package.json"));
const previewJs = join(frameworkDir, "dist", "preview.js");
const original = readFileSync(previewJs, "utf8");
const hookOf = (source: string, url = pathToFileURL(previewJs).href) =>
  load(url, {}, async () => ({ format: "module", source, shortCircuit: true })).then((r: { source: string }) => String(r.source));

test("the hook wraps the four calls that bundle Framework's client files, and nothing else", async () => {
  const hooked = await hookOf(original);
  expect(hooked.split("clientBundleOnce([").length - 1).toBe(4);
  // Undo the four replacements and the helper: the original file, byte for byte.
  let undone = hooked.slice(0, hooked.lastIndexOf("\nconst clientBundles = new Map();"));
  for (const [before, after] of ONCE) undone = undone.replace(after, before);
  expect(undone).toBe(original);
  // The analyst's own styles (docs/style.css, served under /_import/) are still bundled on every request.
  expect(hooked).toContain("end(req, res, await bundleStyles({ path: sourcePath }), \"text/css\")");
  // Other modules pass through, and a preview.js the hook does not recognise is left as it is.
  expect(await hookOf(original, "file:///x/framework/dist/build.js")).toBe(original);
  const changed = original.replace("await rollupClient(path, root, pathname, options)", "await rollupClient(path, root, pathname, { ...options })");
  const warned = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
  try {
    expect(await hookOf(changed)).toBe(changed);
    expect(String(warned.mock.calls[0]?.[0])).toContain("preview-client: ");
  } finally {
    warned.mockRestore();
  }
});

test("a bundle is made once per key; a failed one is made again at the next request", async () => {
  const hooked = await hookOf(original);
  const helper = hooked.slice(hooked.lastIndexOf("\nconst clientBundles = new Map();"));
  const once = new Function(`${helper}\nreturn clientBundleOnce;`)() as (key: unknown[], make: () => Promise<string>) => Promise<string>;
  let made = 0;
  const make = () => Promise.resolve(`bundle ${++made}`);
  expect(await once(["js", "/root", "/_observablehq/client.js"], make)).toBe("bundle 1");
  expect(await once(["js", "/root", "/_observablehq/client.js"], make)).toBe("bundle 1");
  expect(await once(["js", "/root", "/_observablehq/stdlib.js"], make)).toBe("bundle 2");
  expect(await once(["js", "/root", "/_observablehq/stdlib/duckdb.js", { define: { M: "a" } }], make)).toBe("bundle 3");
  expect(await once(["js", "/root", "/_observablehq/stdlib/duckdb.js", { define: { M: "b" } }], make)).toBe("bundle 4");
  let failures = 0;
  const failing = () => (failures++ === 0 ? Promise.reject(new Error("rollup failed")) : Promise.resolve("fixed"));
  await expect(once(["css", "/x.css"], failing)).rejects.toThrow("rollup failed");
  expect(await once(["css", "/x.css"], failing)).toBe("fixed");
  expect(failures).toBe(2);
});

// A site of its own, in a folder of its own: the previews write nothing into the project's
// Framework cache, which the browser files' build fills.
let site: string;
const previews: ChildProcess[] = [];
afterAll(() => {
  for (const p of previews) if (p.exitCode === null) process.kill(-p.pid!, "SIGTERM");
  if (site) rmSync(site, { recursive: true, force: true });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** Framework's preview of the small site, with the hook or without, and its address once it listens. */
async function startPreview(hooked: boolean): Promise<string> {
  const port = await freePort();
  const preload = hooked ? ["--import", pathToFileURL("src/cli/preview-client.mjs").href] : [];
  const child = spawn(process.execPath, [...preload, join(frameworkDir, "dist", "bin", "observable.js"), "preview", "--host", "127.0.0.1", "--port", String(port), "--no-open"], {
    cwd: site,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
    env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1" },
  });
  previews.push(child);
  const output: string[] = [];
  child.stdout!.on("data", (d) => output.push(String(d)));
  child.stderr!.on("data", (d) => output.push(String(d)));
  await expect.poll(() => output.join(""), { timeout: 60_000, interval: 100 }).toContain(`${port}`);
  expect(output.join("")).not.toContain("preview-client:");
  return `http://127.0.0.1:${port}`;
}

test("the preview serves Framework's client files with the same bytes with the hook as without, every time", async () => {
  site = mkdtempSync(join(tmpdir(), "chitieu-preview-"));
  mkdirSync(join(site, "src"));
  writeFileSync(join(site, "observablehq.config.js"), 'export default { root: "src", title: "t" };\n');
  writeFileSync(join(site, "src", "index.md"), "# Trang\n\n${1 + 1}\n");
  // Offline: the versions Framework's client bundle names, as the project's commands declare them.
  declareClientBundleVersions(join(site, "src"));
  const [plain, hooked] = await Promise.all([startPreview(false), startPreview(true)]);
  const files = ["/_observablehq/client.js", "/_observablehq/runtime.js", "/_observablehq/stdlib.js", "/_observablehq/stdlib/inputs.css", "/_observablehq/theme-air,near-midnight.css"];
  const text = async (url: string) => {
    const response = await fetch(url);
    expect(response.status, url).toBe(200);
    return response.text();
  };
  for (const file of files) {
    const expected = await text(plain + file);
    expect(expected.length, file).toBeGreaterThan(100);
    expect(await text(hooked + file), file).toBe(expected);
    expect(await text(hooked + file), `${file}, again`).toBe(expected);
  }
  // The page itself, which the hook does not touch, is served by both.
  expect(await text(hooked + "/")).toContain("Trang");
}, 120_000);
