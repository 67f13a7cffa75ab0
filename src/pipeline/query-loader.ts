// Most loaders are one query over the warehouse written as Parquet: this says so once.
import { defineLoader, type DataLoader } from "./loader.ts";
import { queryToParquet } from "../db/duckdb.ts";

export function queryLoader(output: string, query: string): DataLoader {
  return defineLoader({
    output,
    async load(context) {
      return queryToParquet(await context.db(), query);
    },
  });
}
