-- The 2025 merger: values of the 34 new units computed from their parts among the 63 provinces,
-- for the years before the new units report on their own. A unit that is one old province keeps
-- its series (same_territory). Otherwise, where every part has what the method needs:
--   sum             additive indicators (GRDP, budget revenue, exports, population) are summed;
--   per_capita      per-capita values are summed GRDP over summed population, or where the
--                   population is missing, over the population each part's GRDP and per-capita
--                   value imply;
--   share_components  shares of GRDP are the parts' components summed, i.e. the shares weighted
--                   by each part's GRDP of the same year;
--   grdp_weighted   growth rates are weighted by each part's GRDP of the previous year (the
--                   economy the growth applies to), other rates by the same year's GRDP;
--                   where some part lacks that year's GRDP, the weights are those of the nearest
--                   year (at most three away) in which every part has one: each part's share of
--                   the merged economy moves slowly (weight_year says which year);
--   not_computable  anything else, with the reason (which part lacks which value).
-- Outliers (15_series_values.sql) are left out, as everywhere.
CREATE OR REPLACE TABLE merged_units AS
WITH parts AS (
  SELECT p.unit_2025_code AS unit_code, p.code AS part_code, p.name_vi AS part_name,
    count(*) OVER (PARTITION BY p.unit_2025_code) AS parts
  FROM provinces p WHERE p.units = '63'
),
values_63 AS (
  SELECT province_code, indicator_code, year, value FROM series_values WHERE units = '63' AND NOT outlier
),
grdp AS (SELECT province_code, year, value AS grdp FROM values_63 WHERE indicator_code = 'grdp_current'),
population AS (SELECT province_code, year, value AS population FROM values_63 WHERE indicator_code = 'population'),
grdp_complete AS (
  -- The years in which every part of a unit has its GRDP.
  SELECT pa.unit_code, g.year FROM parts pa JOIN grdp g ON g.province_code = pa.part_code
  GROUP BY pa.unit_code, g.year HAVING count(*) = max(pa.parts)
),
cells AS (
  SELECT DISTINCT pa.unit_code, v.indicator_code, v.year,
    -- The GRDP a rate is weighted with: the previous year's for growth, the same year's otherwise.
    CASE WHEN i.unit = 'percent_per_year' THEN v.year - 1 ELSE v.year END AS wanted_weight_year
  FROM parts pa JOIN values_63 v ON v.province_code = pa.part_code JOIN indicators i ON i.code = v.indicator_code
),
weight_years AS (
  -- The nearest year with every part's GRDP, at most three away (of two as near, the earlier).
  SELECT c.unit_code, c.indicator_code, c.year,
    arg_min(gc.year, abs(gc.year - c.wanted_weight_year) * 10000 + gc.year) AS weight_year
  FROM cells c JOIN grdp_complete gc ON gc.unit_code = c.unit_code
  WHERE abs(gc.year - c.wanted_weight_year) <= 3
  GROUP BY c.unit_code, c.indicator_code, c.year
),
weighted_cells AS (
  SELECT c.*, w.weight_year FROM cells c LEFT JOIN weight_years w USING (unit_code, indicator_code, year)
),
joined AS (
  SELECT c.unit_code, c.indicator_code, c.year, c.weight_year, pa.parts, pa.part_code, pa.part_name, i.aggregation, i.unit,
    v.value, g.grdp, gw.grdp AS grdp_weight, po.population
  FROM weighted_cells c
  JOIN parts pa ON pa.unit_code = c.unit_code
  JOIN indicators i ON i.code = c.indicator_code
  LEFT JOIN values_63 v ON v.province_code = pa.part_code AND v.indicator_code = c.indicator_code AND v.year = c.year
  LEFT JOIN grdp g ON g.province_code = pa.part_code AND g.year = c.year
  LEFT JOIN grdp gw ON gw.province_code = pa.part_code AND gw.year = c.weight_year
  LEFT JOIN population po ON po.province_code = pa.part_code AND po.year = c.year
),
aggregated AS (
  SELECT
    -- The same in every row of a cell (max, not any_value: no choice between rows).
    unit_code, indicator_code, year, max(weight_year) AS weight_year, max(aggregation) AS aggregation, max(unit) AS unit,
    max(parts)::INTEGER AS parts,
    count(value)::INTEGER AS parts_with_data,
    count(grdp)::INTEGER AS parts_with_grdp,
    count(grdp_weight)::INTEGER AS parts_with_weight,
    count(population)::INTEGER AS parts_with_population,
    count(*) FILTER (WHERE value IS NOT NULL AND grdp IS NOT NULL)::INTEGER AS parts_with_value_and_grdp,
    count(*) FILTER (WHERE value IS NOT NULL AND grdp_weight IS NOT NULL)::INTEGER AS parts_with_value_and_weight,
    -- Exact sums (00_macros.sql): the parts' order does not change the last bits.
    sum(exact(value))::DOUBLE AS total,
    -- A unit that is one old province takes its value as it is, not through a decimal.
    max(value) AS only_value,
    sum(exact(value * grdp_weight))::DOUBLE / nullif(sum(exact(grdp_weight)) FILTER (WHERE value IS NOT NULL)::DOUBLE, 0) AS grdp_weighted,
    -- GRDP in tỷ đồng over persons is 1.000 triệu đồng a person.
    1000 * sum(exact(grdp))::DOUBLE / nullif(sum(exact(population))::DOUBLE, 0) AS per_capita_population,
    (sum(exact(grdp)) FILTER (WHERE value IS NOT NULL))::DOUBLE / nullif(sum(exact(grdp / nullif(value, 0)))::DOUBLE, 0) AS per_capita_implied,
  FROM joined
  GROUP BY unit_code, indicator_code, year
),
unit_parts AS (
  SELECT unit_code, string_agg(part_code, '+' ORDER BY part_code) AS part_codes FROM parts GROUP BY unit_code
),
methods AS (
  SELECT *,
    CASE
      WHEN parts = 1 THEN 'same_territory'
      WHEN aggregation = 'sum' AND parts_with_data = parts THEN 'sum'
      WHEN aggregation = 'per_capita' AND parts_with_grdp = parts AND parts_with_population = parts THEN 'per_capita'
      WHEN aggregation = 'per_capita' AND parts_with_value_and_grdp = parts THEN 'per_capita'
      WHEN aggregation = 'grdp_weighted' AND parts_with_value_and_weight = parts
        THEN CASE WHEN indicator_code LIKE 'share\_%' ESCAPE '\' THEN 'share_components' ELSE 'grdp_weighted' END
      ELSE 'not_computable'
    END AS method
  FROM aggregated
),
missing AS (
  -- Which parts lack what, for the cells that cannot be computed only (ordered lists cost).
  SELECT j.unit_code, j.indicator_code, j.year,
    string_agg(j.part_name || ' (' || j.part_code || ')', ', ' ORDER BY j.part_code) FILTER (WHERE j.value IS NULL) AS missing_value_parts,
    string_agg(j.part_name || ' (' || j.part_code || ')', ', ' ORDER BY j.part_code) FILTER (WHERE j.grdp IS NULL) AS missing_grdp_parts
  FROM joined j JOIN methods m USING (unit_code, indicator_code, year)
  WHERE m.method = 'not_computable'
  GROUP BY j.unit_code, j.indicator_code, j.year
)
SELECT
  '34' AS units, m.unit_code AS province_code, u.name_vi AS province_name, m.indicator_code, m.year, m.unit,
  CASE m.method
    WHEN 'same_territory' THEN m.only_value
    WHEN 'sum' THEN m.total
    WHEN 'per_capita' THEN CASE WHEN m.parts_with_grdp = m.parts AND m.parts_with_population = m.parts THEN m.per_capita_population ELSE m.per_capita_implied END
    WHEN 'grdp_weighted' THEN m.grdp_weighted
    WHEN 'share_components' THEN m.grdp_weighted
  END AS value,
  m.method,
  m.parts, m.parts_with_data, up.part_codes,
  CASE WHEN m.method IN ('grdp_weighted', 'share_components') THEN m.weight_year END AS weight_year,
  CASE
    WHEN m.method <> 'not_computable' THEN NULL
    WHEN m.aggregation = 'none' THEN 'chỉ tiêu này không cộng gộp được từ các tỉnh cũ'
    WHEN m.parts_with_data < m.parts THEN 'thiếu số liệu năm ' || m.year || ' của ' || x.missing_value_parts
    WHEN m.aggregation = 'grdp_weighted' THEN 'không năm nào gần năm ' || CASE WHEN m.unit = 'percent_per_year' THEN m.year - 1 ELSE m.year END
      || ' có GRDP giá hiện hành của mọi tỉnh cũ để làm trọng số'
    ELSE 'thiếu GRDP giá hiện hành năm ' || m.year || ' của ' || x.missing_grdp_parts
  END AS reason_vi
FROM methods m
JOIN unit_parts up USING (unit_code)
LEFT JOIN missing x USING (unit_code, indicator_code, year)
JOIN provinces u ON u.units = '34' AND u.code = m.unit_code;
