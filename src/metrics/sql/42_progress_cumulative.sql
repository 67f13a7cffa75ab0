-- Cumulative targets ("tổng thu ngân sách giai đoạn 2021 - 2025 đạt 77.000 tỷ đồng"): the running
-- sum of the years with data against the pro-rata path (the target × years with data / years of
-- the period), and the yearly amount still required of the years without data.
CREATE OR REPLACE TABLE progress_cumulative AS
WITH t AS (
  SELECT * FROM targets WHERE kind = 'cumulative'
),
agg AS (
  SELECT t.target_id, count(*)::INTEGER AS points, sum(s.value) AS running_sum, max(s.year) AS latest_year, arg_max(s.value, s.year) AS latest_value
  FROM t JOIN series s
    ON s.units = t.units AND s.province_code = t.province_code AND s.indicator_code = t.indicator_code
   AND s.year BETWEEN t.period_start AND t.target_year
  GROUP BY t.target_id
),
framed AS (
  SELECT t.*, coalesce(a.points, 0) AS points, a.running_sum, a.latest_year, a.latest_value,
    t.target_year - t.period_start + 1 AS period_years,
    CASE WHEN t.direction = 'down' OR t.comparator = 'lte' THEN -1 ELSE 1 END AS d
  FROM t LEFT JOIN agg a USING (target_id)
)
SELECT
  target_id,
  NULL::DOUBLE AS base_value, latest_year, latest_value, points,
  CASE WHEN points > 0 THEN running_sum / points END AS achieved_growth,
  CASE WHEN points > 0 AND period_years > points THEN (target_low - running_sum) / (period_years - points) END AS required_growth,
  NULL::DOUBLE AS required_growth_from_base,
  NULL::DOUBLE AS required_growth_high,
  unit || '_per_year' AS rate_unit,
  CASE WHEN points > 0 AND target_low > 0 THEN running_sum / (target_low * points / period_years) END AS ratio,
  CASE WHEN points > 0 THEN running_sum / points * period_years END AS projected_value,
  running_sum - target_low AS gap,
  d AS direction_sign,
  CASE
    WHEN unit_mismatch OR points = 0 THEN 'no_data'
    WHEN meets_target(running_sum, comparator, target_low, target_high, d) THEN 'achieved'
    WHEN target_low <= 0 THEN 'no_data'
    WHEN d > 0 THEN status_from_ratio(running_sum / (target_low * points / period_years))
    -- At most an amount: on track while spending stays near or under the pro-rata path.
    WHEN running_sum / (target_low * points / period_years) <= 1.05 THEN 'on_track'
    ELSE 'limited_progress'
  END AS status,
  CASE
    WHEN unit_mismatch THEN 'the target''s unit ' || unit_stated || ' does not convert to ' || series_unit
    WHEN points = 0 THEN 'no actual value between ' || period_start || ' and ' || target_year
  END AS reason
FROM framed;
