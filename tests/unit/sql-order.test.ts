// No aggregate that feeds an output depends on the order in which DuckDB's threads meet the
// rows. determinism.test.ts runs the pipeline on 1, 2 and 4 threads and compares the bytes, but a
// group of three rows is split between threads only now and then; this reads the SQL itself, so a
// plain sum of doubles or an unordered list fails every time, not one run in five.
import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The SQL the outputs come from: the measures, the warehouse's tables and the loaders' queries. */
const SOURCES = ["src/metrics/sql", "src/pipeline/sql", "data-loaders/sql", "data-loaders", "data-loaders/van-ban"].flatMap((dir) =>
  readdirSync(dir).filter((f) => /\.(sql|ts)$/.test(f)).map((f) => join(dir, f)),
);

/** The text inside the parentheses that open at `open`. */
function argument(sql: string, open: number): string {
  let depth = 0;
  for (let i = open; i < sql.length; i++) {
    if (sql[i] === "(") depth++;
    else if (sql[i] === ")" && --depth === 0) return sql.slice(open + 1, i);
  }
  return sql.slice(open + 1);
}

const lineOf = (sql: string, index: number) => sql.slice(0, index).split("\n").length;

/** Problems of one SQL text, each with its line: sums of doubles, order-dependent aggregates, unordered windows. */
function orderProblems(text: string): string[] {
  // Comments out, lengths kept (line numbers stay right).
  const sql = text.replace(/--[^\n]*/g, (c) => " ".repeat(c.length));
  const problems: string[] = [];
  for (const m of sql.matchAll(/\b(\w+)\s*\(/gi)) {
    const name = m[1].toLowerCase();
    const open = m.index + m[0].length - 1;
    const arg = argument(sql, open);
    const at = `line ${lineOf(sql, m.index)}: ${name}(${arg.replace(/\s+/g, " ").slice(0, 60)})`;
    if (name === "sum" && !/^\s*exact\s*\(/i.test(arg) && !/::\s*DECIMAL/i.test(arg)) {
      problems.push(`${at}: a sum of doubles depends on the order it adds in; write sum(exact(x))::DOUBLE`);
    } else if (/^(avg|mean|product|fsum|sumkahan|kahan_sum|favg|stddev\w*|var_\w+|variance|corr|covar_\w+|regr_\w+)$/.test(name)) {
      problems.push(`${at}: floating-point arithmetic over the group's rows in no fixed order; use exact sums or an ordered list`);
    } else if (/^(any_value|arbitrary|first|last|mode)$/.test(name)) {
      problems.push(`${at}: picks a row by the order rows arrive in; use min, max or arg_min with a total key`);
    } else if (/^(string_agg|group_concat|listagg|list|array_agg)$/.test(name) && !/\bORDER\s+BY\b/i.test(arg) && !/\blist_sort\s*\(\s*$/i.test(sql.slice(0, m.index))) {
      // A list sorted once it is made (list_sort(list(x))) does not depend on the order either.
      problems.push(`${at}: collects rows in the order they arrive; add ORDER BY inside the call`);
    }
  }
  // A window that picks or numbers rows needs an order (a named window's definition holds it).
  for (const m of sql.matchAll(/\b(row_number|rank|dense_rank|first_value|last_value|nth_value|lag|lead|ntile)\s*\([^)]*\)\s*OVER\s*(\w+|\()/gi)) {
    const over = m[2] === "(" ? argument(sql, m.index + m[0].length - 1) : (new RegExp(`\\b${m[2]}\\s+AS\\s*\\(`, "i").exec(sql) ?? null);
    const definition = typeof over === "string" ? over : over ? argument(sql, over.index + over[0].length - 1) : "";
    if (!/\bORDER\s+BY\b/i.test(definition)) problems.push(`line ${lineOf(sql, m.index)}: ${m[1]}() over a window without ORDER BY`);
  }
  for (const m of sql.matchAll(/\bLIMIT\b/gi)) {
    const statement = sql.slice(sql.lastIndexOf(";", m.index) + 1, m.index);
    if (!/\bORDER\s+BY\b/i.test(statement)) problems.push(`line ${lineOf(sql, m.index)}: LIMIT without ORDER BY`);
  }
  return problems;
}

describe("the order of rows", () => {
  test("no SQL behind an output sums doubles, picks an arbitrary row or collects rows without an order", () => {
    expect(SOURCES.length).toBeGreaterThan(20);
    const found = SOURCES.flatMap((file) => orderProblems(readFileSync(file, "utf8")).map((p) => `${file}: ${p}`));
    expect(found).toEqual([]);
  });

  test("the check finds each kind of order-dependent aggregate", () => {
    expect(orderProblems("SELECT g, sum(value) AS s FROM t GROUP BY g")).toHaveLength(1);
    expect(orderProblems("SELECT sum(exact(value))::DOUBLE, sum(value::DECIMAL(38, 18)) FROM t")).toEqual([]);
    expect(orderProblems("SELECT avg(v), product(1 + v / 100) FROM t")).toHaveLength(2);
    expect(orderProblems("SELECT any_value(x), first(x) FROM t")).toHaveLength(2);
    expect(orderProblems("SELECT string_agg(s, ', '), list(x) FROM t")).toHaveLength(2);
    expect(orderProblems("SELECT string_agg(s, ', ' ORDER BY s), list(x ORDER BY y) FROM t")).toEqual([]);
    expect(orderProblems("SELECT list_sort(list({k: y, v: x})), list_sort(list_distinct(list(x))) FROM t")).toHaveLength(1);
    expect(orderProblems("SELECT row_number() OVER (PARTITION BY g) FROM t")).toHaveLength(1);
    expect(orderProblems("SELECT lag(v) OVER w FROM t WINDOW w AS (PARTITION BY g ORDER BY y)")).toEqual([]);
    expect(orderProblems("SELECT lag(v) OVER w FROM t WINDOW w AS (PARTITION BY g)")).toHaveLength(1);
    expect(orderProblems("SELECT * FROM t LIMIT 5")).toHaveLength(1);
    expect(orderProblems("SELECT * FROM t ORDER BY k LIMIT 5")).toEqual([]);
    // A comment may say anything.
    expect(orderProblems("-- sum(value) would not do\nSELECT 1")).toEqual([]);
    expect(orderProblems("SELECT 1\n\n, sum(v) FROM t")[0]).toMatch(/^line 3: sum\(v\)/);
  });
});
