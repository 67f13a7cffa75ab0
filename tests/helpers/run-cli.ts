// Runs one of the project's commands the way npm does, and returns its exit code and output.
// The command runs as a child process that the test awaits: a test worker blocked in spawnSync
// for a minute on a loaded machine misses vitest's own messages and the run fails with
// "Timeout calling onTaskUpdate", whatever the test found. It runs the command's bundle, made
// from the working tree when the test run started (cli-bundles.ts): the same code as
// `node --import tsx script`, without tsx's second of start-up.
import { spawn } from "node:child_process";
import { inject } from "vitest";
import { commandArgs } from "./cli-bundles.ts";

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(script: string, args: string[], cwd = process.cwd(), env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, commandArgs(inject("cliBundles"), script, args), { cwd, env: { ...process.env, ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ status: code ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}
