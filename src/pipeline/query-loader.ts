// Most loaders are one query over the warehouse written as Parquet: this says so once. `order`,
// the query's ORDER BY in the output's column names (a total order), lets a scoped re-run splice
// the file (scope.ts); a query whose rows are not each of one unit group gives none.
import { defineLoader, type DataLoader } from "./loader.ts";
import { queryToParquet } from "../db/duckdb.ts";
import { spliceQuery } from "./scope.ts";

export function queryLoader(output: string, query: string, order?: string): DataLoader {
  return defineLoader({
    output,
    async load(context) {
      return queryToParquet(await context.db(), query);
    },
    ...(order && {
      async splice(context, previous) {
        return spliceQuery(await context.db(), query, order, previous);
      },
    }),
  });
}
