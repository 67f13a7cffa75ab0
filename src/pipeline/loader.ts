// The contract of a data loader: one output file, made from a context. Run as a script, a loader
// writes its file to stdout (as Framework's loaders do) and its log to stderr.
import { createContext, type LoaderContext } from "./context.ts";
import { InputError } from "../ingest/problems.ts";
import { fileURLToPath } from "node:url";
import { resolve } from "node:path";

export interface DataLoader {
  /** File name of the output, e.g. "actuals.parquet". */
  output: string;
  load(context: LoaderContext): Promise<Uint8Array>;
}

export function defineLoader(loader: DataLoader): DataLoader {
  return loader;
}

/** When `meta` is the entry module, runs the loader and writes its bytes to stdout. */
export async function runIfMain(meta: ImportMeta, loader: DataLoader): Promise<void> {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(meta.url)) return;
  try {
    const bytes = await loader.load(createContext(undefined, (m) => process.stderr.write(m + "\n")));
    process.stdout.write(bytes);
  } catch (error) {
    process.stderr.write((error instanceof InputError ? error.message : (error as Error).stack ?? String(error)) + "\n");
    process.exitCode = 1;
  }
}
