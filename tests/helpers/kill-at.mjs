// Loaded (node --import) into a pipeline run by the kill test. Counts the changes the run makes
// to the filesystem under CHITIEU_KILL_UNDER (files opened for writing, links, renames, removals,
// folders made) and kills the process with SIGKILL just before the CHITIEU_KILL_AT-th, as
// `kill -9` or a power cut would in the middle of writing the outputs. With CHITIEU_KILL_AT=0 it
// kills nothing and prints every change it saw ("kill-at: 7 rename …") on stderr.
import { createRequire, syncBuiltinESMExports } from "node:module";

const require = createRequire(import.meta.url);
const promises = require("node:fs/promises");
const under = process.env.CHITIEU_KILL_UNDER ?? "";
const at = Number(process.env.CHITIEU_KILL_AT ?? "0");
const CHANGES = ["open", "writeFile", "rename", "link", "symlink", "rm", "rmdir", "mkdir", "copyFile", "unlink"];
let count = 0;

for (const name of CHANGES) {
  const original = promises[name];
  promises[name] = function (...args) {
    // open() for reading changes nothing; the other calls change what their paths name.
    const writes = name !== "open" || /[wa+]/.test(String(args[1] ?? "r"));
    const paths = (name === "symlink" ? [args[1]] : name === "rename" || name === "link" || name === "copyFile" ? [args[0], args[1]] : [args[0]]).map(String);
    if (writes && under && paths.some((p) => p.startsWith(under))) {
      count++;
      if (at === 0) process.stderr.write(`kill-at: ${count} ${name} ${paths.join(" ")}\n`);
      else if (count === at) process.kill(process.pid, "SIGKILL");
    }
    return original.apply(this, args);
  };
}
syncBuiltinESMExports();
