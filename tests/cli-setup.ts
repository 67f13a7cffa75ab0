// Global setup of both projects: bundles the commands that tests start as child processes, from
// the working tree, before any test and again before each re-run in watch mode
// (tests/helpers/cli-bundles.ts). A test finds them with commandArgs().
import type { TestProject } from "vitest/node";
import { buildCliBundles } from "./helpers/cli-bundles.ts";

export default async function setup(project: TestProject): Promise<void> {
  project.provide("cliBundles", await buildCliBundles());
  project.onTestsRerun(async () => project.provide("cliBundles", await buildCliBundles()));
}
