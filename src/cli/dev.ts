// npm run dev: the pipeline, then Framework's preview server; whenever a file under data/
// changes, the pipeline runs again and the preview reloads the pages whose files changed.
// Invalid input is reported and the site keeps showing the previous outputs.
import { watch } from "node:fs";
import { resolve } from "node:path";
import { refreshSiteData, SITE_ROOT } from "./site-data.ts";
import { prepareOfflineNpmCache } from "./offline-npm-cache.ts";
import { startFramework } from "./framework.ts";

const dataDir = resolve(process.env.CHITIEU_DATA ?? "data");
await refreshSiteData(dataDir);
prepareOfflineNpmCache(SITE_ROOT);
const preview = startFramework(["preview", ...process.argv.slice(2)]);

let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve(true);
watch(dataDir, { recursive: true }, (_event, file) => {
  if (file && /(^|[/\\])\.|~$|\.tmp$/.test(file)) return; // editors' swap and temporary files
  clearTimeout(timer);
  timer = setTimeout(() => {
    process.stderr.write(`pipeline: ${file ?? "an input"} changed, running again\n`);
    running = running.then(() => refreshSiteData(dataDir));
  }, 300);
});
preview.on("exit", (code) => process.exit(code ?? 0));
