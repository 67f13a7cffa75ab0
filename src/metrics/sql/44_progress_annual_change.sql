-- Yearly change targets ("giảm tỷ lệ hộ nghèo bình quân mỗi năm từ 1%": a change of at most -1
-- point a year): the achieved average change a year since the base year against the target
-- change; the change a year still required of the remaining years.
CREATE OR REPLACE TABLE progress_annual_change AS
WITH t AS (
  SELECT * FROM targets WHERE kind = 'annual_change'
),
ends AS (
  SELECT t.target_id, arg_min(s.value, s.year) AS base_value, min(s.year) AS first_year,
    arg_max(s.value, s.year) AS latest_value, max(s.year) AS latest_year, count(*)::INTEGER AS points
  FROM t JOIN series s
    ON s.units = t.units AND s.province_code = t.province_code AND s.indicator_code = t.indicator_code
   AND s.year BETWEEN t.base_year AND t.target_year
  GROUP BY t.target_id
),
framed AS (
  SELECT t.*, e.base_value, e.first_year, e.latest_value, e.latest_year, coalesce(e.points, 0) AS points,
    -- A fall is the aim when the target change is negative.
    CASE WHEN t.target_low < 0 THEN -1 ELSE 1 END AS d,
    CASE WHEN e.latest_year > e.first_year THEN (e.latest_value - e.base_value) / (e.latest_year - e.first_year) END AS change_per_year
  FROM t LEFT JOIN ends e USING (target_id)
)
SELECT
  target_id,
  base_value, latest_year, latest_value, points,
  change_per_year AS achieved_growth,
  CASE WHEN change_per_year IS NOT NULL AND target_year > latest_year
       THEN (target_low * (target_year - first_year) - (latest_value - base_value)) / (target_year - latest_year) END AS required_growth,
  target_low AS required_growth_from_base,
  NULL::DOUBLE AS required_growth_high,
  'pp_per_year' AS rate_unit,
  CASE WHEN change_per_year IS NOT NULL AND abs(target_low) > 1e-9 THEN change_per_year / target_low END AS ratio,
  CASE WHEN change_per_year IS NOT NULL THEN latest_value + change_per_year * (target_year - latest_year) END AS projected_value,
  change_per_year - target_low AS gap,
  d AS direction_sign,
  CASE
    WHEN points < 2 OR change_per_year IS NULL THEN 'no_data'
    WHEN latest_year = target_year AND meets_target(change_per_year, comparator, target_low, target_high, d) THEN 'achieved'
    WHEN abs(target_low) <= 1e-9 THEN CASE WHEN change_per_year = 0 THEN 'on_track' ELSE 'limited_progress' END
    ELSE status_from_ratio(change_per_year / target_low)
  END AS status,
  CASE
    WHEN points = 0 THEN 'no actual value between ' || base_year || ' and ' || target_year
    WHEN points < 2 OR change_per_year IS NULL THEN 'one value only (' || latest_year || '): two are needed to measure a change'
  END AS reason
FROM framed;
