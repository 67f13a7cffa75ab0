// The extraction threads write each figure's columns as JSON through columnsOf (a plain object of
// the columns, which V8 serializes faster than JSON.stringify with a list of keys): the strings
// must be exactly those of the list of keys, for every figure of the default corpus and for the
// odd values a figure can hold.
import { expect, test } from "vitest";
import { columnsOf, PROPERTIES } from "../../src/pipeline/staged-figures.ts";
import { extractDefaultCorpus } from "../helpers/corpus.ts";

test("columnsOf gives the JSON of JSON.stringify(figure, PROPERTIES), for every figure of the default corpus", () => {
  const figures = extractDefaultCorpus();
  expect(figures.length).toBeGreaterThan(100);
  for (const f of figures) expect(JSON.stringify(columnsOf(f))).toBe(JSON.stringify(f, PROPERTIES));
});

test("columnsOf: only the columns, in the columns' order; missing and undefined left out, NaN as null", () => {
  const odd = { id: "f1", doc: "a.txt", value_low: Number.NaN, value_high: null, quote: 'có "ngoặc"\n', evidence: "alias", extra: 1, start: undefined };
  const json = JSON.stringify(columnsOf(odd));
  expect(json).toBe(JSON.stringify(odd, PROPERTIES));
  expect(json).toBe('{"id":"f1","doc":"a.txt","value_low":null,"value_high":null,"quote":"có \\"ngoặc\\"\\n"}');
});
