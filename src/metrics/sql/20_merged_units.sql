-- The 2025 merger: values of the 34 new units computed from their parts among the 63 provinces,
-- for the years before the new units report on their own. A unit that is one old province keeps
-- its series; otherwise additive indicators are summed where every part has a value, shares and
-- growth rates are averaged with GRDP weights (current prices) and per-capita values divided by
-- the implied population, where every part has the GRDP level; the rest is not computable.
CREATE OR REPLACE TABLE merged_units AS
WITH parts AS (
  SELECT p.unit_2025_code AS unit_code, p.code AS part_code, count(*) OVER (PARTITION BY p.unit_2025_code) AS parts
  FROM provinces p WHERE p.units = '63'
),
values_63 AS (
  SELECT province_code, indicator_code, year, value FROM actuals_ranked WHERE chosen AND units = '63'
),
grdp AS (
  SELECT province_code, year, value AS grdp FROM values_63 WHERE indicator_code = 'grdp_current'
),
joined AS (
  SELECT
    pa.unit_code, pa.parts, v.indicator_code, v.year, i.aggregation, i.unit,
    v.province_code, v.value, g.grdp,
    -- Growth is weighted by the previous year's GRDP: the economy the growth applies to.
    gp.grdp AS grdp_previous_year
  FROM parts pa
  JOIN values_63 v ON v.province_code = pa.part_code
  JOIN indicators i ON i.code = v.indicator_code
  LEFT JOIN grdp g ON g.province_code = v.province_code AND g.year = v.year
  LEFT JOIN grdp gp ON gp.province_code = v.province_code AND gp.year = v.year - 1
),
aggregated AS (
  SELECT
    unit_code, indicator_code, year, any_value(aggregation) AS aggregation, any_value(unit) AS unit,
    any_value(parts)::INTEGER AS parts, count(*)::INTEGER AS parts_with_data,
    count(grdp)::INTEGER AS parts_with_grdp, count(grdp_previous_year)::INTEGER AS parts_with_previous_grdp,
    sum(value) AS total,
    sum(value * grdp) / nullif(sum(grdp), 0) AS grdp_weighted,
    sum(value * grdp_previous_year) / nullif(sum(grdp_previous_year), 0) AS previous_grdp_weighted,
    sum(grdp) / nullif(sum(grdp / nullif(value, 0)), 0) AS per_capita,
    string_agg(province_code, '+' ORDER BY province_code) AS part_codes
  FROM joined
  GROUP BY unit_code, indicator_code, year
)
SELECT
  '34' AS units, a.unit_code AS province_code, u.name_vi AS province_name, a.indicator_code, a.year, a.unit,
  CASE
    WHEN a.parts = 1 THEN total
    WHEN a.parts_with_data < a.parts THEN NULL
    WHEN a.aggregation = 'sum' THEN total
    WHEN a.aggregation = 'grdp_weighted' AND a.unit = 'percent_per_year' AND a.parts_with_previous_grdp = a.parts THEN previous_grdp_weighted
    WHEN a.aggregation = 'grdp_weighted' AND a.unit <> 'percent_per_year' AND a.parts_with_grdp = a.parts THEN grdp_weighted
    WHEN a.aggregation = 'per_capita' AND a.parts_with_grdp = a.parts THEN per_capita
    ELSE NULL
  END AS value,
  CASE
    WHEN a.parts = 1 THEN 'same_territory'
    WHEN a.parts_with_data < a.parts THEN 'incomplete'
    WHEN a.aggregation = 'sum' THEN 'sum'
    WHEN a.aggregation = 'grdp_weighted' AND a.unit = 'percent_per_year' AND a.parts_with_previous_grdp = a.parts THEN 'grdp_weighted'
    WHEN a.aggregation = 'grdp_weighted' AND a.unit <> 'percent_per_year' AND a.parts_with_grdp = a.parts THEN 'grdp_weighted'
    WHEN a.aggregation = 'per_capita' AND a.parts_with_grdp = a.parts THEN 'implied_population'
    ELSE 'not_computable'
  END AS method,
  a.parts, a.parts_with_data, a.part_codes
FROM aggregated a
JOIN provinces u ON u.units = '34' AND u.code = a.unit_code;
