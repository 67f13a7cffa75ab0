// Runs every loader over one data folder and replaces the outputs only when all succeeded, so a
// failed run leaves the previous outputs byte-identical. Each file is written to a temporary
// name and renamed; a file whose bytes did not change is not touched (its date stays, and the
// preview server does not reload for nothing).
import { mkdir, readFile, readdir, rename, writeFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createContext } from "./context.ts";
import { isParameterized, isParameterizedPath, loaderOutputs, type Loader } from "./loader.ts";

export interface PipelineOptions {
  dataDir: string;
  outDir: string;
  loaders: Loader[];
  log?: (message: string) => void;
}

export interface PipelineResult {
  written: string[];
  unchanged: string[];
  /** Files of a parameterized output whose value is gone (a province with no document left). */
  removed: string[];
}

export async function runPipeline({ dataDir, outDir, loaders, log = () => {} }: PipelineOptions): Promise<PipelineResult> {
  const context = createContext(dataDir, log);
  const outputs: { name: string; bytes: Uint8Array }[] = [];
  for (const loader of loaders) {
    const started = performance.now();
    const files = await loaderOutputs(loader, context);
    const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
    log(`${loader.output}: ${files.length === 1 ? "" : `${files.length} files, `}${bytes.toLocaleString("en")} bytes in ${Math.round(performance.now() - started)} ms`);
    outputs.push(...files);
  }
  await mkdir(outDir, { recursive: true });
  const result: PipelineResult = { written: [], unchanged: [], removed: [] };
  for (const { name, bytes } of outputs) {
    const target = join(outDir, name);
    await mkdir(dirname(target), { recursive: true });
    const previous = await readFile(target).catch(() => null);
    if (previous && Buffer.compare(previous, bytes) === 0) {
      result.unchanged.push(name);
      continue;
    }
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, bytes);
      await rename(temporary, target);
    } finally {
      await rm(temporary, { force: true });
    }
    result.written.push(name);
  }
  const made = new Set(outputs.map((o) => o.name));
  for (const loader of loaders.filter(isParameterized)) {
    const folder = dirname(loader.output);
    const present = await readdir(join(outDir, folder)).catch(() => [] as string[]);
    for (const file of present.map((f) => join(folder, f)).filter((f) => isParameterizedPath(loader.output, f) && !made.has(f))) {
      await rm(join(outDir, file), { force: true });
      result.removed.push(file);
    }
  }
  return result;
}
