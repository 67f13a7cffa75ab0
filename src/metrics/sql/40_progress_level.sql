-- Level targets ("GRDP bình quân đầu người năm 2025 đạt 91,5 - 93,5 triệu đồng"). Observed and
-- required compound growth from the base year, their ratio, the growth still required from the
-- latest year and the value projected at the target year. Shares and rates bounded by 100
-- (unit percent) are measured in percentage points a year instead: a CAGR of a share means
-- nothing. Direction: the catalog's, or for indicators with none (sector shares) the way from
-- the base value to the target.
CREATE OR REPLACE TABLE progress_level AS
WITH t AS (
  SELECT * FROM targets WHERE kind = 'level'
),
window_rows AS (
  SELECT t.target_id, s.year, s.value, s.price_base
  FROM t JOIN series s
    ON s.units = t.units AND s.province_code = t.province_code AND s.indicator_code = t.indicator_code
   AND s.year BETWEEN t.base_year AND t.target_year
),
usable AS (
  -- Values at another explicit price base than the target's never enter its series.
  SELECT w.* FROM window_rows w JOIN t USING (target_id)
  WHERE t.price_base IS NULL OR w.price_base IS NULL OR w.price_base = t.price_base
),
ends AS (
  SELECT target_id,
    arg_min(value, year) AS base_value, min(year) AS first_year,
    arg_max(value, year) AS latest_value, max(year) AS latest_year,
    count(*)::INTEGER AS points,
    count(DISTINCT price_base)::INTEGER AS price_bases
  FROM usable GROUP BY target_id
),
framed AS (
  SELECT t.*, e.base_value, e.first_year, e.latest_value, e.latest_year, coalesce(e.points, 0) AS points, e.price_bases,
    (SELECT count(*) FROM window_rows w WHERE w.target_id = t.target_id) AS rows_any_base,
    t.series_unit = 'percent' AS bounded,
    CASE
      WHEN t.direction = 'up' THEN 1
      WHEN t.direction = 'down' THEN -1
      WHEN t.comparator = 'gte' THEN 1
      WHEN t.comparator = 'lte' THEN -1
      WHEN e.base_value IS NULL THEN 1
      WHEN t.comparator = 'range' AND e.base_value > t.target_high THEN -1
      WHEN t.comparator = 'range' THEN 1
      WHEN t.target_low >= e.base_value THEN 1
      ELSE -1
    END AS d
  FROM t LEFT JOIN ends e USING (target_id)
),
measured AS (
  SELECT *,
    CASE WHEN comparator = 'range' AND d < 0 THEN target_high ELSE target_low END AS ref,
    latest_year - first_year AS observed_years,
    target_year - first_year AS planned_years,
    target_year - latest_year AS remaining_years
  FROM framed
),
rates AS (
  SELECT *,
    CASE
      WHEN points < 2 OR observed_years <= 0 THEN NULL
      WHEN bounded THEN (latest_value - base_value) / observed_years
      WHEN base_value > 0 AND latest_value > 0 THEN (pow(latest_value / base_value, 1.0 / observed_years) - 1) * 100
    END AS achieved_growth,
    CASE
      WHEN base_value IS NULL OR planned_years <= 0 THEN NULL
      WHEN bounded THEN (ref - base_value) / planned_years
      WHEN base_value > 0 AND ref > 0 THEN (pow(ref / base_value, 1.0 / planned_years) - 1) * 100
    END AS required_growth_from_base,
    CASE
      WHEN latest_value IS NULL OR remaining_years <= 0 THEN NULL
      WHEN bounded THEN (ref - latest_value) / remaining_years
      WHEN latest_value > 0 AND ref > 0 THEN (pow(ref / latest_value, 1.0 / remaining_years) - 1) * 100
    END AS required_growth
  FROM measured
)
SELECT
  target_id,
  base_value, latest_year, latest_value, points,
  achieved_growth, required_growth, required_growth_from_base,
  NULL::DOUBLE AS required_growth_high,
  CASE WHEN bounded THEN 'pp_per_year' ELSE 'percent_per_year' END AS rate_unit,
  CASE WHEN achieved_growth IS NOT NULL AND abs(required_growth_from_base) > 1e-9 THEN d * achieved_growth / abs(required_growth_from_base) END AS ratio,
  CASE
    WHEN achieved_growth IS NULL OR remaining_years < 0 THEN NULL
    WHEN bounded THEN latest_value + achieved_growth * remaining_years
    ELSE latest_value * pow(1 + achieved_growth / 100, remaining_years)
  END AS projected_value,
  latest_value - ref AS gap,
  d AS direction_sign,
  CASE
    WHEN unit_mismatch THEN 'no_data'
    WHEN points = 0 AND rows_any_base > 0 THEN 'no_data'
    WHEN price_bases > 1 THEN 'no_data'
    WHEN latest_year > base_year AND meets_target(latest_value, comparator, target_low, target_high, d) THEN 'achieved'
    WHEN points < 2 THEN 'no_data'
    WHEN achieved_growth IS NULL THEN 'no_data'
    WHEN abs(required_growth_from_base) <= 1e-9 THEN CASE WHEN d * achieved_growth >= 0 THEN 'on_track' ELSE 'deteriorating' END
    ELSE status_from_ratio(d * achieved_growth / abs(required_growth_from_base))
  END AS status,
  CASE
    WHEN unit_mismatch THEN 'the target''s unit ' || unit_stated || ' does not convert to ' || series_unit
    WHEN points = 0 AND rows_any_base > 0 THEN 'the actuals are at another price base than the target (' || price_base || ')'
    WHEN price_bases > 1 THEN 'the actuals mix price bases'
    WHEN points = 0 THEN 'no actual value between ' || base_year || ' and ' || target_year
    WHEN points < 2 THEN 'one value only (' || latest_year || '): two are needed to measure progress'
    WHEN achieved_growth IS NULL AND points >= 2 AND NOT meets_target(latest_value, comparator, target_low, target_high, d) THEN 'a value of zero or less: growth cannot be computed'
  END AS reason
FROM rates;
