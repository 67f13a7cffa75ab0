// Runs every loader over one data folder and replaces the outputs only when all succeeded, so a
// failed run leaves the previous outputs byte-identical. Each file is written to a temporary
// name and renamed; a file whose bytes did not change is not touched (its date stays, and the
// preview server does not reload for nothing).
import { mkdir, readFile, rename, writeFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { createContext } from "./context.ts";
import type { DataLoader } from "./loader.ts";

export interface PipelineOptions {
  dataDir: string;
  outDir: string;
  loaders: DataLoader[];
  log?: (message: string) => void;
}

export interface PipelineResult {
  written: string[];
  unchanged: string[];
}

export async function runPipeline({ dataDir, outDir, loaders, log = () => {} }: PipelineOptions): Promise<PipelineResult> {
  const context = createContext(dataDir, log);
  const outputs: { name: string; bytes: Uint8Array }[] = [];
  for (const loader of loaders) {
    const started = performance.now();
    const bytes = await loader.load(context);
    log(`${loader.output}: ${bytes.length.toLocaleString("en")} bytes in ${Math.round(performance.now() - started)} ms`);
    outputs.push({ name: loader.output, bytes });
  }
  await mkdir(outDir, { recursive: true });
  const result: PipelineResult = { written: [], unchanged: [] };
  for (const { name, bytes } of outputs) {
    const target = join(outDir, name);
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
  return result;
}
