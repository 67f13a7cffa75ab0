// One of the threads that extract-parallel.ts starts: extracts the figures of its share of the
// documents, one result per document, and posts them back.
import { parentPort, workerData } from "node:worker_threads";
import { IndicatorMatcher } from "../extract/indicators.ts";
import type { Indicator } from "../ingest/catalog.ts";
import type { DocumentText } from "../ingest/documents.ts";
import { extractDocument } from "./figures.ts";

const { indicators, documents } = workerData as { indicators: Indicator[]; documents: DocumentText[] };
const matcher = new IndicatorMatcher(indicators);
parentPort!.postMessage(documents.map((d) => extractDocument(d, matcher)));
