// Several rows for the same province, indicator and year are normal (an estimate, then the
// official figure; the statistics office and a newspaper). Where their values differ, each later
// row gets a warning naming the other; the pipeline still runs and chooses one (see the README).
// A conflict an analyst has settled with a choice in data/reviews/ is counted, not listed again,
// so that new conflicts do not drown among old ones.
import type { DuckDBConnection } from "@duckdb/node-api";
import { appendRows, createTable, queryRows, type ColumnSpec } from "../db/duckdb.ts";
import { sqlFile } from "../db/sql-file.ts";
import { Problem } from "./problems.ts";
import type { ActualChoice } from "./reviews.ts";

export const CHOICE_RULE =
  "one value per province, indicator and year (the pipeline chooses one; README: Resolving a conflict)";

const CONFLICTING = sqlFile(new URL("./sql/conflicts.sql", import.meta.url));
const LISTED = sqlFile(new URL("./sql/conflicts_listed.sql", import.meta.url));
const COUNTS = sqlFile(new URL("./sql/conflicts_counts.sql", import.meta.url));

const CHOICE_COLUMNS: ColumnSpec[] = [
  { name: "units", type: "VARCHAR" },
  { name: "province_code", type: "VARCHAR" },
  { name: "indicator_code", type: "VARCHAR" },
  { name: "year", type: "INTEGER" },
  { name: "value", type: "DOUBLE" },
  { name: "source", type: "VARCHAR" },
];

interface ConflictRow {
  file: string;
  line: number;
  value_original: number;
  province_name: string;
  indicator_code: string;
  year: number;
  first_file: string;
  first_line: number;
  first_value_original: number;
}

export interface Conflicts {
  /** At most `limit` warnings, in reading order. */
  warnings: Problem[];
  /** Conflicting rows not settled in data/reviews/. */
  total: number;
  /** Groups (province, indicator, year) with differing values that a choice settles. */
  settled: number;
}

/**
 * The warnings over actual_candidates, at most `limit` of them (the pipeline prints a
 * screenful; `validate` all), how many unsettled conflicting rows there are in all, and how many
 * conflicts the analysts' `choices` settle. With `files` (base names), only the conflicts those
 * files take part in.
 */
export async function conflictWarnings(
  conn: DuckDBConnection,
  pathOf: (file: string) => string,
  { choices = [], limit = Infinity, files }: { choices?: ActualChoice[]; limit?: number; files?: Set<string> } = {},
): Promise<Conflicts> {
  await createTable(conn, "conflict_choices", CHOICE_COLUMNS);
  await appendRows(conn, "conflict_choices", CHOICE_COLUMNS, choices);
  await conn.run(CONFLICTING);
  let rows = await queryRows<ConflictRow>(conn, Number.isFinite(limit) && !files ? `${LISTED} LIMIT ${Math.max(0, Math.floor(limit))}` : LISTED);
  const [counts] = await queryRows<{ open_rows: number; settled_groups: number }>(conn, COUNTS);
  // Only the conflicts a given file takes part in (validate: the files named on its command line).
  if (files) rows = rows.filter((c) => files.has(c.file) || files.has(c.first_file));
  const total = files ? rows.length : Number(counts.open_rows);
  rows = rows.slice(0, limit);
  await conn.run("DROP TABLE conflict_choices; DROP TABLE conflicting");
  const warnings = rows.map(
    (c) =>
      new Problem(
        pathOf(c.file),
        c.line,
        4,
        `${c.value_original} for ${c.province_name} ${c.indicator_code} ${c.year}, where ${c.first_file}:${c.first_line} gives ${c.first_value_original}`,
        CHOICE_RULE,
        "warning",
      ),
  );
  return { warnings, total, settled: Number(counts.settled_groups) };
}

/** "3 conflicts settled in data/reviews/", or nothing. */
export function settledLine(settled: number): string | null {
  return settled > 0 ? `${settled} conflict${settled === 1 ? "" : "s"} settled in data/reviews/` : null;
}
