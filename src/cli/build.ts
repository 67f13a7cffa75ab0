// npm run build: the pipeline over data/, then Framework's build of docs/ into dist/, offline.
import { refreshSiteData, SITE_ROOT } from "./site-data.ts";
import { prepareOfflineNpmCache } from "./offline-npm-cache.ts";
import { runFramework } from "./framework.ts";

if (!(await refreshSiteData())) process.exit(1);
prepareOfflineNpmCache(SITE_ROOT);
process.exit(await runFramework(["build"]));
