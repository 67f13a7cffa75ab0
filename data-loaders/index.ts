// Every data loader, in the order the pipeline runs them. A new output file means a new loader
// file beside this one and a line here; van-ban/[unit].parquet is one file per unit with documents.
import type { Loader } from "../src/pipeline/loader.ts";
import provinces from "./provinces.parquet.ts";
import indicators from "./indicators.parquet.ts";
import documents from "./documents.parquet.ts";
import figures from "./figures.parquet.ts";
import reviews from "./reviews.parquet.ts";
import actuals from "./actuals.parquet.ts";
import actualsCandidates from "./actuals_candidates.parquet.ts";
import coverage from "./coverage.parquet.ts";
import progress from "./progress.parquet.ts";
import overviewCells from "./overview_cells.parquet.ts";
import overviewPace from "./overview_pace.parquet.ts";
import overviewGrowth from "./overview_growth.parquet.ts";
import mergedUnits from "./merged_units.parquet.ts";
import targetSources from "./target_sources.parquet.ts";
import collectNext from "./collect_next.parquet.ts";
import documentPages from "./van-ban/[unit].parquet.ts";
import growth from "./growth.parquet.ts";
import structure from "./structure.parquet.ts";
import indexCounts from "./index_counts.parquet.ts";

export const loaders: Loader[] = [provinces, indicators, documents, figures, reviews, actuals, actualsCandidates, coverage, progress, targetSources, overviewCells, overviewPace, overviewGrowth, growth, structure, mergedUnits, collectNext, indexCounts, documentPages];
