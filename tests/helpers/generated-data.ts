// Generated data (bench/generate.ts, scale 1) cut down to a few provinces, so that a test's
// pipeline runs take a second: only their documents, and optionally only their actuals.
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generate } from "../../bench/generate.ts";

/** Writes the scale-1 data into `data`, keeping the documents of `codes` (and their actuals only, with `onlyTheirActuals`). */
export async function generateForProvinces(data: string, codes: string[], { onlyTheirActuals = false } = {}): Promise<void> {
  await generate(1, data, { documentCopies: 1 });
  const keep = (code: string | undefined) => code !== undefined && codes.includes(code);
  if (onlyTheirActuals) {
    const file = join(data, "actuals", "generated.csv");
    const rows = readFileSync(file, "utf8").trim().split("\n");
    writeFileSync(file, rows.filter((l, i) => i === 0 || keep(l.split(",")[0])).join("\n") + "\n");
  }
  // Generated documents are named gen_CODE_….
  const listed = readFileSync(join(data, "documents.csv"), "utf8").trim().split("\n");
  const kept = listed.filter((l, i) => i === 0 || keep(l.split(",")[0]!.split("_")[1]));
  writeFileSync(join(data, "documents.csv"), kept.join("\n") + "\n");
  const names = new Set(kept.map((l) => l.split(",")[0]));
  for (const f of readdirSync(join(data, "documents"))) if (!names.has(f)) rmSync(join(data, "documents", f));
}
