// One of the threads that extract-parallel.ts starts: extracts the figures of its share of the
// documents into its own NDJSON file (staged-figures.ts) and posts back what it wrote.
import { parentPort, workerData } from "node:worker_threads";
import { IndicatorMatcher } from "../extract/indicators.ts";
import type { Indicator } from "../ingest/catalog.ts";
import type { DocumentText } from "../ingest/documents.ts";
import { stageShare } from "./staged-figures.ts";

const { indicators, documents, keys, places, file } = workerData as { indicators: Indicator[]; documents: DocumentText[]; keys: string[]; places: number[]; file: string };
parentPort!.postMessage(stageShare(documents, keys, places, new IndicatorMatcher(indicators), file));
