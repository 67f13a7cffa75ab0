// A province's page reads only its unit's rows of the national files (docs/components/parquet.js,
// readUnitRows): the outputs it reads are sorted by unit in row groups of 4.096 rows
// (src/pipeline/query-loader.ts, UNIT_READ), and the page fetches the file's footer and the row
// groups whose statistics may hold the unit, by HTTP range requests. Here a file of 60.000 rows in
// that layout is served with ranges (as any web server, and the tests' own, serves it): the page's
// function returns exactly the unit's rows, fetching a small part of the file; a server that
// ignores ranges gives the same rows.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer, type Server } from "node:http";
import { parquetMetadata } from "hyparquet";
import { openDatabase, queryRows, queryToParquet } from "../../src/db/duckdb.ts";
import { UNIT_READ } from "../../src/pipeline/query-loader.ts";
import { readUnitRows } from "../../docs/components/parquet.js";
import { byteRange, serveStatic, type RunningServer } from "../e2e/static-server.ts";

// 60.000 rows over 97 units (34 of the new units, 63 of the old provinces), in unit order as the loaders write them.
const ROWS = `
  SELECT CASE WHEN i % 97 < 34 THEN '34' ELSE '63' END AS units, lpad(((i % 97) % 34 * 3 + 1)::VARCHAR, 2, '0') AS province_code,
         i AS id, 'chỉ tiêu ' || i AS quote, (i * 7 % 1000) / 10 AS value
  FROM range(60000) t(i)`;
const ORDERED = `SELECT * FROM (${ROWS}) ORDER BY units, province_code, id`;

let root: string;
let bytes: Uint8Array;
let server: RunningServer;
const ranges: string[] = [];
let plain: Server;
let plainUrl: string;
let expected: Record<string, unknown>[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "chitieu-unit-rows-"));
  const conn = await openDatabase({ threads: 1 });
  bytes = await queryToParquet(conn, ORDERED, UNIT_READ);
  expected = await queryRows(conn, `SELECT * FROM (${ORDERED}) WHERE units = '34' AND province_code = '43' ORDER BY id`);
  conn.closeSync();
  writeFileSync(join(root, "progress.parquet"), bytes);
  server = await serveStatic(root);
  // The same file from a server that answers every request with the whole file (no ranges).
  plain = createServer((req, res) => {
    ranges.push(req.headers.range ?? "whole");
    res.writeHead(200, { "content-type": "application/vnd.apache.parquet" }).end(bytes);
  });
  await new Promise<void>((resolve) => plain.listen(0, "127.0.0.1", resolve));
  const address = plain.address();
  plainUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});
afterAll(async () => {
  await server?.close();
  plain?.closeAllConnections();
  await new Promise((resolve) => plain?.close(resolve));
  if (root) rmSync(root, { recursive: true, force: true });
});

/** fetch, counting the bytes of each answer. */
function countingFetch(): { fetch: typeof fetch; received: number[] } {
  const received: number[] = [];
  const original = globalThis.fetch;
  return {
    received,
    fetch: async (input, init) => {
      const response = await original(input, init);
      const body = await response.arrayBuffer();
      received.push(body.byteLength);
      return new Response(body, { status: response.status, headers: response.headers });
    },
  };
}

