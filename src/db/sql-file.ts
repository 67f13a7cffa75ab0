// Reads a .sql file that sits beside the code that runs it.
import { readFileSync } from "node:fs";

export function sqlFile(url: URL): string {
  return readFileSync(url, "utf8");
}
