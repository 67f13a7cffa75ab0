-- Province × indicator × year: whether a value exists, of which status and from which kind of
-- source, and how many candidates disagree. Years span the actuals' first to last year; only
-- provinces and indicators with at least one value are listed. A series is keyed by codes and
-- named from the provinces catalog, never by a name as some input spells it ("Đồng Tháp" and
-- "Dong Thap" in documents.csv are one series), so the rows and their order are the same from
-- run to run.
WITH series AS (
  SELECT DISTINCT units, province_code, indicator_code FROM actuals_ranked
),
years AS (
  -- The years of all actuals (actual_years, taken before a scoped re-run keeps some provinces only).
  SELECT range::INTEGER AS year FROM range((SELECT min_year FROM actual_years), (SELECT max_year FROM actual_years) + 1)
),
chosen AS (
  SELECT * FROM actuals_ranked WHERE chosen
)
SELECT
  s.units, s.province_code, coalesce(p.name_vi, s.province_code) AS province_name, s.indicator_code, y.year,
  c.value IS NOT NULL AS has_value,
  c.value, c.unit, c.status, c.source_kind,
  coalesce(c.candidates, 0)::INTEGER AS candidates,
  coalesce(NOT c.same_values, false) AS conflict,
  c.choice_reason
FROM series s CROSS JOIN years y
LEFT JOIN chosen c ON c.units = s.units AND c.province_code = s.province_code AND c.indicator_code = s.indicator_code AND c.year = y.year
LEFT JOIN provinces p ON p.units = s.units AND p.code = s.province_code
ORDER BY s.units, s.province_code, s.indicator_code, y.year
