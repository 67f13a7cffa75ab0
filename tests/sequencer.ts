// The order vitest starts test files in: the slowest first, so that the last file to start is a
// short one and no core waits at the end for one long file. Vitest orders by the durations of the
// previous run, which a fresh clone does not have (it then starts the largest files first, which
// are not the slowest): these are the slowest, measured on a 2-core machine (December 2026),
// slowest first; the rest follow in vitest's own order. A run of one project skips the other's.
// The list alternates a unit file, which keeps a core busy, and an end-to-end file, which mostly
// waits for Chromium or a child process, for a run of both projects in one vitest (`npx vitest
// run`); `npm test` runs them one after the other, each in this order.
import { BaseSequencer, type TestSpecification } from "vitest/node";

const SLOWEST = [
  "tests/unit/determinism.test.ts",
  "tests/e2e/pages.test.ts",
  "tests/unit/pipeline.test.ts",
  "tests/e2e/dev-workflow.test.ts",
  "tests/unit/scope.test.ts",
  "tests/e2e/no-stale-data.test.ts",
  "tests/unit/metrics-properties.test.ts",
  "tests/e2e/safety.test.ts",
  "tests/unit/rerun.test.ts",
  "tests/e2e/site-views.test.ts",
  "tests/unit/extract-hostile.test.ts",
  "tests/unit/pipeline-actuals.test.ts",
  "tests/unit/kill-publish.test.ts",
];

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = SLOWEST.findIndex((path) => spec.moduleId.endsWith(path));
      return i < 0 ? SLOWEST.length : i;
    };
    // Array.prototype.sort is stable: the files not listed keep vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
