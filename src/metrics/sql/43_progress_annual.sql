-- Annual targets, the same every year ("tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ hàng năm đạt
-- trên 85%", "bình quân mỗi năm tạo việc làm cho 16.000 lao động"): the years met out of the
-- years with data. Achieved when every year of the period has data and met the target.
CREATE OR REPLACE TABLE progress_annual AS
WITH t AS (
  SELECT * FROM targets WHERE kind = 'annual'
),
framed0 AS (
  SELECT t.*, CASE WHEN t.direction = 'down' OR t.comparator = 'lte' THEN -1 ELSE 1 END AS d FROM t
),
agg AS (
  SELECT t.target_id, count(*)::INTEGER AS points,
    count(*) FILTER (WHERE meets_target(s.value, t.comparator, t.target_low, t.target_high, t.d))::INTEGER AS years_met,
    max(s.year) AS latest_year, arg_max(s.value, s.year) AS latest_value, avg(s.value) AS average
  FROM framed0 t JOIN series s
    ON s.units = t.units AND s.province_code = t.province_code AND s.indicator_code = t.indicator_code
   AND s.year BETWEEN t.period_start AND t.target_year
  GROUP BY t.target_id
),
framed AS (
  SELECT t.*, coalesce(a.points, 0) AS points, coalesce(a.years_met, 0) AS years_met, a.latest_year, a.latest_value, a.average,
    t.target_year - t.period_start + 1 AS period_years
  FROM framed0 t LEFT JOIN agg a USING (target_id)
)
SELECT
  target_id,
  NULL::DOUBLE AS base_value, latest_year, latest_value, points,
  average AS achieved_growth,
  target_low AS required_growth,
  NULL::DOUBLE AS required_growth_from_base,
  NULL::DOUBLE AS required_growth_high,
  unit || '_per_year' AS rate_unit,
  CASE WHEN points > 0 THEN years_met / points END AS ratio,
  NULL::DOUBLE AS projected_value,
  latest_value - target_low AS gap,
  d AS direction_sign,
  CASE
    WHEN unit_mismatch OR points = 0 THEN 'no_data'
    WHEN points = period_years AND years_met = points THEN 'achieved'
    ELSE status_from_ratio(years_met / points)
  END AS status,
  CASE
    WHEN unit_mismatch THEN 'the target''s unit ' || unit_stated || ' does not convert to ' || series_unit
    WHEN points = 0 THEN 'no actual value between ' || period_start || ' and ' || target_year
    ELSE years_met || ' of ' || points || ' years with data met the target'
  END AS reason
FROM framed;
