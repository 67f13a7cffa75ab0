-- Every target after reviews, in the indicator's canonical unit, with the years that frame it:
-- base year b (the year before the period starts), period start, target year e, and the value a
-- range is judged against (its lower end, or its upper end for a lower-is-better indicator).
CREATE OR REPLACE TABLE targets AS
WITH t AS (
  SELECT
    f.figure_id AS target_id,
    f.doc, f.units, f.province_code, d.province AS province_name, d.term_start, d.term_end,
    f.indicator_code, i.name_vi AS indicator_name_vi, i.name_en AS indicator_name_en, i.direction,
    -- A yearly change is stated in points a year, whatever the indicator's unit.
    CASE WHEN f.kind = 'annual_change' THEN 'pp_per_year' ELSE i.unit END AS unit,
    i.unit AS series_unit,
    f.kind, f.comparator,
    f.unit AS unit_stated, f.value_low AS stated_low, f.value_high AS stated_high,
    CASE WHEN f.kind = 'annual_change' THEN 1 ELSE c.factor END AS factor,
    -- The term's first year: a term written 2020 - 2025 starts in 2021, a period 2021 - 2025 in 2021.
    CASE WHEN d.term_end - d.term_start >= 5 THEN d.term_start + 1 ELSE d.term_start END AS term_first_year,
    f.period_start, f.year AS target_year,
    TRY_CAST(regexp_extract(f.quote, 'giá so sánh (năm )?(\d{4})', 2) AS INTEGER) AS price_base,
    f.quote, f.review
  FROM figures f
  JOIN documents d ON d.file = f.doc
  JOIN indicators i ON i.code = f.indicator_code
  LEFT JOIN unit_conversions c ON c.from_unit = f.unit AND c.to_unit = i.unit
  WHERE f.role = 'target'
)
SELECT
  * EXCLUDE (factor, term_first_year, period_start),
  stated_low * factor AS target_low,
  stated_high * factor AS target_high,
  coalesce(period_start, term_first_year) AS period_start,
  coalesce(period_start, term_first_year) - 1 AS base_year,
  factor IS NULL AS unit_mismatch
FROM t;
