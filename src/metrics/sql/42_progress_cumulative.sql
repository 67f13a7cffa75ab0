-- Cumulative targets ("tổng thu ngân sách giai đoạn 2021 - 2025 đạt 77.000 tỷ đồng"): the running
-- sum of the years with data against the pro-rata path (the target × years with data / years of
-- the period), from two years on, and the yearly amount still required of the years without
-- data; the years of the period without a value are listed. The final value: the sum of every
-- year of the period, else the total the province reported for the period, else, where the years
-- with data already reach a higher-is-better target, their sum (more years only add to it).
CREATE OR REPLACE TABLE progress_cumulative AS
WITH t AS (
  SELECT targets.*, a.as_of_year FROM targets CROSS JOIN as_of a WHERE kind = 'cumulative'
),
usable AS (
  SELECT ts.* FROM target_series ts JOIN t USING (target_id)
  WHERE ts.year BETWEEN t.period_start AND t.target_year AND ts.unusable_because IS NULL AND ts.value IS NOT NULL
),
agg AS (
  SELECT target_id, count(*)::INTEGER AS points, sum(exact(value))::DOUBLE AS running_sum, max(year) AS latest_year, arg_max(value, year) AS latest_value,
    string_agg(DISTINCT source, ' ; ' ORDER BY source) AS sources
  FROM usable GROUP BY target_id
),
missing AS (
  SELECT t.target_id, string_agg(y::VARCHAR, ', ' ORDER BY y) AS missing_years
  FROM t, LATERAL (SELECT unnest(range(t.period_start, least(t.target_year, t.as_of_year - 1) + 1)) AS y) r
  WHERE NOT EXISTS (SELECT 1 FROM usable u WHERE u.target_id = t.target_id AND u.year = r.y)
  GROUP BY t.target_id
),
framed AS (
  SELECT t.*, coalesce(a.points, 0) AS points, a.running_sum, a.latest_year, a.latest_value, a.sources, m.missing_years,
    t.target_year - t.period_start + 1 AS period_years,
    CASE WHEN t.direction = 'down' OR t.comparator = 'lte' THEN -1 ELSE 1 END AS d,
    r.value AS reported_value, r.final_basis AS reported_basis, r.source AS reported_source
  FROM t LEFT JOIN agg a USING (target_id) LEFT JOIN missing m USING (target_id) LEFT JOIN target_period_results r USING (target_id)
),
measured AS (
  SELECT *,
    points = period_years AS complete,
    points > 0 AND target_low IS NOT NULL AND meets_target(running_sum, comparator, target_low, target_high, d) AS met_already,
    CASE WHEN points >= 2 AND target_low > 0 THEN running_sum / (target_low * points / period_years) END AS ratio
  FROM framed
),
finals AS (
  SELECT *,
    CASE
      WHEN complete THEN running_sum
      WHEN reported_value IS NOT NULL THEN reported_value
      WHEN met_already AND d > 0 THEN running_sum
    END AS final_value,
    CASE
      WHEN complete THEN 'yearly_actuals'
      WHEN reported_value IS NOT NULL THEN reported_basis
      WHEN met_already AND d > 0 THEN 'yearly_actuals'
    END AS final_basis,
    CASE
      WHEN complete THEN sources
      WHEN reported_value IS NOT NULL THEN reported_source
      WHEN met_already AND d > 0 THEN sources
    END AS final_source
  FROM measured
)
SELECT
  target_id,
  NULL::INTEGER AS base_year_used, NULL::DOUBLE AS base_value, latest_year, latest_value, points,
  CASE WHEN points > 0 THEN running_sum / points END AS achieved_growth,
  CASE WHEN points > 0 AND period_years > points THEN (target_low - running_sum) / (period_years - points) END AS required_growth,
  NULL::DOUBLE AS required_growth_from_base,
  NULL::DOUBLE AS required_growth_high,
  unit || '_per_year' AS rate_unit,
  ratio,
  CASE WHEN points > 0 THEN running_sum / points * period_years END AS projected_value,
  running_sum - target_low AS gap,
  d AS direction_sign,
  false AS series_break,
  missing_years,
  CASE
    WHEN unit_mismatch OR points = 0 THEN 'no_data'
    WHEN met_already THEN 'achieved'
    WHEN points < 2 OR target_low <= 0 THEN 'no_data'
    WHEN d > 0 THEN status_from_ratio(ratio)
    -- At most an amount: on track while spending stays near or under the pro-rata path.
    WHEN ratio <= 1.05 THEN 'on_track'
    ELSE 'limited_progress'
  END AS running_status,
  CASE
    WHEN unit_mismatch THEN 'unit_mismatch'
    WHEN points = 0 THEN 'no_value'
    WHEN points < 2 AND NOT met_already THEN 'one_point'
  END AS reason_code,
  CASE
    WHEN unit_mismatch THEN 'Đơn vị của chỉ tiêu (' || unit_vi(unit_stated) || ') không quy đổi được sang đơn vị của số liệu (' || unit_vi(series_unit) || ').'
    WHEN points = 0 THEN 'Chưa có số liệu năm nào từ ' || period_start || ' đến ' || target_year || '.'
    WHEN points < 2 AND NOT met_already THEN 'Mới có một năm số liệu (' || latest_year || ') trong ' || period_years || ' năm: cần ít nhất hai để đo tiến độ.'
  END AS reason_vi,
  final_value, final_basis, final_source,
  CASE WHEN final_value IS NOT NULL AND NOT unit_mismatch THEN meets_target(final_value, comparator, target_low, target_high, d) END AS final_met,
  CASE WHEN final_value IS NOT NULL THEN d * (final_value - target_low) END AS verdict_gap,
  CASE WHEN final_value IS NULL THEN 'thiếu số liệu các năm ' || coalesce(missing_years, '?') || ' và không có tổng cả giai đoạn' END AS final_missing_vi
FROM finals;
