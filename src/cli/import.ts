// npm run import -- FILE [--indicator CODE] [--unit U] [--price-base 2010|2020] [--status S]
//   [--source URL] [--units 63|34] [--sheet NAME] [--out data/actuals/NAME.csv] [--data DIR] [--dry-run]
// Reads a statistics table (yearbook workbook, PX file, JSON-stat dataset, wide CSV) and writes
// an ordinary actuals CSV file, which then goes through `validate` and the pipeline like any
// other. It never overwrites a file; every value it does not write is listed with its reason.
import { writeFileSync, existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join, relative, resolve } from "node:path";
import { parseCommandLine } from "./args.ts";
import { readIndicators, readProvinces } from "../ingest/catalog.ts";
import { ProvinceResolver, type UnitSet } from "../ingest/province-resolver.ts";
import { IndicatorMatcher } from "../extract/indicators.ts";
import { readTableFile } from "../ingest/import/read-table.ts";
import { toActuals } from "../ingest/import/to-actuals.ts";
import type { Problem } from "../ingest/problems.ts";

const usage =
  "npm run import -- FILE [--indicator CODE] [--unit U] [--price-base 2010|2020] [--status S] [--source URL] [--units 63|34] [--sheet NAME] [--out data/actuals/NAME.csv] [--data DIR] [--dry-run]";
const { values, positionals } = parseCommandLine(
  "import",
  {
    indicator: { type: "string" },
    unit: { type: "string" },
    "price-base": { type: "string" },
    status: { type: "string" },
    source: { type: "string" },
    units: { type: "string" },
    sheet: { type: "string" },
    out: { type: "string" },
    data: { type: "string" },
    "dry-run": { type: "boolean" },
    help: { type: "boolean" },
  },
  usage,
);
const say = (m: string) => process.stderr.write(`import: ${m}\n`);
const stop = (m: string, code = 1): never => {
  say(m);
  process.exit(code);
};
if (values.help) {
  process.stdout.write(`usage: ${usage}\nReads .xlsx, .px, JSON-stat .json and wide .csv tables of a statistics office into an actuals CSV (README: Adding a year of data).\n`);
  process.exit(0);
}
if (positionals.length !== 1) stop(`name one table file\nusage: ${usage}`, 2);
const file = positionals[0];
if (values["price-base"] !== undefined && values["price-base"] !== "2010" && values["price-base"] !== "2020") stop(`--price-base ${values["price-base"]}: expected 2010 or 2020`, 2);
if (values.units !== undefined && values.units !== "63" && values.units !== "34") stop(`--units ${values.units}: expected 63 (provinces before 1 July 2025) or 34 (units after)`, 2);

const dataDir = resolve(values.data ?? "data");
const out = values.out ?? join(dataDir, "actuals", `${basename(file, extname(file))}.csv`);
const dryRun = values["dry-run"] ?? false;
// Checked before reading, so that an analyst does not wait for a table only to hear this.
if (!dryRun) {
  if (existsSync(out)) stop(`${out} exists: the import never overwrites a file; name another with --out`);
  if (!existsSync(dirname(resolve(out))) || !statSync(dirname(resolve(out))).isDirectory()) stop(`--out ${out}: the folder ${dirname(out)} does not exist`);
}

const catalogProblems: Problem[] = [];
const indicators = readIndicators(join(dataDir, "catalog", "indicators.csv"), catalogProblems);
const provinces = new ProvinceResolver(readProvinces(join(dataDir, "catalog", "provinces.csv"), catalogProblems));
if (catalogProblems.length > 0) stop(`the catalogs have problems:\n${catalogProblems.map(String).join("\n")}`);

const read = await readTableFile(file, provinces, values.sheet);
if ("error" in read) stop(`${file}: ${read.error}`);
const { table, notation, format } = read as Exclude<typeof read, { error: string }>;
const result = toActuals(
  file,
  table,
  notation,
  {
    indicator: values.indicator,
    unit: values.unit,
    priceBase: values["price-base"] ? Number(values["price-base"]) : undefined,
    status: values.status,
    source: values.source,
    units: values.units as UnitSet | undefined,
  },
  { indicators: new Map(indicators.map((i) => [i.code, i])), provinces, matcher: new IndicatorMatcher(indicators) },
);
if ("error" in result) stop(`${file}: ${result.error}`);
const imported = result as Exclude<typeof result, { error: string }>;

say(`${file}: ${format}; ${table.layout}`);
for (const d of imported.decisions) say(`  ${d}`);
const skippedValues = imported.valuesRead - imported.rows.length;
say(`read ${imported.valuesRead} values: ${[`${imported.rows.length} to write`, ...imported.notWritten.map(([why, n]) => `${n} ${why}`)].join(", ")}`);
if (imported.skipped.length > 0) say(`not written (${imported.skipped.length}):`);
for (const s of imported.skipped) say(`  ${file} ${s.where}: ${JSON.stringify(s.text)}: ${s.reason}`);
if (imported.problems.length > 0) {
  for (const p of imported.problems) say(`  ${p.found.replace(/^/, `row ${p.line - 1} of the output: `)}; expected ${p.expected}`);
  stop(`${imported.problems.length} value(s) fail the checks every actuals file passes (above); nothing was written`);
}
if (imported.rows.length === 0) stop("no value to write; nothing was written");
if (dryRun) {
  process.stdout.write(imported.csv);
  say(`--dry-run: nothing written (${imported.rows.length} rows would go to ${out}; ${skippedValues} values not written)`);
  process.exit(0);
}
try {
  // "wx": fails rather than replaces, even if the file appeared since the check above.
  writeFileSync(out, imported.csv, { flag: "wx" });
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  stop(code === "EEXIST" ? `${out} exists: the import never overwrites a file; name another with --out` : code === "EISDIR" ? `--out ${out} is a folder; name a file` : `cannot write ${out}: ${code ?? (error as Error).message}`);
}
const shown = relative(process.cwd(), resolve(out));
say(`wrote ${imported.rows.length} rows to ${out}; next: npm run validate -- ${shown.startsWith("..") ? resolve(out) : shown}`);
