// A changed input shows on the page after one `npm run build`, and in a running `npm run dev`
// without restarting it: the site never serves numbers older than its inputs.
import { afterAll, beforeAll, expect, test } from "vitest";
import { appendFileSync } from "node:fs";
import { execFileSync, spawn } from "node:child_process";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "./chromium.ts";
import { serveStatic } from "./static-server.ts";
import { openGuarded } from "./page-guard.ts";
import { makeWorkspace, type Workspace } from "./workspace.ts";

// A document the default data do not have: one more province (Long An) and one more text.
const EXTRA_DOCUMENT_ROW = "\nzz_test.txt,Long An,80,63,annual_resolution,2024-01-05,2024,2024,Test,Test,\n";

let browser: Browser;
let ws: Workspace;
beforeAll(async () => {
  browser = await launchChromium();
  ws = makeWorkspace();
});
afterAll(async () => {
  await browser?.close();
  ws?.dispose();
});

function addDocument(): void {
  appendFileSync(join(ws.dir, "data", "documents", "zz_test.txt"), "Năm 2024 phấn đấu tăng trưởng 7%.\n");
  appendFileSync(join(ws.dir, "data", "documents.csv"), EXTRA_DOCUMENT_ROW.trimStart());
}

async function overviewText(url: string): Promise<string> {
  const guarded = await openGuarded(browser, url);
  try {
    return await guarded.page.locator("main").innerText();
  } finally {
    await guarded.close();
  }
}

test("npm run build after an input changed shows the new number", async () => {
  const build = () => execFileSync(process.execPath, ["--import", "tsx", "src/cli/build.ts"], { cwd: ws.dir, stdio: "ignore" });
  build();
  let server = await serveStatic(join(ws.dir, "dist"));
  expect(await overviewText(server.url + "/")).toContain("22 văn bản của 8 tỉnh");
  await server.close();

  addDocument();
  build();
  server = await serveStatic(join(ws.dir, "dist"));
  expect(await overviewText(server.url + "/")).toContain("23 văn bản của 9 tỉnh");
  await server.close();
});

test("a running npm run dev picks up a changed input", async () => {
  const port = 30_000 + (process.pid % 20_000);
  const dev = spawn(process.execPath, ["--import", "tsx", "src/cli/dev.ts", "--host", "127.0.0.1", "--port", String(port), "--no-open"], {
    cwd: ws.dir,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  dev.stdout.on("data", (d) => output.push(String(d)));
  dev.stderr.on("data", (d) => output.push(String(d)));
  const url = `http://127.0.0.1:${port}/`;
  try {
    await expect.poll(() => output.join(""), { timeout: 60_000, interval: 250 }).toContain(String(port));
    const before = await overviewText(url);
    expect(before).toMatch(/\d+ văn bản của \d+ tỉnh/);
    const count = Number(/(\d+) văn bản/.exec(before)![1]);
    appendFileSync(join(ws.dir, "data", "documents", "zz_dev.txt"), "Năm 2025 phấn đấu tăng trưởng 8%.\n");
    appendFileSync(join(ws.dir, "data", "documents.csv"), "zz_dev.txt,Long An,80,63,annual_resolution,2025-01-05,2025,2025,Test,Test,\n");
    await expect.poll(() => overviewText(url), { timeout: 60_000, interval: 1000 }).toContain(`${count + 1} văn bản`);
  } finally {
    process.kill(-dev.pid!, "SIGTERM");
  }
});
