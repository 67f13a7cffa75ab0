// npx tsx src/extract/evaluate.ts [--errors]: the extractor's scores on every labelled set, as the
// README's extraction table reports them: the three development sets (strict and value F1 with
// the project's catalog, strict F1 with the catalog the gold was labelled against, the share of
// found figures with a wrong catalog indicator) and both halves of the phrase set
// (phrase-eval.ts), of the result-phrase set (result-eval.ts) and of the unseen whole-report set
// (unseen-eval.ts). `--errors` lists the phrase set's tune half errors, `--result-errors` the
// result set's, `--unseen-errors` the unseen reports'; with `--all`, both halves' errors (the
// hold-out halves were released for tuning once a newer unseen set took their place).
// `--unseen2`, `--unseen3`, `--unseen4` and `--unseen5` print only the score of the second, third,
// fourth or fifth unseen set (tests/fixtures/unseen-reports-2/ to -5/) as a whole: they have no tune half. The second was held
// out until 2 December, then released for tuning: every run now prints it, and `--unseen2-errors`
// lists the errors of all its documents; the third was released the same way later that day
// (`--unseen3-errors`), and the fourth the same way on 2 December once the fifth took the held-out
// place (`--unseen4-errors`); nothing lists the fifth's errors.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { readDocumentMeta, readIndicators } from "../ingest/catalog.ts";
import { IndicatorMatcher } from "./indicators.ts";
import { extractFigures } from "./extract.ts";
import { indicatorErrors, scoreFigures } from "./score.ts";
import { DEV_SETS, readGold } from "./gold.ts";
import { evaluateHalves, phraseSet, readPhraseRows, summary, tuneErrors } from "./phrase-eval.ts";
import { evaluateResultHalves, readResultRows, resultSet } from "./result-eval.ts";
import { evaluateUnseenHalves, readUnseenSet, UNSEEN2_DIR, UNSEEN3_DIR, UNSEEN4_DIR, UNSEEN5_DIR, unseenTuneErrors } from "./unseen-eval.ts";

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : "0.0");

/** The held-out sets scored only as a whole: flag → label and folder. */
const HELD_OUT: Record<string, [label: string, dir: string]> = {
  "--unseen2": ["unseen-2 all", UNSEEN2_DIR],
  "--unseen3": ["unseen-3 all", UNSEEN3_DIR],
  "--unseen4": ["unseen-4 all", UNSEEN4_DIR],
  "--unseen5": ["unseen-5 all", UNSEEN5_DIR],
};
const heldOut = Object.keys(HELD_OUT).filter((flag) => process.argv.includes(flag));

if (import.meta.url === `file://${process.argv[1]}` && heldOut.length) {
  for (const flag of heldOut) {
    const [label, dir] = HELD_OUT[flag]!;
    process.stdout.write(summary(label, evaluateUnseenHalves(readUnseenSet(dir)).all) + "\n");
  }
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const indicators = readIndicators("data/catalog/indicators.csv", []);
  const matcher = new IndicatorMatcher(indicators);
  const codes = new Set(indicators.map((i) => i.code));
  const goldCodes = new Set((parse(readFileSync("tests/fixtures/gold-catalog-indicators.csv", "utf8"), { columns: true }) as { code: string }[]).map((r) => r.code));
  const figures = readDocumentMeta("data/documents.csv", []).flatMap((m) =>
    extractFigures({ name: m.file, text: readFileSync(join("data/documents", m.file), "utf8"), ...m }, matcher).figures,
  );
  for (const set of DEV_SETS) {
    const gold = readGold(`tests/fixtures/${set}.csv`);
    const strict = scoreFigures(gold, figures, codes, true);
    const value = scoreFigures(gold, figures, codes, false);
    const shared = scoreFigures(gold, figures, goldCodes, true);
    const wrong = indicatorErrors(gold, figures, codes);
    const wrongShared = indicatorErrors(gold, figures, goldCodes);
    process.stdout.write(
      `${set.padEnd(22)} strict F1 ${strict.f1.toFixed(3)} (shared catalog ${shared.f1.toFixed(3)})  value F1 ${value.f1.toFixed(3)}  wrong indicator ${wrong.wrong}/${wrong.found} (${pct(wrong.wrong, wrong.found)} %; shared catalog ${wrongShared.wrong}/${wrongShared.found})\n`,
    );
  }
  const rows = readPhraseRows();
  const scores = evaluateHalves(rows);
  for (const h of ["tune", "hold-out", "all"] as const) process.stdout.write(summary(`phrases ${h}`, scores[h]) + "\n");
  const results = readResultRows();
  const resultScores = evaluateResultHalves(results);
  for (const h of ["tune", "hold-out", "all"] as const) process.stdout.write(summary(`results ${h}`, resultScores[h]) + "\n");
  const unseen = readUnseenSet();
  const unseenScores = evaluateUnseenHalves(unseen);
  for (const h of ["tune", "hold-out", "all"] as const) process.stdout.write(summary(`unseen ${h}`, unseenScores[h]) + "\n");
  const unseen2 = readUnseenSet(UNSEEN2_DIR);
  const unseen2Score = evaluateUnseenHalves(unseen2).all;
  process.stdout.write(summary("unseen-2 all", unseen2Score) + "\n");
  const unseen3 = readUnseenSet(UNSEEN3_DIR);
  const unseen3Score = evaluateUnseenHalves(unseen3).all;
  process.stdout.write(summary("unseen-3 all", unseen3Score) + "\n");
  const unseen4 = readUnseenSet(UNSEEN4_DIR);
  const unseen4Score = evaluateUnseenHalves(unseen4).all;
  process.stdout.write(summary("unseen-4 all", unseen4Score) + "\n");
  const all = process.argv.includes("--all");
  const h = all ? "all" : "tune";
  const inHalf = (r: { half: string }) => all || r.half === "tune";
  if (process.argv.includes("--errors")) process.stdout.write(tuneErrors(phraseSet(rows.filter(inHalf)), scores[h]));
  if (process.argv.includes("--result-errors")) process.stdout.write(tuneErrors(resultSet(results.filter(inHalf)), resultScores[h]));
  if (process.argv.includes("--unseen-errors")) process.stdout.write(unseenTuneErrors(unseen, unseenScores[h], codes, h));
  if (process.argv.includes("--unseen2-errors")) process.stdout.write(unseenTuneErrors(unseen2, unseen2Score, codes, "all"));
  if (process.argv.includes("--unseen3-errors")) process.stdout.write(unseenTuneErrors(unseen3, unseen3Score, codes, "all"));
  if (process.argv.includes("--unseen4-errors")) process.stdout.write(unseenTuneErrors(unseen4, unseen4Score, codes, "all"));
}
