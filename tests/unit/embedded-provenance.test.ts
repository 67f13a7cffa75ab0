// What the project may contain (issue 12): its own prose, the five seed documents it began with,
// and facts from elsewhere. Every other document is a summary written in our own words around the
// phrases that hold its figures, with the address of the article it summarises; a quote beside a
// number is the short phrase that holds it, never a paragraph.
import { describe, expect, test } from "vitest";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readCsvFile } from "../../src/ingest/csv.ts";

/** The five documents the project began with (README: "Where the documents come from"). */
const SEEDS = ["000_0893587e615f0e18.txt", "001_31bcd61aa05f9e0e.txt", "002_616ded6f0c254e52.txt", "003_d03b908d712d398a.txt", "004_6ef894dedd641b28.txt"];
const MAX_QUOTE_WORDS = 25;
const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** A CSV file of data/, read as the pipeline reads it; a test fails on any problem in it. */
function read(file: string) {
  const problems: unknown[] = [];
  const table = readCsvFile(file, problems as never);
  expect(problems).toEqual([]);
  return table;
}
const documents = read("data/documents.csv").records.map((r) => r.values);

describe("documents", () => {
  test("every document file is listed in documents.csv, and every listed one exists", () => {
    expect(readdirSync("data/documents").filter((f) => f.endsWith(".txt")).sort()).toEqual(documents.map((d) => d.file).sort());
  });

  test("every document but the five seeds names the address of the article it summarises", () => {
    const others = documents.filter((d) => !SEEDS.includes(d.file));
    expect(others.length).toBe(documents.length - SEEDS.length);
    expect(others.filter((d) => !/^https?:\/\/\S+$/.test(d.source_url ?? "")).map((d) => d.file)).toEqual([]);
  });

  // The rewritten versions were made beside the project (../shared/corpus/documents); where that
  // folder is present, the embedded copies must be byte-identical to them.
  const shared = join("..", "shared", "corpus", "documents");
  test.skipIf(!existsSync(shared))("each embedded document is identical to its rewritten version", () => {
    const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
    const differing = documents.map((d) => d.file).filter((f) => !existsSync(join(shared, f)) || digest(join("data/documents", f)) !== digest(join(shared, f)));
    expect(differing).toEqual([]);
  });
});

describe("quotes are short phrases", () => {
  const files = [
    ...readdirSync("data/actuals").filter((f) => f.endsWith(".csv")).map((f) => join("data/actuals", f)),
    ...readdirSync("data/targets").filter((f) => f.endsWith(".csv")).map((f) => join("data/targets", f)),
  ];
  test.each(files)(`%s: no quote longer than ${MAX_QUOTE_WORDS} words`, (file) => {
    const table = read(file);
    expect(table.header).toContain("quote");
    const long = table.records.filter((r) => words(r.values.quote ?? "") > MAX_QUOTE_WORDS).map((r) => `${file}:${r.line}: ${words(r.values.quote)} words`);
    expect(long).toEqual([]);
  });
});
