-- The yearly series every measure reads: the chosen actuals, and for the 34 new units the values
-- merged from their parts where the unit has no value of its own for that year.
CREATE OR REPLACE TABLE series AS
SELECT units, province_code, indicator_code, year, value, price_base, status, source, 'actuals' AS origin
FROM actuals_ranked WHERE chosen
UNION ALL
SELECT m.units, m.province_code, m.indicator_code, m.year, m.value, NULL, 'merged', 'computed from ' || m.part_codes || ' (' || m.method || ')', 'merged'
FROM merged_units m
WHERE m.value IS NOT NULL
  AND NOT EXISTS (
    SELECT 1 FROM actuals_ranked a
    WHERE a.chosen AND a.units = m.units AND a.province_code = m.province_code AND a.indicator_code = m.indicator_code AND a.year = m.year
  );
