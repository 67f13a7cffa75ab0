// The loaders' context hands out the database twice: tables() once the inputs' tables are in
// (the documents' pages start then, beside the ranking of the actuals and the measures), db() once
// the measures are computed too. A run whose inputs are refused rejects both with the same error.
import { afterAll, expect, test } from "vitest";
import { rmSync } from "node:fs";
import { join } from "node:path";
import { createContext } from "../../src/pipeline/context.ts";
import { InputError } from "../../src/ingest/problems.ts";
import { makeDataDir } from "../helpers/data-dir.ts";

const data = makeDataDir({ documents: true, actuals: true });
afterAll(() => data.dispose());

test("tables() gives the inputs' tables before the actuals are ranked and the measures computed, on the same database as db()", async () => {
  const logged: string[] = [];
  const context = createContext(data.dir, (m) => logged.push(m), { threads: 1 });
  // What the run had logged when tables() resolved: its callback runs before the next statement of
  // the run can end (a statement ends in a later turn of the event loop).
  const tables = context.tables!().then((conn) => ({ conn, logged: [...logged] }));
  const [early, conn] = await Promise.all([tables, context.db()]);
  expect(early.conn).toBe(conn);
  expect(early.logged.some((m) => m.startsWith("validated"))).toBe(true);
  expect(early.logged).not.toContain("loaded the inputs into DuckDB");
  expect(logged).toContain("loaded the inputs into DuckDB");
  expect(logged.some((m) => m.startsWith("computed the measures"))).toBe(true);
  const count = async (table: string) => (await conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${table}`)).getRowObjectsJS()[0].n;
  expect(await count("documents")).toBe(34);
  expect(await count("progress")).toBeGreaterThan(100);
  conn.closeSync();
}, 120_000);

test("refused inputs reject tables() and db() with the same error", async () => {
  data.write("actuals/bad.csv", "province,indicator,year,value,unit,status,source\n42,grdp_growth,20x6,8.1,percent_per_year,estimate,Cục Thống kê Hà Tĩnh\n");
  try {
    const context = createContext(data.dir, () => {}, { threads: 1 });
    const [tables, db] = await Promise.allSettled([context.tables!(), context.db()]);
    expect(tables.status).toBe("rejected");
    expect(db.status).toBe("rejected");
    const error = (tables as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(InputError);
    expect(error).toBe((db as PromiseRejectedResult).reason);
    expect(String(error)).toContain("bad.csv:2:");
  } finally {
    rmSync(join(data.dir, "actuals", "bad.csv"));
  }
}, 120_000);
