// The units a reader sees in the measures' sentences (reason_vi) are words, never codes: the SQL
// macro unit_vi (src/metrics/sql/00_macros.sql) says what the site's unitLabel says.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { openDatabase, queryRows } from "../../src/db/duckdb.ts";
import { unitLabel } from "../../docs/components/format.js";

test("unit_vi names multiples of a year or of a term, houses and unknown codes in Vietnamese", async () => {
  const conn = await openDatabase({ threads: 1 });
  try {
    await conn.run(readFileSync("src/metrics/sql/00_macros.sql", "utf8"));
    const units = ["times_2016-2020", "times_2025", "houses", "percent_per_year", "furlongs"];
    const rows = await queryRows(conn, `SELECT u, unit_vi(u) AS words FROM (VALUES ${units.map((u) => `('${u}')`).join(", ")}) t(u)`);
    expect(Object.fromEntries(rows.map((r) => [r.u, r.words]))).toEqual({
      "times_2016-2020": "lần so với giai đoạn 2016-2020",
      times_2025: "lần so với năm 2025",
      houses: "căn nhà",
      percent_per_year: "%/năm",
      furlongs: "một đơn vị khác",
    });
    // The pages say the same for the units both name.
    for (const u of units.slice(0, 4)) expect(unitLabel(u)).toBe(rows.find((r) => r.u === u)!.words);
  } finally {
    conn.closeSync();
  }
});
