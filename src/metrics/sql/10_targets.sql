-- Every statement of a target: the documents' target figures (after reviews) and the targets typed
-- from paper (data/targets/), in the indicator's canonical unit, with the years that frame it:
-- the period's first year (a document's term, or the term the target year belongs to) and the
-- target year. A statement is one target's "source".
CREATE OR REPLACE TABLE target_statements AS
WITH stated AS (
  SELECT
    'document' AS source_type, f.figure_id AS statement_id, f.doc, NULL::VARCHAR AS file, NULL::INTEGER AS line,
    f.units, f.province_code, f.indicator_code, f.kind, f.comparator, f.value_low, f.value_high, f.unit AS unit_stated,
    -- A figure without a period takes its document's term; a year before that term (a 2020 level in
    -- a 2020-2025 resolution) belongs to the term of its own year.
    CASE
      WHEN f.period_start IS NOT NULL THEN f.period_start
      WHEN f.year < CASE WHEN d.term_end - d.term_start >= 5 THEN d.term_start + 1 ELSE d.term_start END THEN term_first_year_of(f.year)
      ELSE CASE WHEN d.term_end - d.term_start >= 5 THEN d.term_start + 1 ELSE d.term_start END
    END AS period_start,
    f.year AS target_year, f.quote, f.quote_start AS position,
    d.title AS source_title, NULL::VARCHAR AS page, d.source_url, d.published, f.review
  FROM figures f JOIN documents d ON d.file = f.doc
  WHERE f.role = 'target'
  UNION ALL
  SELECT
    'typed', left(md5(concat_ws('|', t.units, t.province_code, t.indicator_code, t.kind, t.comparator, t.value_low, t.value_high, t.unit, t.period_start, t.year, t.source_url, t.source_title)), 12),
    NULL, t.file, t.line,
    t.units, t.province_code, t.indicator_code, t.kind, t.comparator, t.value_low, t.value_high, t.unit,
    -- A typed target without a period belongs to the five-year term of its target year.
    coalesce(t.period_start, term_first_year_of(t.year)), t.year, t.quote, t.line,
    t.source_title, t.page, t.source_url, t.published, NULL
  FROM typed_targets t
)
SELECT
  s.*,
  i.unit AS series_unit,
  -- A yearly change is stated in points a year, whatever the indicator's unit.
  CASE WHEN s.kind = 'annual_change' THEN 1 ELSE c.factor END AS factor,
  -- Values in the canonical unit, rounded so that 4,5 tỷ USD and 4.500 triệu USD are one target.
  round(s.value_low * CASE WHEN s.kind = 'annual_change' THEN 1 ELSE c.factor END, 9) AS target_low,
  round(s.value_high * CASE WHEN s.kind = 'annual_change' THEN 1 ELSE c.factor END, 9) AS target_high
FROM stated s
JOIN indicators i ON i.code = s.indicator_code
LEFT JOIN unit_conversions c ON c.from_unit = s.unit_stated AND c.to_unit = i.unit;

-- One target per meaning: the same province, indicator, kind, comparator, period and values stated
-- in several documents or typed rows is one target. Its id is that of its first statement
-- (documents in file and position order, then typed files in line order).
CREATE OR REPLACE TABLE target_statement_groups AS
SELECT *,
  first_value(statement_id) OVER g AS target_id,
  row_number() OVER g AS statement_rank,
  count(*) OVER (PARTITION BY units, province_code, indicator_code, kind, comparator, period_start, target_year, target_low, target_high, stated_key) AS source_count
FROM (
  -- Values in the canonical unit make the key; a value whose unit does not convert keeps its stated form.
  SELECT *, CASE WHEN target_low IS NULL THEN value_low || ' ' || coalesce(value_high::VARCHAR, '') || ' ' || unit_stated END AS stated_key
  FROM target_statements
)
WINDOW g AS (
  PARTITION BY units, province_code, indicator_code, kind, comparator, period_start, target_year, target_low, target_high, stated_key
  ORDER BY source_type, doc, file, position, statement_id
);

-- Every target: its frame (base year b = the year before the period starts), the value a range
-- is judged against, whether its period has ended (its target year is before the as-of year),
-- and its term label.
CREATE OR REPLACE TABLE targets AS
SELECT
  g.target_id,
  g.doc, g.units, g.province_code, p.name_vi AS province_name, dm.term_start, dm.term_end,
  g.indicator_code, i.name_vi AS indicator_name_vi, i.name_en AS indicator_name_en, i.direction,
  CASE WHEN g.kind = 'annual_change' THEN 'pp_per_year' ELSE i.unit END AS unit,
  i.unit AS series_unit,
  g.kind, g.comparator,
  g.unit_stated, g.value_low AS stated_low, g.value_high AS stated_high,
  g.target_low, g.target_high,
  g.period_start, g.target_year, g.period_start - 1 AS base_year,
  TRY_CAST(regexp_extract(g.quote, 'giá so sánh (năm )?(\d{4})', 2) AS INTEGER) AS price_base,
  g.quote, g.review,
  g.factor IS NULL AS unit_mismatch,
  g.source_type, g.source_title, g.page AS source_page, g.source_url, g.file, g.line,
  g.source_count::INTEGER AS source_count,
  g.target_year < a.as_of_year AS period_ended,
  CASE WHEN g.period_start = g.target_year THEN g.target_year::VARCHAR ELSE g.period_start || '–' || g.target_year END AS term_label
FROM target_statement_groups g
JOIN indicators i ON i.code = g.indicator_code
LEFT JOIN provinces p ON p.units = g.units AND p.code = g.province_code
LEFT JOIN documents dm ON dm.file = g.doc
CROSS JOIN as_of a
WHERE g.statement_rank = 1;

-- Every statement of every target, for the page that lists a target's sources.
CREATE OR REPLACE TABLE target_sources AS
SELECT
  g.target_id, g.source_type, g.doc, CASE WHEN g.source_type = 'document' THEN g.statement_id END AS figure_id,
  CASE WHEN g.source_type = 'document' THEN g.quote END AS quote,
  g.file, g.line, g.source_title, g.page, g.source_url, g.published,
  CASE WHEN g.source_type = 'typed' THEN g.quote END AS phrase,
  g.statement_rank::INTEGER AS statement_rank
FROM target_statement_groups g;
