// Several rows for the same province, indicator and year are normal (an estimate, then the
// official figure; the statistics office and a newspaper). Where their values differ, each later
// row gets a warning naming the other; the pipeline still runs and chooses one (see the README).
import type { DuckDBConnection } from "@duckdb/node-api";
import { queryRows } from "../db/duckdb.ts";
import { sqlFile } from "../db/sql-file.ts";
import { Problem } from "./problems.ts";

export const CHOICE_RULE =
  "one value per province, indicator and year (the pipeline chooses one; README: Resolving a conflict)";

const CONFLICTS = sqlFile(new URL("./sql/conflicts.sql", import.meta.url));

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
  total: number;
}

/**
 * The warnings over actual_candidates, at most `limit` of them (the pipeline prints a
 * screenful; `validate` all), and how many conflicting rows there are in all.
 */
export async function conflictWarnings(conn: DuckDBConnection, pathOf: (file: string) => string, limit = Infinity): Promise<{ warnings: Problem[]; total: number }> {
  const rows = await queryRows<ConflictRow>(conn, Number.isFinite(limit) ? `${CONFLICTS} LIMIT ${Math.max(0, Math.floor(limit))}` : CONFLICTS);
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
  return { warnings, total: rows.length > 0 ? Number(rows[0].total) : 0 };
}
