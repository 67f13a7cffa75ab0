// van-ban/[unit].parquet: for each province or unit with documents, its documents' metadata, full
// text and figures (with their offsets in the text), so that the page of a province's documents
// loads only that province's texts, and the number of files grows with the provinces, not with
// the documents. Run alone: tsx "data-loaders/van-ban/[unit].parquet.ts" --unit=63-82
import { runIfMain, type ParameterizedLoader } from "../../src/pipeline/loader.ts";
import { queryRows, queryToParquet, sqlString } from "../../src/db/duckdb.ts";
import { sqlFile } from "../../src/db/sql-file.ts";
import type { DuckDBConnection } from "@duckdb/node-api";
import type { LoaderContext } from "../../src/pipeline/context.ts";

const PAGES = sqlFile(new URL("../sql/document_pages.sql", import.meta.url));

// The connections that have made (or seen) the table: it is made once per database, yet
// `CREATE TABLE IF NOT EXISTS … AS` costs DuckDB 3 to 4 ms of planning even when the table exists,
// and the loader asks for it once per unit (a fifth of a whole run on the default data, 22 units).
const made = new WeakSet<DuckDBConnection>();

async function pages(context: LoaderContext): Promise<DuckDBConnection> {
  // The documents, their figures and the catalog only: it need not wait for the measures.
  const conn = await (context.tables?.() ?? context.db());
  if (!made.has(conn)) {
    await conn.run(PAGES);
    made.add(conn);
  }
  return conn;
}

const loader: ParameterizedLoader = {
  output: "van-ban/[unit].parquet",
  readsOnlyInputs: true,
  async values(context) {
    const rows = await queryRows<{ unit: string }>(await pages(context), "SELECT DISTINCT unit FROM document_pages ORDER BY unit");
    return rows.map((r) => r.unit);
  },
  async load(context, unit) {
    return queryToParquet(await pages(context), `SELECT * EXCLUDE (unit) FROM document_pages WHERE unit = ${sqlString(unit)} ORDER BY file`);
  },
};

export default loader;
await runIfMain(import.meta, loader);
