// Brings the site's Parquet files (docs/data/) up to date with the inputs. `npm run build` calls
// it first, and `npm run dev` runs the pipeline command for each change, so a page never shows
// numbers older than the inputs: the site reads plain files that the pipeline replaces as a set,
// not Framework's loader cache, which does not know which files a loader reads.
import { resolve } from "node:path";
import { runPipeline } from "../pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { InputError } from "../ingest/problems.ts";
import { OutputPathError } from "../pipeline/output-set.ts";
import { SettingError } from "../pipeline/run-info.ts";

export const SITE_ROOT = "docs";
/** What Framework's builds and previews learn by parsing the pages' modules, kept beside its own cache (src/cli/framework-js-facts.mjs). */
export const JS_FACTS_FILE = resolve(SITE_ROOT, ".observablehq", "cache", "chitieu-js-facts.json");
export const SITE_DATA_DIR = "docs/data";

export async function refreshSiteData(dataDir = process.env.CHITIEU_DATA ?? "data"): Promise<boolean> {
  const log = (m: string) => process.stderr.write(`pipeline: ${m}\n`);
  try {
    const { written } = await runPipeline({ dataDir: resolve(dataDir), outDir: resolve(SITE_DATA_DIR), loaders, log, recordRun: true });
    log(written.length ? `updated ${written.join(", ")}` : "outputs already up to date");
    return true;
  } catch (error) {
    if (error instanceof InputError || error instanceof OutputPathError || error instanceof SettingError) {
      process.stderr.write(`${error.message}\nNothing was written; the site keeps the previous outputs.\n`);
    } else {
      process.stderr.write(`pipeline: the run stopped on an unexpected error; the site keeps the previous outputs.\n${(error as Error).stack ?? String(error)}\n`);
    }
    return false;
  }
}
