-- Rows of the analysts' files (not documents' reported results) whose value differs from the
-- first row, in file and line order, for the same unit set, province, indicator and year.
-- Ordered by where the first row of each group is, then by line, as an analyst reads the files.
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
)
SELECT file, line, value_original, province_name, indicator_code, year, first_file, first_line, first_value_original,
  count(*) OVER () AS total
FROM grouped
WHERE value <> first_value
ORDER BY first_file, first_line, file, line
