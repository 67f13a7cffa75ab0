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

async function pages(context: LoaderContext): Promise<DuckDBConnection> {
  const conn = await context.db();
  await conn.run(PAGES);
  return conn;
}

const loader: ParameterizedLoader = {
  output: "van-ban/[unit].parquet",
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
