-- One row per document, with its text and its figures (a list ordered by position), keyed by
-- the unit whose page lists it ("63-82": units then statistics code). Each van-ban/[unit].parquet
-- is the rows of one unit; the table is made once per run and read per unit.
CREATE TABLE IF NOT EXISTS document_pages AS
SELECT
  d.units || '-' || d.province_code AS unit,
  d.file, d.province, d.province_code, d.units, d.doc_type, d.published, d.term_start, d.term_end,
  d.publisher, d.title, d.source_url, d.chars, d.text,
  coalesce(f.figures, []) AS figures
FROM documents d
LEFT JOIN (
  SELECT
    f.doc,
    -- Ordered by position then id (nulls last), as list(… ORDER BY quote_start, figure_id) would:
    -- sorting each finished list costs half what DuckDB's ordered aggregate does on 16.000
    -- documents. A struct sorts field by field, so the keys come first and the figure last.
    list_transform(list_sort(list({
      no_start: f.quote_start IS NULL, quote_start: f.quote_start, no_id: f.figure_id IS NULL, figure_id: f.figure_id,
      figure: {
        figure_id: f.figure_id, role: f.role, indicator_code: f.indicator_code, indicator_name_vi: i.name_vi,
        subject: f.subject, kind: f.kind, comparator: f.comparator, value_low: f.value_low, value_high: f.value_high,
        unit: f.unit, period_start: f.period_start, year: f.year, quote_start: f.quote_start, quote_end: f.quote_end,
        confidence: f.confidence, review: f.review
      }
    })), x -> x.figure) AS figures
  FROM figures f
  LEFT JOIN indicators i ON i.code = f.indicator_code
  GROUP BY f.doc
) f ON f.doc = d.file;
