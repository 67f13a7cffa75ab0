// Reads a small precomputed Parquet file into an array of plain objects with hyparquet (pure
// JavaScript, a few tens of kB), so that the main pages never load DuckDB-WASM or parquet-wasm.
// Pages call FileAttachment(...).arrayBuffer() themselves: Framework treats an attachment whose
// method it cannot see as .parquet(), which would pull apache-arrow and parquet-wasm from a CDN.
import {asyncBufferFromUrl, parquetReadObjects} from "hyparquet";

/** `columns`: only these columns (a wide file's first use may need few of them). */
export function readParquet(buffer, {columns} = {}) {
  return parquetReadObjects({file: buffer, columns});
}

/** The rows of an output that may not exist yet (an empty stand-in file): none. */
export async function readOptionalParquet(buffer) {
  if (!buffer || buffer.byteLength === 0) return [];
  return parquetReadObjects({file: buffer});
}

/** Below this size a file is fetched whole: ranges would cost more requests than the bytes they save. */
const WHOLE_FILE_BYTES = 256 * 1024;

/**
 * The rows of one unit (`units`, `provinceCode`) of an output sorted by unit and written in small
 * row groups (src/pipeline/query-loader.ts, UNIT_READ). A large file (the national set's are
 * megabytes) is read by HTTP range requests: its footer, then only the row groups whose statistics
 * may hold the unit. `file`: the FileAttachment's address and size. A server that ignores ranges
 * sends the whole file once, and the rows are the same.
 */
export async function readUnitRows(file, units, provinceCode) {
  const filter = {units: {$eq: units}, province_code: {$eq: provinceCode}};
  if (!(file.size > WHOLE_FILE_BYTES)) {
    // As FileAttachment's own reads do: an answer that is not the file is an error, not Parquet to decode.
    const response = await fetch(file.href);
    if (!response.ok) throw new Error(`Unable to load file: ${file.href} (${response.status})`);
    return parquetReadObjects({file: await response.arrayBuffer(), filter});
  }
  const buffer = await asyncBufferFromUrl({url: file.href, byteLength: file.size});
  // The footer of a file in row groups of 4.096 rows is tens of kB; hyparquet's first read would
  // take 512 kB from the file's end, most of it rows of other units.
  return parquetReadObjects({file: buffer, filter, initialFetchSize: 32 * 1024});
}
