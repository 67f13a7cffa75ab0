// The contract of a data loader: one output file, made from a context. Run as a script, a loader
// writes its file to stdout (as Framework's loaders do) and its log to stderr. A parameterized
// loader makes one file per value of a parameter, named the way Framework names parameterized
// files ("van-ban/[unit].parquet" → van-ban/34-42.parquet, …), so that a page per province reads
// only its own file; run alone, `tsx loader.ts --unit=34-42` writes that one file to stdout.
import { createContext, type LoaderContext } from "./context.ts";
import { InputError } from "../ingest/problems.ts";
import { fileURLToPath } from "node:url";
import { basename, dirname, resolve } from "node:path";
import { parseArgs } from "node:util";

export interface DataLoader {
  /** File name of the output, e.g. "actuals.parquet". */
  output: string;
  load(context: LoaderContext): Promise<Uint8Array>;
  /**
   * The file when the database holds only some unit groups (scope.ts): `previous` is this
   * output's file in the current set, whose rows of the other groups are kept; null when it is
   * that file unchanged.
   */
  splice?(context: LoaderContext, previous: string): Promise<Uint8Array | null>;
}

export interface ParameterizedLoader {
  /** The outputs' path with one parameter, e.g. "van-ban/[unit].parquet". */
  output: string;
  /** The values that get a file, e.g. every unit with a document. */
  values(context: LoaderContext): Promise<string[]>;
  load(context: LoaderContext, value: string): Promise<Uint8Array>;
  /** It reads the inputs' tables only (context.tables()), not the ranked actuals or the measures. */
  readsOnlyInputs?: boolean;
}

export type Loader = DataLoader | ParameterizedLoader;

export function defineLoader(loader: DataLoader): DataLoader {
  return loader;
}

export function isParameterized(loader: Loader): loader is ParameterizedLoader {
  return "values" in loader;
}

const PARAMETER = /\[(\w+)\]/;
/** A parameter value becomes part of a file name and a URL: letters, digits, "-" and "_" only. */
const SAFE_VALUE = /^[\w-]+$/;

/** The name of the parameter of "van-ban/[unit].parquet": "unit". */
export function parameterName(output: string): string {
  const m = PARAMETER.exec(output);
  if (!m) throw new Error(`${output}: a parameterized output names its parameter in brackets, e.g. [unit]`);
  return m[1];
}

/** "van-ban/[unit].parquet" and "34-42" give "van-ban/34-42.parquet". */
export function parameterizedPath(output: string, value: string): string {
  if (!SAFE_VALUE.test(value)) throw new Error(`${output}: the value ${JSON.stringify(value)} cannot name a file (letters, digits, - and _ only)`);
  return output.replace(PARAMETER, value);
}

/** Whether `name` (a path relative to the outputs) is one of the files `output` makes. */
export function isParameterizedPath(output: string, name: string): boolean {
  const file = basename(output);
  const [before, after] = file.split(`[${parameterName(output)}]`);
  const base = basename(name);
  return dirname(name) === dirname(output) && base.startsWith(before) && base.endsWith(after) && SAFE_VALUE.test(base.slice(before.length, base.length - after.length));
}

/** Every file a loader makes, by path relative to the outputs, in a fixed order. */
export async function loaderOutputs(loader: Loader, context: LoaderContext): Promise<{ name: string; bytes: Uint8Array }[]> {
  if (!isParameterized(loader)) return [{ name: loader.output, bytes: await loader.load(context) }];
  const out = [];
  for (const value of await loader.values(context)) out.push({ name: parameterizedPath(loader.output, value), bytes: await loader.load(context, value) });
  return out;
}

/** When `meta` is the entry module, runs the loader and writes its bytes to stdout. */
export async function runIfMain(meta: ImportMeta, loader: Loader): Promise<void> {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(meta.url)) return;
  try {
    const context = createContext(undefined, (m) => process.stderr.write(m + "\n"));
    let bytes: Uint8Array;
    if (isParameterized(loader)) {
      const name = parameterName(loader.output);
      const { values } = parseArgs({ options: { [name]: { type: "string" } }, strict: false });
      const value = values[name];
      if (typeof value !== "string") {
        process.stderr.write(`usage: tsx ${process.argv[1]} --${name}=VALUE\n`);
        process.exitCode = 2;
        return;
      }
      bytes = await loader.load(context, value);
    } else {
      bytes = await loader.load(context);
    }
    process.stdout.write(bytes);
  } catch (error) {
    process.stderr.write((error instanceof InputError ? error.message : (error as Error).stack ?? String(error)) + "\n");
    process.exitCode = 1;
  }
}
