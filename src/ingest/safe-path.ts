// Inputs are read only from inside the data folder. A symbolic link that leads out of it
// (data/documents/x.txt → /etc/passwd) would publish whatever it points at in the site's data,
// so it is refused; so is anything that is not a regular file (a named pipe would hang the run,
// a device would never end). Links that stay inside the data folder are fine.
import { lstatSync, realpathSync, statSync } from "node:fs";
import { relative, isAbsolute } from "node:path";
import { Problem } from "./problems.ts";

export class DataFolder {
  /** The data folder with every link resolved. */
  readonly root: string;

  constructor(dataDir: string) {
    try {
      this.root = realpathSync(dataDir);
    } catch {
      this.root = dataDir; // a missing folder: each read reports it
    }
  }

  /** Whether `real` (a resolved path) lies inside the data folder. */
  contains(real: string): boolean {
    const rel = relative(this.root, real);
    return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
  }

  /**
   * True when `file` may be read: a regular file inside the data folder, links resolved, or a
   * path that does not exist (the reader reports that in its own words). Otherwise a problem
   * naming the file is added and false returned.
   */
  check(file: string, problems: Problem[]): boolean {
    let real: string;
    try {
      real = realpathSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A dangling link is a link to nothing: say so rather than "no such file".
      if (code === "ENOENT" && lstatSync(file, { throwIfNoEntry: false })?.isSymbolicLink()) {
        problems.push(new Problem(file, 1, 1, "a link to a file that does not exist", "a file inside the data folder"));
        return false;
      }
      return true;
    }
    if (!this.contains(real)) {
      problems.push(new Problem(file, 1, 1, `a link to ${real}, outside the data folder ${this.root}`, "a file inside the data folder (copy the file in rather than linking to it)"));
      return false;
    }
    const stat = statSync(real);
    if (!stat.isFile()) {
      problems.push(new Problem(file, 1, 1, describe(stat), "a regular file"));
      return false;
    }
    return true;
  }

  /** The files of `files` that pass check(). */
  filter(files: string[], problems: Problem[]): string[] {
    return files.filter((f) => this.check(f, problems));
  }
}

function describe(stat: import("node:fs").Stats): string {
  if (stat.isDirectory()) return "a folder";
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "something other than a file";
}
