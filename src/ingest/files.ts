// The CSV files of a data folder, in name order (the order rows are read and ties are broken in).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export function csvFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith(".csv"))
    .sort()
    .map((f) => join(dir, f));
}
