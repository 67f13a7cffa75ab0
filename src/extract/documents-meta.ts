// Finds a document's metadata (term, publication date, type) in a documents.csv beside or
// above its folder, so that `extract` on a file alone still knows the term it belongs to.
import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { readDocumentMeta, type DocumentMeta } from "../ingest/catalog.ts";
import type { Problem } from "../ingest/problems.ts";

export function metadataFor(files: string[], explicit: string | undefined, problems: Problem[]): Map<string, DocumentMeta> {
  const sources = new Set<string>();
  if (explicit) sources.add(explicit);
  else {
    for (const f of files) {
      for (const candidate of [join(dirname(f), "..", "documents.csv"), join(dirname(f), "documents.csv")]) {
        if (existsSync(candidate)) sources.add(candidate);
      }
    }
  }
  const byFile = new Map<string, DocumentMeta>();
  for (const source of sources) for (const m of readDocumentMeta(source, problems)) byFile.set(basename(m.file), m);
  return byFile;
}
