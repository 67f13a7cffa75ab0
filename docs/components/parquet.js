// Reads a small precomputed Parquet file into an array of plain objects with hyparquet (pure
// JavaScript, a few tens of kB), so that the main pages never load DuckDB-WASM or parquet-wasm.
// Pages call FileAttachment(...).arrayBuffer() themselves: Framework treats an attachment whose
// method it cannot see as .parquet(), which would pull apache-arrow and parquet-wasm from a CDN.
import {parquetReadObjects} from "hyparquet";

/** `columns`: only these columns (a wide file's first use may need few of them). */
export function readParquet(buffer, {columns} = {}) {
  return parquetReadObjects({file: buffer, columns});
}

/** The rows of an output that may not exist yet (an empty stand-in file): none. */
export async function readOptionalParquet(buffer) {
  if (!buffer || buffer.byteLength === 0) return [];
  return parquetReadObjects({file: buffer});
}
