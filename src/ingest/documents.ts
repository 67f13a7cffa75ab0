// The documents' texts beside their metadata. Invalid UTF-8 is replaced (U+FFFD) and reported as
// a warning with its line, never fatal: pasted web text is often slightly broken.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { DocumentMeta } from "./catalog.ts";
import { Problem } from "./problems.ts";
import { decodeUtf8 } from "./utf8.ts";

export interface DocumentText {
  meta: DocumentMeta;
  text: string;
}

export function readDocumentTexts(dir: string, metas: DocumentMeta[], problems: Problem[]): DocumentText[] {
  let files = new Set<string>();
  try {
    files = new Set(readdirSync(dir).filter((f) => f.endsWith(".txt")));
  } catch (error) {
    problems.push(new Problem(dir, 1, 1, (error as Error).message, "a folder of .txt documents"));
    return [];
  }
  const byFile = new Map(metas.map((m) => [m.file, m]));
  for (const f of files) {
    if (!byFile.has(f)) problems.push(new Problem(join(dir, f), 1, 1, "a document with no row in documents.csv", "a row describing it (province, units, term)"));
  }
  const out: DocumentText[] = [];
  const seen = new Set<string>();
  for (const meta of metas) {
    if (seen.has(meta.file)) {
      problems.push(new Problem(join(dir, "..", "documents.csv"), 1, 1, `"${meta.file}" listed twice`, "one row per document"));
      continue;
    }
    seen.add(meta.file);
    if (!files.has(meta.file)) {
      problems.push(new Problem(join(dir, meta.file), 1, 1, "no such file", "the document named in documents.csv"));
      continue;
    }
    const path = join(dir, meta.file);
    out.push({ meta, text: decodeUtf8(path, readFileSync(path), problems, { severity: "warning" }) });
  }
  return out.sort((a, b) => (a.meta.file < b.meta.file ? -1 : a.meta.file > b.meta.file ? 1 : 0));
}
