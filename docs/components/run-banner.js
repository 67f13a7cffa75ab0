// Loaded on every page by the site's configuration (observablehq.config.ts, head): puts the
// rejected-input banner (run-info.js) above the page's content when the last run of the pipeline
// rejected an input. Outside <main>, so that the preview's live updates of a page keep it.
import {rejectedInputBanner} from "./run-info.js";

rejectedInputBanner()
  .then((banner) => {
    const main = document.querySelector("main");
    if (!banner || !main) return;
    main.parentElement.insertBefore(banner, main);
  })
  // Marks that the check is done, banner or not, so that a test can wait for it rather than for a
  // fixed time (tests/e2e/dev-workflow.test.ts).
  .finally(() => document.documentElement.setAttribute("data-last-run-checked", ""));