describe("a unit's rows of a national file", () => {
  test("the loaders' layout: row groups of 4.096 rows, each unit's rows together", () => {
    const metadata = parquetMetadata(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(metadata.row_groups.map((g) => Number(g.num_rows))).toEqual([...Array(14).fill(4096), 60000 - 14 * 4096]);
    expect(bytes.length).toBeGreaterThan(256 * 1024);
  });

  test("the same row groups on 1 and 4 threads, also for a few thousand rows (which several threads once wrote as one group)", async () => {
    const groups: Record<number, number[]> = {};
    for (const threads of [1, 4]) {
      const conn = await openDatabase({ threads });
      const file = await queryToParquet(conn, `SELECT * FROM (${ORDERED}) WHERE id < 5000 ORDER BY units, province_code, id`, UNIT_READ);
      conn.closeSync();
      groups[threads] = parquetMetadata(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer).row_groups.map((g) => Number(g.num_rows));
    }
    expect(groups[1]).toEqual([4096, 904]);
    expect(groups[4]).toEqual(groups[1]);
  });

  test("read by ranges: exactly the unit's rows, fetching under a fifth of the file", async () => {
    const counted = countingFetch();
    const saved = globalThis.fetch;
    globalThis.fetch = counted.fetch;
    try {
      const rows = await readUnitRows({ href: `${server.url}/progress.parquet`, size: bytes.length }, "34", "43");
      expect(rows.length).toBe(expected.length);
      // 60.000 / 97 rows for each unit: 619 (0, 97, …) or 618.
      expect(rows.length).toBeGreaterThanOrEqual(618);
      expect(rows.map((r) => [r.units, r.province_code, Number(r.id), r.quote, r.value])).toEqual(
        expected.map((r) => [r.units, r.province_code, Number(r.id), r.quote, r.value]),
      );
      const fetched = counted.received.reduce((a, b) => a + b, 0);
      expect(fetched).toBeLessThan(bytes.length / 5);
      expect(counted.received.length).toBeGreaterThanOrEqual(2);
    } finally {
      globalThis.fetch = saved;
    }
  });

  test("a unit the file does not hold: no rows; a server without ranges: the same rows, the file fetched once", async () => {
    expect(await readUnitRows({ href: `${server.url}/progress.parquet`, size: bytes.length }, "63", "99")).toEqual([]);
    const rows = await readUnitRows({ href: `${plainUrl}/progress.parquet`, size: bytes.length }, "34", "43");
    expect(rows.map((r) => Number(r.id))).toEqual(expected.map((r) => Number(r.id)));
    // One request, which asked for a range and got the whole file; the other reads came from it.
    expect(ranges).toHaveLength(1);
    expect(ranges[0]).toMatch(/^bytes=/);
  });

  test("a file the server does not have is an error naming it, not rows", async () => {
    await expect(readUnitRows({ href: `${server.url}/gone.parquet`, size: 1000 }, "34", "43")).rejects.toThrow(`Unable to load file: ${server.url}/gone.parquet (404)`);
  });

  test("a small file is fetched whole, with the same rows", async () => {
    const conn = await openDatabase({ threads: 1 });
    const small = await queryToParquet(conn, `SELECT * FROM (${ORDERED}) WHERE id < 2000 ORDER BY units, province_code, id`, UNIT_READ);
    conn.closeSync();
    writeFileSync(join(root, "small.parquet"), small);
    expect(statSync(join(root, "small.parquet")).size).toBeLessThan(256 * 1024);
    const counted = countingFetch();
    const saved = globalThis.fetch;
    globalThis.fetch = counted.fetch;
    try {
      const rows = await readUnitRows({ href: `${server.url}/small.parquet`, size: small.length }, "34", "43");
      expect(rows.map((r) => Number(r.id))).toEqual(expected.filter((r) => Number(r.id) < 2000).map((r) => Number(r.id)));
      expect(counted.received).toEqual([small.length]);
    } finally {
      globalThis.fetch = saved;
    }
  });
});

test("byte ranges as a web server reads them", () => {
  expect(byteRange("bytes=0-99", 1000)).toEqual({ start: 0, end: 99 });
  expect(byteRange("bytes=900-", 1000)).toEqual({ start: 900, end: 999 });
  expect(byteRange("bytes=-50", 1000)).toEqual({ start: 950, end: 999 });
  expect(byteRange("bytes=990-2000", 1000)).toEqual({ start: 990, end: 999 });
  expect(byteRange("bytes=1000-", 1000)).toBe("unsatisfiable");
  expect(byteRange("bytes=0-1,5-9", 1000)).toBeNull();
  expect(byteRange(undefined, 1000)).toBeNull();
});
