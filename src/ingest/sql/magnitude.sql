-- Values of level indicators about 30 times off their neighbours: the median of the same
-- province and indicator in the three years either side (each year's median over its sources),
-- or, when that series holds nothing else, the median of the provinces of the same year (at
-- least four, the row's own among them: one outlier barely moves a median, and a plain
-- aggregate costs far less than a median that leaves out each row in turn). Candidates of every file and of the documents serve as neighbours; only rows of
-- analysts' files (line > 0) are reported. Expects magnitude_indicators (indicator_code).
WITH levels AS (
  SELECT c.*
  FROM actual_candidates c
  JOIN magnitude_indicators USING (indicator_code)
  WHERE c.value > 0
),
yearly AS (
  SELECT units, province_code, indicator_code, year, median(value) AS value
  FROM levels
  GROUP BY units, province_code, indicator_code, year
),
same_year AS (
  SELECT units, indicator_code, year, median(value) AS provinces_median, count(*) AS provinces
  FROM yearly
  GROUP BY units, indicator_code, year
),
neighbours AS (
  SELECT
    y.units, y.province_code, y.indicator_code, y.year,
    median(y.value) OVER series AS series_median,
    min(y.year) OVER series AS series_from,
    max(y.year) OVER series AS series_to,
    s.provinces_median, s.provinces
  FROM yearly y
  JOIN same_year s USING (units, indicator_code, year)
  WINDOW series AS (PARTITION BY y.units, y.province_code, y.indicator_code ORDER BY y.year RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING EXCLUDE CURRENT ROW)
),
referenced AS (
  SELECT
    l.file, l.line, l.province_name, l.indicator_code, l.year, l.value, l.value_original, l.value_text, l.unit_original,
    coalesce(n.series_median, CASE WHEN n.provinces >= 4 THEN n.provinces_median END) AS reference,
    CASE WHEN n.series_median IS NOT NULL THEN 'series' ELSE 'provinces' END AS basis,
    n.series_from, n.series_to, n.provinces
  FROM levels l
  JOIN neighbours n USING (units, province_code, indicator_code, year)
  WHERE l.line > 0
)
SELECT *, value / reference AS ratio
FROM referenced
WHERE reference > 0 AND (value > 30 * reference OR value * 30 < reference)
ORDER BY file, line
