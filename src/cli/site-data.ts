// Brings the site's Parquet files (docs/data/) up to date with the inputs. Both `npm run build`
// and `npm run dev` call it first, so a page never shows numbers older than the inputs: the
// site reads plain files that this step rewrites, not Framework's loader cache, which does not
// know which files a loader reads.
import { resolve } from "node:path";
import { runPipeline } from "../pipeline/run.ts";
import { loaders } from "../../data-loaders/index.ts";
import { InputError } from "../ingest/problems.ts";

export const SITE_ROOT = "docs";
export const SITE_DATA_DIR = "docs/data";

export async function refreshSiteData(dataDir = process.env.CHITIEU_DATA ?? "data"): Promise<boolean> {
  const log = (m: string) => process.stderr.write(`pipeline: ${m}\n`);
  try {
    const { written } = await runPipeline({ dataDir: resolve(dataDir), outDir: resolve(SITE_DATA_DIR), loaders, log });
    log(written.length ? `updated ${written.join(", ")}` : "outputs already up to date");
    return true;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stderr.write(`${error.message}\nNothing was written; the site keeps the previous outputs.\n`);
    return false;
  }
}
