// npm run build: the pipeline over data/, then Framework's build of docs/ into dist/, offline.
import { JS_FACTS_FILE, refreshSiteData, SITE_ROOT } from "./site-data.ts";
import { prepareOfflineNpmCache } from "./offline-npm-cache.ts";
import { runFramework } from "./framework.ts";

if (!(await refreshSiteData())) process.exit(1);
prepareOfflineNpmCache(SITE_ROOT);
// Framework's repeated route and anchor lookups answered once per build, and what it learns by
// parsing the pages' modules kept for the next build beside its own cache (framework-build-hooks.mjs).
const BUILD_LOOKUPS_ONCE = new URL("./framework-build.mjs", import.meta.url).href;
process.exit(await runFramework(["build"], { preload: [BUILD_LOOKUPS_ONCE], jsFacts: JS_FACTS_FILE }));
