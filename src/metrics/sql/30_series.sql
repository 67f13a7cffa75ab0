-- The yearly series every measure reads, one value per unit set, province, indicator and year:
-- the chosen actuals (outliers left out); for the 34 new units, the values computed from their
-- parts where the unit has no value of its own (merged_units); for an old province that is a new
-- unit's whole territory (Hà Tĩnh), the new unit's values where the old province has none (2025).
-- Each series is cut into segments at its breaks: a change of constant-price base between two
-- values that state one, and a change of poverty standard. Nothing is computed across a break.
CREATE OR REPLACE TABLE series AS
WITH own AS NOT MATERIALIZED (
  SELECT units, province_code, indicator_code, year, value, price_base, status, source, source_family, poverty_standard,
    'actuals' AS origin, 'reported' AS method
  FROM series_values WHERE NOT outlier
),
merged AS (
  SELECT m.units, m.province_code, m.indicator_code, m.year, m.value, NULL::INTEGER AS price_base, 'merged' AS status,
    'tính từ ' || m.part_codes || ' (' || m.method || ')' AS source, 'computed' AS source_family,
    CASE WHEN m.indicator_code LIKE 'poverty_rate%' THEN
      CASE WHEN m.year <= 2015 THEN '2011-2015' WHEN m.year <= 2021 THEN '2016-2020' WHEN m.year <= 2025 THEN '2022-2025' ELSE '2026-2030' END
    END AS poverty_standard,
    'merged' AS origin, m.method
  FROM merged_units m
  WHERE m.value IS NOT NULL
    AND NOT EXISTS (SELECT 1 FROM own o WHERE o.units = m.units AND o.province_code = m.province_code AND o.indicator_code = m.indicator_code AND o.year = m.year)
),
same_territory AS (
  -- The old province's code among the 63 whose new unit it is alone.
  SELECT p.code AS old_code, p.unit_2025_code AS new_code
  FROM provinces p WHERE p.units = '63'
  QUALIFY count(*) OVER (PARTITION BY p.unit_2025_code) = 1
),
continued AS (
  SELECT '63' AS units, st.old_code AS province_code, o.indicator_code, o.year, o.value, o.price_base, o.status, o.source, o.source_family, o.poverty_standard,
    'same_territory' AS origin, 'same_territory' AS method
  FROM own o JOIN same_territory st ON o.units = '34' AND o.province_code = st.new_code
  WHERE NOT EXISTS (SELECT 1 FROM own x WHERE x.units = '63' AND x.province_code = st.old_code AND x.indicator_code = o.indicator_code AND x.year = o.year)
),
combined AS NOT MATERIALIZED (
  SELECT * FROM own UNION ALL SELECT * FROM merged UNION ALL SELECT * FROM continued
),
price_base_breaks AS (
  -- Among the values that state a price base, those that state another than the one before.
  SELECT units, province_code, indicator_code, year,
    'đổi giá so sánh từ năm ' || previous || ' sang năm ' || price_base || ' từ năm ' || year AS break_vi
  FROM (
    SELECT *, lag(price_base) OVER (PARTITION BY units, province_code, indicator_code ORDER BY year) AS previous
    FROM combined WHERE price_base IS NOT NULL
  )
  WHERE previous IS NOT NULL AND previous <> price_base
),
standard_breaks AS (
  SELECT units, province_code, indicator_code, year,
    'đổi chuẩn nghèo từ ' || previous || ' sang ' || poverty_standard || ' từ năm ' || year AS break_vi
  FROM (
    SELECT *, lag(poverty_standard) OVER (PARTITION BY units, province_code, indicator_code ORDER BY year) AS previous
    FROM combined WHERE poverty_standard IS NOT NULL
  )
  WHERE previous IS NOT NULL AND previous <> poverty_standard
),
breaks AS (
  SELECT units, province_code, indicator_code, year, string_agg(break_vi, '; ' ORDER BY break_vi) AS break_vi
  FROM (SELECT * FROM price_base_breaks UNION ALL SELECT * FROM standard_breaks)
  GROUP BY units, province_code, indicator_code, year
),
broken_series AS (
  SELECT DISTINCT units, province_code, indicator_code FROM breaks
),
marked AS (
  SELECT c.*, b.break_vi, bs.units IS NOT NULL AS has_breaks
  FROM combined c
  LEFT JOIN breaks b USING (units, province_code, indicator_code, year)
  LEFT JOIN broken_series bs USING (units, province_code, indicator_code)
)
-- Segments are counted only along series that have a break (most have none).
SELECT units, province_code, indicator_code, year, value, price_base, status, source, source_family, poverty_standard, origin, method,
  0 AS segment, break_vi
FROM marked WHERE NOT has_breaks
UNION ALL
SELECT units, province_code, indicator_code, year, value, price_base, status, source, source_family, poverty_standard, origin, method,
  -- The breaks so far: a series holds one value a year, so the order is total.
  (count(break_vi) OVER (PARTITION BY units, province_code, indicator_code ORDER BY year))::INTEGER AS segment,
  break_vi
FROM marked WHERE has_breaks;
