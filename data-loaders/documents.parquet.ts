// documents.parquet: the documents' metadata (province, term, publisher, source), length and
// number of figures found, without their texts (those are in van-ban/[unit].parquet).
import { runIfMain } from "../src/pipeline/loader.ts";
import { queryLoader } from "../src/pipeline/query-loader.ts";

const query = `
  SELECT d.* EXCLUDE (text), coalesce(n.figures, 0)::INTEGER AS figure_count
  FROM documents d
  LEFT JOIN (SELECT doc, count(*) AS figures FROM figures GROUP BY doc) n ON n.doc = d.file
  ORDER BY d.file`;

const loader = queryLoader("documents.parquet", query);

export default loader;
await runIfMain(import.meta, loader);
