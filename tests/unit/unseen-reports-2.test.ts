// The second unseen whole-report set (tests/fixtures/unseen-reports-2/, scored once as a whole by
// `npx tsx src/extract/evaluate.ts --unseen2`) is well-formed: it loads, every labelled figure
// follows the gold sets' columns and its quote is in its document, its units are none of the first
// set's or of data/, and none of its synthetic documents is in data/. No score is asserted here.
import { describe, expect, test } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { readUnseenSet, UNSEEN2_DIR, UNSEEN_DIR } from "../../src/extract/unseen-eval.ts";

const set = readUnseenSet(UNSEEN2_DIR);
const collapse = (s: string) => s.replace(/\s+/gu, " ");
type Meta = { file: string; province: string; units: string };
const metas = (file: string) => parse(readFileSync(file, "utf8"), { columns: true, bom: true }) as Meta[];

describe("second unseen whole-report set", () => {
  test("twelve documents, each listed once in documents.csv", () => {
    expect(set.documents.map((d) => d.name)).toEqual(readdirSync(UNSEEN2_DIR).filter((f) => f.endsWith(".txt")).sort());
    expect(set.documents).toHaveLength(12);
  });

  test("437 labelled figures (230 targets, 207 results), each naming a document of the set", () => {
    const names = new Set(set.documents.map((d) => d.name));
    expect(set.gold.filter((g) => !names.has(g.doc))).toEqual([]);
    for (const d of set.documents) expect(set.gold.some((g) => g.doc === d.name), d.name).toBe(true);
    expect(set.gold).toHaveLength(437);
    expect(set.gold.filter((g) => g.role === "target")).toHaveLength(230);
    expect(set.quotes).toHaveLength(set.gold.length);
  });

  test("every gold row's quote is in its document once whitespace is collapsed", () => {
    const texts = new Map(set.documents.map((d) => [d.name, collapse(d.text)]));
    const missing = set.gold.flatMap((g, i) => (texts.get(g.doc)!.includes(collapse(set.quotes[i])) ? [] : [`${g.doc}: ${set.quotes[i]}`]));
    expect(missing).toEqual([]);
  });

  test("every gold row follows the gold sets' conventions", () => {
    const bad = set.gold.filter(
      (g) =>
        !["target", "actual"].includes(g.role) ||
        !["level", "avg_growth", "cumulative", "annual", "annual_change"].includes(g.kind) ||
        !["eq", "range", "gte", "lte"].includes(g.comparator) ||
        g.value_low === null || Number.isNaN(g.value_low) || g.year === null ||
        (g.comparator === "range") !== (g.value_high !== null) ||
        (g.value_high !== null && g.value_high <= g.value_low) ||
        (g.kind === "level") !== (g.period_start === null) ||
        (g.period_start !== null && g.period_start > g.year) ||
        (g.kind === "avg_growth" && g.unit !== "percent_per_year") ||
        (g.kind === "annual_change" && g.unit !== "pp_per_year"),
    );
    expect(bad).toEqual([]);
  });

  test("its units have no document in the first unseen set, in data/ or among the seed provinces", () => {
    const seen = new Set([...metas(`${UNSEEN_DIR}/documents.csv`), ...metas("data/documents.csv")].map((m) => m.province));
    const mine = metas(`${UNSEEN2_DIR}/documents.csv`).map((m) => m.province);
    expect(mine.filter((p) => seen.has(p))).toEqual([]);
    expect(new Set(mine).size).toBe(12);
  });

  test("its synthetic documents are never among the project's documents", () => {
    const listed = metas("data/documents.csv").map((r) => r.file);
    const inData = new Set([...readdirSync("data/documents"), ...listed]);
    expect(set.documents.filter((d) => inData.has(d.name)).map((d) => d.name)).toEqual([]);
  });
});
