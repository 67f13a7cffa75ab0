// Minimal, strict argument parsing on node:util's parseArgs; unknown options are errors.
import { parseArgs, type ParseArgsConfig } from "node:util";

export function parseCommandLine<T extends NonNullable<ParseArgsConfig["options"]>>(
  command: string,
  options: T,
  usage: string,
  argv = process.argv.slice(2),
) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`${command}: ${(error as Error).message}\nusage: ${usage}\n`);
    process.exit(2);
  }
}
