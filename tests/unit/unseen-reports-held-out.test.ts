// The held-out unseen whole-report sets (tests/fixtures/unseen-reports-2/, -3/ and -4/, each scored
// once as a whole by `npx tsx src/extract/evaluate.ts --unseen2` / `--unseen3` / `--unseen4`) are well-formed: each
// loads, every labelled figure follows the gold sets' columns and its quote is in its document, its
// units have no document in data/ or in any other unseen set, and none of its synthetic documents
// is in data/. No score is asserted here.
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { quotesNotInDocuments, rowsAgainstConventions } from "../helpers/unseen-set-checks.ts";
import { readUnseenSet, UNSEEN2_DIR, UNSEEN3_DIR, UNSEEN4_DIR, UNSEEN_DIR } from "../../src/extract/unseen-eval.ts";

type Meta = { file: string; province: string; units: string };
const metas = (file: string) => parse(readFileSync(file, "utf8"), { columns: true, bom: true }) as Meta[];
const UNSEEN_DIRS = [UNSEEN_DIR, UNSEEN2_DIR, UNSEEN3_DIR, UNSEEN4_DIR];

// Counts taken from each set's README (and figures.csv): documents, labelled figures, targets.
describe.each([
  { name: "second", dir: UNSEEN2_DIR, documents: 12, figures: 437, targets: 230 },
  { name: "third", dir: UNSEEN3_DIR, documents: 12, figures: 448, targets: 241 },
  { name: "fourth", dir: UNSEEN4_DIR, documents: 7, figures: 220, targets: 91 },
])("$name unseen whole-report set", ({ dir, documents, figures, targets }) => {
  const set = readUnseenSet(dir);

  test(`${documents} documents, each listed once in documents.csv`, () => {
    expect(set.documents.map((d) => d.name)).toEqual(readdirSync(dir).filter((f) => f.endsWith(".txt")).sort());
    expect(set.documents).toHaveLength(documents);
  });

  test(`${figures} labelled figures (${targets} targets, ${figures - targets} results), each naming a document of the set`, () => {
    const names = new Set(set.documents.map((d) => d.name));
    expect(set.gold.filter((g) => !names.has(g.doc))).toEqual([]);
    for (const d of set.documents) expect(set.gold.some((g) => g.doc === d.name), d.name).toBe(true);
    expect(set.gold).toHaveLength(figures);
    expect(set.gold.filter((g) => g.role === "target")).toHaveLength(targets);
    expect(set.gold.filter((g) => g.role === "actual")).toHaveLength(figures - targets);
    expect(set.quotes).toHaveLength(set.gold.length);
  });

  test("every gold row's quote is in its document once whitespace is collapsed", () => {
    expect(quotesNotInDocuments(set)).toEqual([]);
  });

  test("every gold row follows the gold sets' conventions", () => {
    expect(rowsAgainstConventions(set)).toEqual([]);
  });

  test("its units have no document in any other unseen set, in data/ or among the seed provinces", () => {
    const others = UNSEEN_DIRS.filter((d) => d !== dir).map((d) => `${d}/documents.csv`);
    const seen = new Set([...others, "data/documents.csv"].flatMap(metas).map((m) => m.province));
    const mine = metas(`${dir}/documents.csv`).map((m) => m.province);
    expect(mine.filter((p) => seen.has(p))).toEqual([]);
    expect(new Set(mine).size).toBe(documents);
  });

  test("its synthetic documents are never among the project's documents", () => {
    const listed = metas("data/documents.csv").map((r) => r.file);
    const inData = new Set([...readdirSync("data/documents"), ...listed]);
    expect(set.documents.filter((d) => inData.has(d.name)).map((d) => d.name)).toEqual([]);
  });
});
