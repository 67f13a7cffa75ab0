-- Average growth targets ("tăng trưởng kinh tế bình quân 7,0 - 7,5%/năm"). A CAGR of growth rates
-- means nothing, so growth is compared with growth: the achieved average is the geometric mean
-- of the yearly rates with data, ĝ = (Π(1+g_i))^(1/n) - 1; the growth still required of the years
-- without data to reach the lower end (and the upper end) over the N years of the period is
-- ((1+g*)^N / Π(1+g_i))^(1/(N-n)) - 1; the ratio ln(Π(1+g_i)) / (n·ln(1+g*)) compares the index
-- reached with the target path over the same years. A one-year plan compares that year's growth.
CREATE OR REPLACE TABLE progress_avg_growth AS
WITH t AS (
  SELECT * FROM targets WHERE kind = 'avg_growth'
),
window_rows AS (
  SELECT t.target_id, s.year, s.value, s.price_base
  FROM t JOIN series s
    ON s.units = t.units AND s.province_code = t.province_code AND s.indicator_code = t.indicator_code
   AND s.year BETWEEN t.period_start AND t.target_year
),
usable AS (
  SELECT w.* FROM window_rows w JOIN t USING (target_id)
  WHERE t.price_base IS NULL OR w.price_base IS NULL OR w.price_base = t.price_base
),
agg AS (
  SELECT target_id,
    count(*)::INTEGER AS points,
    product(1 + value / 100) AS growth_index,
    max(year) AS latest_year,
    arg_max(value, year) AS latest_value,
    count(DISTINCT price_base)::INTEGER AS price_bases
  FROM usable GROUP BY target_id
),
framed AS (
  SELECT t.*, coalesce(a.points, 0) AS points, a.growth_index, a.latest_year, a.latest_value, a.price_bases,
    (SELECT count(*) FROM window_rows w WHERE w.target_id = t.target_id) AS rows_any_base,
    t.target_year - t.period_start + 1 AS period_years,
    CASE WHEN t.direction = 'down' OR t.comparator = 'lte' THEN -1 ELSE 1 END AS d
  FROM t LEFT JOIN agg a USING (target_id)
),
measured AS (
  SELECT *,
    CASE WHEN comparator = 'range' AND d < 0 THEN target_high ELSE target_low END AS ref,
    CASE WHEN points > 0 THEN (pow(growth_index, 1.0 / points) - 1) * 100 END AS achieved_growth,
    period_years - points AS years_without_data
  FROM framed
)
SELECT
  target_id,
  NULL::DOUBLE AS base_value, latest_year, latest_value, points,
  achieved_growth,
  CASE WHEN points > 0 AND years_without_data > 0 THEN (pow(pow(1 + target_low / 100, period_years) / growth_index, 1.0 / years_without_data) - 1) * 100 END AS required_growth,
  NULL::DOUBLE AS required_growth_from_base,
  CASE WHEN points > 0 AND years_without_data > 0 AND target_high IS NOT NULL THEN (pow(pow(1 + target_high / 100, period_years) / growth_index, 1.0 / years_without_data) - 1) * 100 END AS required_growth_high,
  'percent_per_year' AS rate_unit,
  CASE WHEN points > 0 AND abs(ln(1 + ref / 100)) > 1e-12 THEN d * ln(growth_index) / (points * abs(ln(1 + ref / 100))) END AS ratio,
  achieved_growth AS projected_value,
  achieved_growth - ref AS gap,
  d AS direction_sign,
  CASE
    WHEN points = 0 AND rows_any_base > 0 THEN 'no_data'
    WHEN price_bases > 1 THEN 'no_data'
    WHEN points = 0 THEN 'no_data'
    WHEN latest_year = target_year AND meets_target(achieved_growth, comparator, target_low, target_high, d) THEN 'achieved'
    WHEN abs(ln(1 + ref / 100)) <= 1e-12 THEN CASE WHEN d * achieved_growth >= 0 THEN 'on_track' ELSE 'deteriorating' END
    ELSE status_from_ratio(d * ln(growth_index) / (points * abs(ln(1 + ref / 100))))
  END AS status,
  CASE
    WHEN points = 0 AND rows_any_base > 0 THEN 'the actuals are at another price base than the target (' || price_base || ')'
    WHEN price_bases > 1 THEN 'the actuals mix price bases'
    WHEN points = 0 THEN 'no growth rate between ' || period_start || ' and ' || target_year
  END AS reason
FROM measured;
