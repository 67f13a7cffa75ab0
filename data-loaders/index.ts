// Every data loader, in the order the pipeline runs them. A new output file means a new loader
// file beside this one and a line here.
import type { DataLoader } from "../src/pipeline/loader.ts";
import documents from "./documents.parquet.ts";
import indicators from "./indicators.parquet.ts";
import provinces from "./provinces.parquet.ts";

export const loaders: DataLoader[] = [documents, indicators, provinces];
