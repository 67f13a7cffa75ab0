import { parquetReadObjects } from "hyparquet";
import { readFileSync } from "node:fs";
const [file, ...filters] = process.argv.slice(2);
const b = readFileSync(file);
const rows = await parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.length) });
for (const r of rows) { if (filters.every((f) => { const [k, v] = f.split("="); return String(r[k]) === v; })) console.log(JSON.stringify(r)); }
