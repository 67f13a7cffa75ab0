import { defineConfig } from "vitest/config";
import SlowestFirst from "./tests/sequencer.ts";

// Waits sized for a loaded 2-core machine: a condition that holds within a second on a quiet
// machine can take tens of seconds while the unit suite, builds and Chromium share two cores.
const LOADED_MACHINE = { poll: { timeout: 60_000, interval: 100 } };

/** What both unit projects share (`npm run test:unit` runs both: `--project 'unit*'`). */
const UNIT = {
  // The commands that tests start as child processes, bundled once (tests/helpers/cli-bundles.ts).
  globalSetup: ["tests/cli-setup.ts"],
  // DuckDB on one thread in the pipeline runs these files make, in process and in the
  // commands they start: the outputs are the same bytes on any number of threads
  // (determinism.test.ts runs 1, 2 and 4, and every core, on purpose), and on data this
  // small a second thread mostly waits: about a quarter more CPU per run (3,1 s against
  // 2,4 s on the default data) while three files share two cores.
  env: { CHITIEU_THREADS: "1" },
  testTimeout: 120_000,
  expect: LOADED_MACHINE,
};
const NEED_NODE_REQUIRE = ["tests/unit/framework-html.test.ts", "tests/unit/import.test.ts"];

export default defineConfig({
  test: {
    // Files run in parallel, two or three at a time: the unit files are independent (each
    // writes only to folders of its own), and the end-to-end files share one built site and one
    // Chromium (tests/e2e/README.md); most of their time is spent waiting for a browser or a
    // child process, so three of them keep two cores busy. `npm test` runs the unit files, then the
    // end-to-end files (package.json): both in one vitest, four files at a time, was slower on an
    // idle machine (README, "Where the time goes").
    fileParallelism: true,
    maxWorkers: 3,
    minWorkers: 1,
    // The slowest files first (tests/sequencer.ts), so that no core waits at the end for one long file.
    sequence: { sequencer: SlowestFirst },
    projects: [
      {
        test: {
          ...UNIT,
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          exclude: NEED_NODE_REQUIRE,
          // Each file in a fresh V8 context of a worker process that stays, instead of a fresh
          // process: Node, vitest's worker and DuckDB's native binding start once per worker, not
          // once per file. Measured in pairs on an idle 2-core machine (2 December): 150 s and 292 s
          // of CPU with a process per file against 123 s and 240 s, the same 909 tests.
          pool: "vmForks",
        },
      },
      {
        // The files whose libraries (jsdom, exceljs) `require` a package that offers an ES module
        // to `require` ("module-sync", async-function): a VM context's `require` cannot load it,
        // so these run in a process of their own, as every file did before.
        test: { ...UNIT, name: "unit-forks", include: NEED_NODE_REQUIRE, pool: "forks" },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          globalSetup: ["tests/cli-setup.ts", "tests/e2e/global-setup.ts"],
          // A build takes half a minute on a quiet 2-core machine and five on a crowded one.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          expect: LOADED_MACHINE,
        },
      },
    ],
  },
});
