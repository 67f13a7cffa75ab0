// Most loaders are one query over the warehouse written as Parquet: this says so once. `order`,
// the query's ORDER BY in the output's column names (a total order), lets a scoped re-run splice
// the file (scope.ts); a query whose rows are not each of one unit group gives none.
import { defineLoader, type DataLoader } from "./loader.ts";
import { queryToParquet, type ParquetLayout } from "../db/duckdb.ts";
import { spliceQuery } from "./scope.ts";

/**
 * The row groups of the outputs a province's page reads for its unit alone (progress, actuals,
 * growth, structure, figures), each sorted by unit: 4.096 rows, so that a page of the national
 * set fetches a few hundred kB of a file of megabytes (README, "A province's page at national scale").
 */
export const UNIT_READ: ParquetLayout = { rowGroupRows: 4096 };

export function queryLoader(output: string, query: string, order?: string, layout: ParquetLayout = {}): DataLoader {
  return defineLoader({
    output,
    async load(context) {
      return queryToParquet(await context.db(), query, layout);
    },
    ...(order && {
      async splice(context, previous) {
        return spliceQuery(await context.db(), query, order, previous, layout);
      },
    }),
  });
}
