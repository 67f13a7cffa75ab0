// npx tsx src/extract/calibrate.ts: the share of strictly right figures on the development sets
// (tests/fixtures/*-figures.csv) by the evidence of src/extract/confidence.ts, smoothed and
// rounded down to a tenth: the table CALIBRATED should hold.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readDocumentMeta, readIndicators } from "../ingest/catalog.ts";
import { IndicatorMatcher } from "./indicators.ts";
import { extractFigures } from "./extract.ts";
import { scoreFigures } from "./score.ts";
import { DEV_SETS, readGold } from "./gold.ts";
import { CALIBRATED, ROLE_SOURCES, SUBJECT_EVIDENCE } from "./confidence.ts";

/** For each evidence cell ("alias/clause"…): figures and strictly right figures on the development sets. */
export function evidenceCounts(): Map<string, { n: number; right: number }> {
  const indicators = readIndicators("data/catalog/indicators.csv", []);
  const matcher = new IndicatorMatcher(indicators);
  const codes = new Set(indicators.map((i) => i.code));
  const figures = readDocumentMeta("data/documents.csv", []).flatMap((m) =>
    extractFigures({ name: m.file, text: readFileSync(join("data/documents", m.file), "utf8"), ...m }, matcher, { evidence: true }).figures,
  );
  const counts = new Map<string, { n: number; right: number }>();
  for (const set of DEV_SETS) {
    const gold = readGold(`tests/fixtures/${set}.csv`);
    const docs = new Set(gold.map((g) => g.doc));
    const { right } = scoreFigures(gold, figures, codes, true);
    figures.forEach((f, i) => {
      if (!docs.has(f.doc)) return;
      const c = counts.get(f.evidence!) ?? { n: 0, right: 0 };
      c.n++;
      if (right[i]) c.right++;
      counts.set(f.evidence!, c);
    });
  }
  return counts;
}

const MIN_CELL = 10;
const UNKNOWN_CAP = 0.5;
const GENERIC_CAP = 0.7;
const smoothed = (right: number, n: number) => Math.floor((10 * (right + 1)) / (n + 2)) / 10;

/** The table of confidence.ts from the counts (see its header for the rule). */
export function calibratedTable(counts: Map<string, { n: number; right: number }>): typeof CALIBRATED {
  const table = {} as typeof CALIBRATED;
  for (const subject of SUBJECT_EVIDENCE) {
    const cells = ROLE_SOURCES.map((role) => counts.get(`${subject}/${role}`) ?? { n: 0, right: 0 });
    const row = cells.reduce((a, c) => ({ n: a.n + c.n, right: a.right + c.right }), { n: 0, right: 0 });
    table[subject] = {} as (typeof CALIBRATED)[typeof subject];
    ROLE_SOURCES.forEach((role, k) => {
      const c = cells[k].n >= MIN_CELL ? cells[k] : row;
      let value = smoothed(c.right, c.n);
      // Fewer than MIN_CELL figures in the whole row promise nothing; a generic head ("tăng
      // trưởng" alone) names no subject, so it is reviewed like an unnamed one, a little above.
      if (row.n < MIN_CELL || subject === "generic") value = Math.min(GENERIC_CAP, value);
      table[subject][role] = subject === "unknown" ? Math.min(UNKNOWN_CAP, value) : value;
    });
  }
  return table;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = evidenceCounts();
  for (const [cell, { n, right }] of [...counts].sort()) process.stdout.write(`${cell.padEnd(18)} ${String(right).padStart(4)}/${n}\n`);
  process.stdout.write(JSON.stringify(calibratedTable(counts)) + "\n");
}
