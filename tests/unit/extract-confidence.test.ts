// The confidence the pages read ("cần xem lại" below 0,8) keeps its promise on the three
// development sets: at 0,8 and above, at least 95 % of the figures are strictly right; the table
// of src/extract/confidence.ts is the one its rule computes from these sets.
import { expect, test } from "vitest";
import { calibratedTable, evidenceCounts } from "../../src/extract/calibrate.ts";
import { CALIBRATED } from "../../src/extract/confidence.ts";

const counts = evidenceCounts();

test("figures at confidence 0,8 or more are strictly right at least 95 % of the time", () => {
  let n = 0;
  let right = 0;
  for (const [cell, c] of counts) {
    const [subject, role] = cell.split("/") as [keyof typeof CALIBRATED, keyof (typeof CALIBRATED)["alias"]];
    if (CALIBRATED[subject][role] >= 0.8) {
      n += c.n;
      right += c.right;
    }
  }
  expect(n).toBeGreaterThan(200);
  expect(right / n).toBeGreaterThanOrEqual(0.95);
});

test("the confidence table is the one calibrated on the development sets", () => {
  expect(calibratedTable(counts)).toEqual(CALIBRATED);
});

test("a figure whose indicator the catalog does not name always asks for a review", () => {
  expect(Math.max(...Object.values(CALIBRATED.unknown))).toBeLessThan(0.8);
});
