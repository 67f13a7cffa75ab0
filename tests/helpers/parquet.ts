// Reads a Parquet file into plain objects, as the site does (hyparquet).
import { readFileSync } from "node:fs";
import { parquetReadObjects } from "hyparquet";

export async function readParquetFile(file: string): Promise<Record<string, unknown>[]> {
  const b = readFileSync(file);
  return parquetReadObjects({ file: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer });
}
