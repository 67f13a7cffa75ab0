// `npm run bench` runs outside vitest, yet it borrows test helpers (the throwaway workspace, the
// browser and the static server of tests/e2e/). A helper that imports vitest breaks the bench at its
// first line ("Vitest failed to access its internal state"), which no other test would notice:
// this one starts the bench the way npm does, asking only for its usage, which needs every module
// the bench imports to load.
import { expect, test } from "vitest";
import { spawn } from "node:child_process";

function benchHelp(): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "bench/run.ts", "--help"], { env: { ...process.env, NO_COLOR: "1" } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

test("the bench's modules load outside vitest (npm run bench -- --help)", async () => {
  const { status, stdout, stderr } = await benchHelp();
  expect(stderr).toBe("");
  expect(status).toBe(0);
  expect(stdout).toContain("npm run bench [-- --quick]");
  expect(stdout).toContain("bench/results.json");
});
