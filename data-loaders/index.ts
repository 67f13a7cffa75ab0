// Every data loader, in the order the pipeline runs them. A new output file means a new loader
// file beside this one and a line here.
import type { DataLoader } from "../src/pipeline/loader.ts";
import provinces from "./provinces.parquet.ts";
import indicators from "./indicators.parquet.ts";
import documents from "./documents.parquet.ts";
import documentTexts from "./document_texts.parquet.ts";
import figures from "./figures.parquet.ts";
import reviews from "./reviews.parquet.ts";
import actuals from "./actuals.parquet.ts";
import actualsCandidates from "./actuals_candidates.parquet.ts";
import coverage from "./coverage.parquet.ts";
import progress from "./progress.parquet.ts";
import mergedUnits from "./merged_units.parquet.ts";
import targetSources from "./target_sources.parquet.ts";
import collectNext from "./collect_next.parquet.ts";
import growth from "./growth.parquet.ts";
import structure from "./structure.parquet.ts";

export const loaders: DataLoader[] = [provinces, indicators, documents, documentTexts, figures, reviews, actuals, actualsCandidates, coverage, progress, targetSources, growth, structure, mergedUnits, collectNext];
