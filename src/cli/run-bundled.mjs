// npm run pipeline | validate | extract | import | build | dev: `node src/cli/run-bundled.mjs COMMAND
// [ARGS]` bundles src/cli/COMMAND.ts from the sources as they are now (bundle-command.mjs, about a
// fifth of a second in esbuild's own process), then runs the bundle in this process with ARGS.
// Running the sources through tsx cost some 0,5 s of a core at each start (a re-run on the default
// data: 0,9 s through tsx, 0,45 s bundled) and slowed the main thread's code a little more. A
// loader an analyst edited takes effect at once, and one that does not compile is reported as a
// compiler would ("data-loaders/x.parquet.ts:2:25: ERROR: …"), with exit code 1.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleCommand, removeStaleBundles, runBundleFile } from "./bundle-command.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const [command, ...args] = process.argv.slice(2);
const entry = command && /^[a-z][a-z-]*$/.test(command) ? join(ROOT, "src", "cli", `${command}.ts`) : null;
if (!entry || !existsSync(entry)) {
  process.stderr.write(`run-bundled: expected a command of src/cli/ (pipeline, validate, extract, import, build, dev), got ${command === undefined ? "nothing" : JSON.stringify(command)}\n`);
  process.exit(2);
}
removeStaleBundles(ROOT);
const bundle = runBundleFile(ROOT, command);
const failed = await bundleCommand(ROOT, entry, bundle);
if (failed?.compile) {
  process.stderr.write(`${failed.message}\n`);
  process.exit(1);
}
if (failed) {
  // The sources compile but no bundle could be made (a project folder that cannot be written):
  // the command runs from its sources through tsx, as it did before, only slower.
  process.stderr.write(`run-bundled: src/cli/${command}.ts runs from its sources through tsx (no bundle: ${failed.message.split("\n")[0]})\n`);
  const { register } = await import("tsx/esm/api");
  register();
  process.argv = [process.argv[0], entry, ...args];
  await import(pathToFileURL(entry).href);
} else {
  // However the command ends (process.exit included); a signal that ends the process without it
  // leaves the file, which the next run removes (removeStaleBundles).
  process.on("exit", () => rmSync(bundle, { force: true }));
  // The command reads its arguments as if it had been started itself.
  process.argv = [process.argv[0], bundle, ...args];
  await import(pathToFileURL(bundle).href);
}
