// The unseen whole-report set (tests/fixtures/unseen-reports/, scored by src/extract/unseen-eval.ts)
// is well-formed: it loads, splits into two halves, every labelled figure follows the gold sets'
// columns and its quote is in its document, and none of its synthetic documents is in data/.
// No score is asserted here: the set estimates the extractor on documents no rule was written for.
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { quotesNotInDocuments, rowsAgainstConventions } from "../helpers/unseen-set-checks.ts";
import { readUnseenSet, UNSEEN_DIR } from "../../src/extract/unseen-eval.ts";

const set = readUnseenSet();

describe("unseen whole-report set", () => {
  test("twelve documents, split every other one into a tune and a hold-out half", () => {
    expect(set.documents.map((d) => d.name)).toEqual(readdirSync(UNSEEN_DIR).filter((f) => f.endsWith(".txt")).sort());
    expect(set.documents).toHaveLength(12);
    expect(set.documents.map((d) => d.half)).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 ? "hold-out" : "tune")));
  });

  test("every document has labelled figures and every figure names a document of the set", () => {
    const names = new Set(set.documents.map((d) => d.name));
    expect(set.gold.filter((g) => !names.has(g.doc))).toEqual([]);
    for (const d of set.documents) expect(set.gold.some((g) => g.doc === d.name), d.name).toBe(true);
    expect(set.gold).toHaveLength(358);
    expect(set.quotes).toHaveLength(set.gold.length);
  });

  test("every gold row's quote is in its document once whitespace is collapsed", () => {
    expect(quotesNotInDocuments(set)).toEqual([]);
  });

  test("every gold row follows the gold sets' conventions", () => {
    expect(rowsAgainstConventions(set)).toEqual([]);
  });

  test("its synthetic documents are never among the project's documents", () => {
    const listed = (parse(readFileSync("data/documents.csv", "utf8"), { columns: true }) as { file: string }[]).map((r) => r.file);
    const inData = new Set([...readdirSync("data/documents"), ...listed]);
    expect(set.documents.filter((d) => inData.has(d.name)).map((d) => d.name)).toEqual([]);
  });
});
