// npm run --silent extract -- [--format csv|json] [--catalog FILE] [--meta FILE] FILE...
// Prints the figures of the documents (targets and reported results, each with its quote).
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parseCommandLine } from "./args.ts";
import { readIndicators } from "../ingest/catalog.ts";
import { Problem } from "../ingest/problems.ts";
import { IndicatorMatcher } from "../extract/indicators.ts";
import { extractFigures } from "../extract/extract.ts";
import { metadataFor } from "../extract/documents-meta.ts";
import { FIGURE_COLUMNS, type Figure } from "../extract/figure.ts";
import { toCsv } from "../text/csv-format.ts";

const usage = "npm run --silent extract -- [--format csv|json] [--catalog indicators.csv] [--meta documents.csv] [--show-skipped] FILE...";
const { values, positionals } = parseCommandLine(
  "extract",
  {
    format: { type: "string", default: "csv" },
    catalog: { type: "string" },
    meta: { type: "string" },
    "show-skipped": { type: "boolean" },
    help: { type: "boolean" },
  },
  usage,
);
if (values.help) {
  process.stdout.write(`usage: ${usage}\n`);
  process.exit(0);
}
if (values.format !== "csv" && values.format !== "json") {
  process.stderr.write(`extract: --format must be csv or json, not "${values.format}"\nusage: ${usage}\n`);
  process.exit(2);
}
if (positionals.length === 0) {
  process.stderr.write(`extract: no document given\nusage: ${usage}\n`);
  process.exit(2);
}

const problems: Problem[] = [];
const catalogFile = resolve(values.catalog ?? "data/catalog/indicators.csv");
const indicators = readIndicators(catalogFile, problems);
const meta = metadataFor(positionals, values.meta, problems);
if (problems.length) {
  process.stderr.write(problems.map(String).join("\n") + "\n");
  process.exit(1);
}
const matcher = new IndicatorMatcher(indicators);
const figures: Figure[] = [];
let failed = false;
for (const file of positionals) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    process.stderr.write(`extract: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    failed = true;
    continue;
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  const m = meta.get(basename(file));
  const result = extractFigures(
    { name: basename(file), text, term_start: m?.term_start, term_end: m?.term_end, published: m?.published, doc_type: m?.doc_type },
    matcher,
  );
  for (const w of result.warnings) process.stderr.write(`extract: warning: ${w}\n`);
  if (result.skipped.length > 0) {
    if (values["show-skipped"]) {
      for (const s of result.skipped) process.stderr.write(`extract: ${file}: skipped at ${s.start}-${s.end} "${s.quote}": ${s.reason}\n`);
    } else {
      process.stderr.write(`extract: ${file}: ${result.skipped.length} number(s) with a unit not read as figures (--show-skipped lists them)\n`);
    }
  }
  figures.push(...result.figures);
}
process.stdout.write(values.format === "json" ? JSON.stringify(figures, null, 2) + "\n" : toCsv(figures, FIGURE_COLUMNS));
if (failed) process.exitCode = 1;
