// Runs one of the project's commands the way npm does, and returns its exit code and output.
import { spawnSync } from "node:child_process";

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export function runCli(script: string, args: string[], cwd = process.cwd(), env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, ["--import", "tsx", script, ...args], { cwd, encoding: "utf8", env: { ...process.env, ...env } });
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}
