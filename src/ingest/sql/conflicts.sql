-- Rows of the analysts' files (not documents' reported results) whose value differs from the
-- first row, in file and line order, for the same unit set, province, indicator and year, each
-- marked settled when an analyst's choice in data/reviews/ names one of its group's values.
CREATE OR REPLACE TEMP TABLE conflicting AS
WITH grouped AS (
  SELECT
    *,
    first_value(value) OVER w AS first_value,
    first_value(value_original) OVER w AS first_value_original,
    first_value(file) OVER w AS first_file,
    first_value(line) OVER w AS first_line
  FROM actual_candidates
  WHERE line > 0
  WINDOW w AS (PARTITION BY units, province_code, indicator_code, year ORDER BY file, line)
),
settled_groups AS (
  SELECT DISTINCT ch.units, ch.province_code, ch.indicator_code, ch.year
  FROM conflict_choices ch
  JOIN actual_candidates c
    ON ch.units = c.units AND ch.province_code = c.province_code AND ch.indicator_code = c.indicator_code AND ch.year = c.year
    AND (ch.value IS NULL OR abs(ch.value - c.value_original) < 1e-9 OR abs(ch.value - c.value) < 1e-9)
    AND (ch.source = '' OR ch.source = c.source)
)
SELECT g.file, g.line, g.units, g.province_code, g.value_original, g.province_name, g.indicator_code, g.year,
  g.first_file, g.first_line, g.first_value_original, s.year IS NOT NULL AS settled
FROM grouped g
LEFT JOIN settled_groups s USING (units, province_code, indicator_code, year)
WHERE g.value <> g.first_value
