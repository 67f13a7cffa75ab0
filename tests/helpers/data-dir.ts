// A throwaway data folder: the project's catalogs and documents, and the actuals and reviews a
// test writes.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface DataDir {
  dir: string;
  out: string;
  write(relative: string, content: string): void;
  dispose(): void;
}

export function makeDataDir(options: { documents?: boolean; actuals?: boolean } = {}): DataDir {
  const root = mkdtempSync(join(tmpdir(), "chitieu-data-"));
  const dir = join(root, "data");
  mkdirSync(join(dir, "actuals"), { recursive: true });
  mkdirSync(join(dir, "reviews"), { recursive: true });
  cpSync("data/catalog", join(dir, "catalog"), { recursive: true });
  if (options.documents ?? true) {
    cpSync("data/documents", join(dir, "documents"), { recursive: true });
    cpSync("data/documents.csv", join(dir, "documents.csv"));
  } else {
    mkdirSync(join(dir, "documents"));
    writeFileSync(join(dir, "documents.csv"), "file,province,province_code,units,doc_type,published,term_start,term_end,publisher,title,source_url\n");
  }
  if (options.actuals) cpSync("data/actuals", join(dir, "actuals"), { recursive: true });
  return {
    dir,
    out: join(root, "out"),
    write: (relative, content) => writeFileSync(join(dir, relative), content),
    dispose: () => rmSync(root, { recursive: true, force: true }),
  };
}
