-- Annual targets, the same every year ("tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ hàng năm đạt
-- trên 85%", "bình quân mỗi năm tạo việc làm cho 16.000 lao động"): the years met out of the
-- years with data, from two years on. The final value is the worst year's: a year that missed
-- makes the target missed for good; every year of the period met makes it achieved.
CREATE OR REPLACE TABLE progress_annual AS
WITH t AS (
  SELECT targets.*, a.as_of_year, CASE WHEN targets.direction = 'down' OR targets.comparator = 'lte' THEN -1 ELSE 1 END AS d
  FROM targets CROSS JOIN as_of a WHERE kind = 'annual'
),
usable AS (
  SELECT ts.*, meets_target(ts.value, t.comparator, t.target_low, t.target_high, t.d) AS met, t.d
  FROM target_series ts JOIN t USING (target_id)
  WHERE ts.year BETWEEN t.period_start AND t.target_year AND ts.unusable_because IS NULL AND ts.value IS NOT NULL AND t.target_low IS NOT NULL
),
agg AS (
  SELECT target_id, count(*)::INTEGER AS points, count(*) FILTER (WHERE met)::INTEGER AS years_met,
    max(year) AS latest_year, arg_max(value, year) AS latest_value, sum(exact(value))::DOUBLE / count(*) AS average,
    -- The worst year: the least value where higher is better, the greatest where lower is; of
    -- equal values, the earliest year's source.
    arg_min(value, [d * value, year]) AS worst_value, arg_min(source, [d * value, year]) AS worst_source
  FROM usable GROUP BY target_id
),
missing AS (
  SELECT t.target_id, string_agg(y::VARCHAR, ', ' ORDER BY y) AS missing_years
  FROM t, LATERAL (SELECT unnest(range(t.period_start, least(t.target_year, t.as_of_year - 1) + 1)) AS y) r
  WHERE NOT EXISTS (SELECT 1 FROM usable u WHERE u.target_id = t.target_id AND u.year = r.y)
  GROUP BY t.target_id
),
framed AS (
  SELECT t.*, coalesce(a.points, 0) AS points, coalesce(a.years_met, 0) AS years_met, a.latest_year, a.latest_value, a.average,
    a.worst_value, a.worst_source, m.missing_years,
    t.target_year - t.period_start + 1 AS period_years
  FROM t LEFT JOIN agg a USING (target_id) LEFT JOIN missing m USING (target_id)
),
finals AS (
  SELECT *,
    CASE WHEN points > 0 AND (years_met < points OR points = period_years) THEN worst_value END AS final_value
  FROM framed
)
SELECT
  target_id,
  NULL::INTEGER AS base_year_used, NULL::DOUBLE AS base_value, latest_year, latest_value, points,
  average AS achieved_growth,
  target_low AS required_growth,
  NULL::DOUBLE AS required_growth_from_base,
  NULL::DOUBLE AS required_growth_high,
  unit || '_per_year' AS rate_unit,
  CASE WHEN points >= 2 THEN years_met / points END AS ratio,
  NULL::DOUBLE AS projected_value,
  latest_value - target_low AS gap,
  d AS direction_sign,
  false AS series_break,
  missing_years,
  CASE
    WHEN unit_mismatch OR points = 0 THEN 'no_data'
    WHEN points = period_years AND years_met = points THEN 'achieved'
    WHEN points < 2 THEN 'no_data'
    ELSE status_from_ratio(years_met / points)
  END AS running_status,
  CASE
    WHEN unit_mismatch THEN 'unit_mismatch'
    WHEN points = 0 THEN 'no_value'
    WHEN points < 2 AND points < period_years THEN 'one_point'
    ELSE 'years_met'
  END AS reason_code,
  CASE
    WHEN unit_mismatch THEN 'Đơn vị của chỉ tiêu (' || unit_vi(unit_stated) || ') không quy đổi được sang đơn vị của số liệu (' || unit_vi(series_unit) || ').'
    WHEN points = 0 THEN 'Chưa có số liệu năm nào từ ' || period_start || ' đến ' || target_year || '.'
    WHEN points < 2 AND points < period_years THEN 'Mới có một năm số liệu (' || latest_year || '): cần ít nhất hai để đo tiến độ.'
    ELSE years_met || '/' || points || ' năm có số liệu đạt chỉ tiêu.'
  END AS reason_vi,
  final_value, CASE WHEN final_value IS NOT NULL THEN 'yearly_actuals' END AS final_basis,
  CASE WHEN final_value IS NOT NULL THEN worst_source END AS final_source,
  CASE WHEN final_value IS NOT NULL THEN years_met = points AND points = period_years END AS final_met,
  CASE WHEN final_value IS NOT NULL THEN d * (final_value - target_low) END AS verdict_gap,
  CASE WHEN final_value IS NULL THEN 'thiếu số liệu các năm ' || coalesce(missing_years, '?') END AS final_missing_vi
FROM finals;
