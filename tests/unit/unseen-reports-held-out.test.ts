// The held-out unseen whole-report sets (tests/fixtures/unseen-reports-2/ to -5/, each scored once as
// a whole by `npx tsx src/extract/evaluate.ts --unseen2` … `--unseen5`) are well-formed: each
// loads, every labelled figure follows the gold sets' columns and its quote is in its document, its
// units are new, and none of its synthetic documents is in data/. No score is asserted here.
// "New" depends on the era a set covers. The second to fourth sets (old provinces) have units with no
// document at all in data/ or in the first four sets. Every old province has a document by now, so
// the fifth covers the 2025-2030 term of the 34 new units: its units have no document of that term
// (one whose term ends in 2026 or later) in data/ or in any other set, old provinces counted under
// the unit they joined.
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { quotesNotInDocuments, rowsAgainstConventions } from "../helpers/unseen-set-checks.ts";
import { readUnseenSet, UNSEEN2_DIR, UNSEEN3_DIR, UNSEEN4_DIR, UNSEEN5_DIR, UNSEEN_DIR } from "../../src/extract/unseen-eval.ts";

type Meta = { file: string; province: string; province_code: string; units: string; term_end: string };
const metas = (file: string) => parse(readFileSync(file, "utf8"), { columns: true, bom: true }) as Meta[];
/** The sets of old provinces, whose units must have no document at all elsewhere. */
const UNSEEN_DIRS = [UNSEEN_DIR, UNSEEN2_DIR, UNSEEN3_DIR, UNSEEN4_DIR];
/** The code of the 34-unit scheme a document's province belongs to (an old code maps to the unit it joined). */
const unitOf = (() => {
  const provinces = parse(readFileSync("data/catalog/provinces.csv", "utf8"), { columns: true, bom: true }) as { code: string; unit_2025_code: string }[];
  const joined = new Map(provinces.map((p) => [p.code, p.unit_2025_code]));
  return (m: Meta) => (m.units === "34" ? m.province_code : joined.get(m.province_code)!);
})();

// Counts taken from each set's README (and figures.csv): documents, labelled figures, targets.
describe.each([
  { name: "second", dir: UNSEEN2_DIR, documents: 12, figures: 437, targets: 230 },
  { name: "third", dir: UNSEEN3_DIR, documents: 12, figures: 448, targets: 241 },
  { name: "fourth", dir: UNSEEN4_DIR, documents: 7, figures: 220, targets: 91 },
  { name: "fifth", dir: UNSEEN5_DIR, documents: 12, figures: 424, targets: 255, newTerm: true },
])("$name unseen whole-report set", ({ dir, documents, figures, targets, newTerm }) => {
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

  test.skipIf(newTerm)("its units have no document in any other unseen set, in data/ or among the seed provinces", () => {
    const others = UNSEEN_DIRS.filter((d) => d !== dir).map((d) => `${d}/documents.csv`);
    const seen = new Set([...others, "data/documents.csv"].flatMap(metas).map((m) => m.province));
    const mine = metas(`${dir}/documents.csv`).map((m) => m.province);
    expect(mine.filter((p) => seen.has(p))).toEqual([]);
    expect(new Set(mine).size).toBe(documents);
  });

  test.runIf(newTerm)("its units are of the 34, one document each, with no 2025-2030 document in data/ or in any other unseen set", () => {
    const others = [...UNSEEN_DIRS, UNSEEN5_DIR].filter((d) => d !== dir);
    const ofTerm = [...others.map((d) => `${d}/documents.csv`), "data/documents.csv"].flatMap(metas).filter((m) => Number(m.term_end) >= 2026);
    const taken = new Set(ofTerm.map(unitOf));
    const mine = metas(`${dir}/documents.csv`);
    expect(mine.filter((m) => m.units !== "34").map((m) => m.file)).toEqual([]);
    expect(mine.filter((m) => taken.has(m.province_code)).map((m) => `${m.file} (${m.province_code})`)).toEqual([]);
    expect(new Set(mine.map((m) => m.province_code)).size).toBe(documents);
    // The check reads the data: data/ and the other sets do hold 2025-2030 documents of other units.
    expect(taken.size).toBeGreaterThan(0);
  });

  test("its synthetic documents are never among the project's documents", () => {
    const listed = metas("data/documents.csv").map((r) => r.file);
    const inData = new Set([...readdirSync("data/documents"), ...listed]);
    expect(set.documents.filter((d) => inData.has(d.name)).map((d) => d.name)).toEqual([]);
  });
});
