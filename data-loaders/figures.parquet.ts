// figures.parquet: every target and reported result found in the documents, after the analysts'
// reviews, with its quote, offsets and the document it came from.
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader, UNIT_READ } from "../src/pipeline/query-loader.ts";

const query = `
  SELECT f.*, d.province AS province_name, d.doc_type, d.published, d.term_start, d.term_end, d.publisher, d.title, d.source_url,
         i.name_vi AS indicator_name_vi, i.name_en AS indicator_name_en, i."group" AS indicator_group
  FROM figures f
  JOIN documents d ON d.file = f.doc
  LEFT JOIN indicators i ON i.code = f.indicator_code
  ORDER BY f.units, f.province_code, f.doc, f.quote_start, f.figure_id`;

// By unit first: a province's page reads its unit's row groups only (UNIT_READ).
const loader = queryLoader("figures.parquet", query, undefined, UNIT_READ);
export default loader;
await runIfMain(import.meta, loader);
