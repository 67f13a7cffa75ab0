import { defineConfig } from "vitest/config";
import SlowestFirst from "./tests/sequencer.ts";

// Waits sized for a loaded 2-core machine: a condition that holds within a second on a quiet
// machine can take tens of seconds while the unit suite, builds and Chromium share two cores.
const LOADED_MACHINE = { poll: { timeout: 60_000, interval: 100 } };

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
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
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
        },
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
