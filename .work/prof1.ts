import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
const t0 = performance.now();
const raw = readFileSync("/tmp/g100/actuals/generated.csv", "utf8");
const t1 = performance.now();
const rows = parse(raw, { delimiter: ",", info: true, relax_column_count: true, skip_empty_lines: true });
const t2 = performance.now();
const rows2 = parse(raw, { delimiter: ",", relax_column_count: true, skip_empty_lines: true });
const t3 = performance.now();
let n=0; for (const line of raw.split("\n")) { const f = line.split(","); n += f.length; }
const t4 = performance.now();
console.log({read: t1-t0, parseInfo: t2-t1, parsePlain: t3-t2, split: t4-t3, rows: rows.length, rss: process.memoryUsage().rss/1e6});
