// Rows go into DuckDB as newline-delimited JSON, except batches holding a row too long for its
// JSON reader (a document's text), which go through the appender: both ways store the same values.
import { expect, test } from "vitest";
import { createHash } from "node:crypto";
import { connectAgain, insertRows, LONG_ROW_CHARS, openDatabase, queryRows, type ColumnSpec } from "../../src/db/duckdb.ts";

const COLUMNS: ColumnSpec[] = [
  { name: "file", type: "VARCHAR" },
  { name: "year", type: "INTEGER" },
  { name: "value", type: "DOUBLE" },
  { name: "flag", type: "BOOLEAN" },
  { name: "figure_id", type: "VARCHAR", from: "id" },
  { name: "text", type: "VARCHAR" },
];
const ROWS = [
  { file: "a.txt", year: 2025, value: 0.1 + 0.2, flag: true, id: "f1", text: "Tăng trưởng 8,5%\n\"trích\"" },
  { file: "b.txt", year: "2026", value: Number.NaN, flag: false, id: "f2", text: "" },
  { file: "c.txt", value: -1.5e-300, id: "f3" },
  { file: "d.txt", year: 2030, value: 7, flag: null, id: null, text: "\u0000\u001f tab\there" },
];
const read = (conn: Awaited<ReturnType<typeof openDatabase>>, table: string) =>
  queryRows(conn, `SELECT file, year, value, flag, figure_id, text FROM ${table} ORDER BY file`);

test("a batch with a row over the JSON reader's comfort goes through the appender and stores the same values", async () => {
  const conn = await openDatabase();
  await insertRows(conn, "by_json", COLUMNS, ROWS);
  // Just past the threshold (tests/unit/input-files.test.ts sends a 17 MB document through the pipeline).
  const long = "Đoạn văn dài. ".repeat(Math.ceil((LONG_ROW_CHARS + 1) / 14));
  expect(long.length).toBeGreaterThan(LONG_ROW_CHARS);
  await insertRows(conn, "by_appender", COLUMNS, [...ROWS, { file: "z.txt", year: 2020, value: 1, flag: true, id: "f9", text: long }]);

  const json = await read(conn, "by_json");
  expect(json).toEqual([
    { file: "a.txt", year: 2025, value: 0.30000000000000004, flag: true, figure_id: "f1", text: "Tăng trưởng 8,5%\n\"trích\"" },
    { file: "b.txt", year: 2026, value: null, flag: false, figure_id: "f2", text: "" },
    { file: "c.txt", year: null, value: -1.5e-300, flag: null, figure_id: "f3", text: null },
    { file: "d.txt", year: 2030, value: 7, flag: null, figure_id: null, text: "\u0000\u001f tab\there" },
  ]);
  const appended = await read(conn, "by_appender");
  expect(appended.slice(0, 4)).toEqual(json);
  expect(await queryRows(conn, "SELECT length(text)::INTEGER AS n, md5(text) AS md5 FROM by_appender WHERE file = 'z.txt'")).toEqual([
    { n: long.length, md5: createHash("md5").update(long).digest("hex") },
  ]);
}, 60_000);

test("connectAgain: another connection to the same tables, whose statements run beside the first's, without its TEMP tables", async () => {
  const first = await openDatabase({ threads: 1 });
  await insertRows(first, "shared_rows", COLUMNS, ROWS);
  await first.run("CREATE TEMP TABLE only_first AS SELECT 1 AS x");
  const second = await connectAgain(first);
  expect((await read(second, "shared_rows")).map((r) => r.file)).toEqual(["a.txt", "b.txt", "c.txt", "d.txt"]);
  await expect(second.run("SELECT * FROM only_first")).rejects.toThrow(/only_first/);
  // A long statement on one connection does not hold the other's: the short one ends first.
  const ended: string[] = [];
  const long = first.run("SELECT count(*) FROM range(300000000) a WHERE a.range % 7 = 3").then(() => ended.push("long"));
  const short = second.run("SELECT 42").then(() => ended.push("short"));
  await Promise.all([long, short]);
  expect(ended).toEqual(["short", "long"]);
  await expect(connectAgain({} as typeof first)).rejects.toThrow(/not a connection made by openDatabase/);
});
