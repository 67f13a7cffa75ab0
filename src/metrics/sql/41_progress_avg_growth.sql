-- Average growth targets ("tăng trưởng kinh tế bình quân 7,0 - 7,5%/năm"). A CAGR of growth rates
-- means nothing, so growth is compared with growth: the achieved average is the geometric mean
-- of the yearly rates with data, ĝ = (Π(1+g_i))^(1/n) - 1; the growth still required of the years
-- without data to reach the lower end (and the upper end) over the N years of the period is
-- ((1+g*)^N / Π(1+g_i))^(1/(N-n)) - 1; the ratio ln(Π(1+g_i)) / (n·ln(1+g*)) compares the index
-- reached with the target path over the same years. Two yearly rates at least while the period
-- runs (one for a one-year plan), none across a break (a change of price base).
-- The final value: the average of all N years when every year has a rate, else the average the
-- province reported for the whole period (term results, documents), else none.
CREATE OR REPLACE TABLE progress_avg_growth AS
WITH t AS (
  SELECT targets.*, a.as_of_year FROM targets CROSS JOIN as_of a WHERE kind = 'avg_growth'
),
in_period AS (
  SELECT ts.* FROM target_series ts JOIN t USING (target_id) WHERE ts.year BETWEEN t.period_start AND t.target_year
),
usable AS (
  SELECT * FROM in_period WHERE unusable_because IS NULL AND value IS NOT NULL
),
agg AS (
  SELECT target_id,
    count(*)::INTEGER AS points,
    -- Multiplied year after year: a product in whatever order DuckDB's threads meet the rows
    -- would vary in its last bits.
    list_reduce(list(1 + value / 100 ORDER BY year), lambda a, b: a * b) AS growth_index,
    max(year) AS latest_year,
    arg_max(value, year) AS latest_value,
    count(DISTINCT segment)::INTEGER AS segments,
    -- The last break: inside the period whenever the period holds two segments.
    arg_max(break_vi, year) FILTER (WHERE break_vi IS NOT NULL) AS break_vi,
    string_agg(DISTINCT source, ' ; ' ORDER BY source) AS sources
  FROM usable GROUP BY target_id
),
missing AS (
  -- The years of the period, up to the last finished one, without a rate.
  SELECT t.target_id, string_agg(y::VARCHAR, ', ' ORDER BY y) AS missing_years
  FROM t, LATERAL (SELECT unnest(range(t.period_start, least(t.target_year, t.as_of_year - 1) + 1)) AS y) r
  WHERE NOT EXISTS (SELECT 1 FROM usable u WHERE u.target_id = t.target_id AND u.year = r.y)
  GROUP BY t.target_id
),
framed AS (
  SELECT t.*, coalesce(a.points, 0) AS points, a.growth_index, a.latest_year, a.latest_value, coalesce(a.segments, 0) > 1 AS series_break, a.break_vi, a.sources,
    m.missing_years,
    coalesce(o.other_price_base, false) AS other_price_base,
    t.target_year - t.period_start + 1 AS period_years,
    CASE WHEN t.direction = 'down' OR t.comparator = 'lte' THEN -1 ELSE 1 END AS d,
    r.value AS reported_value, r.final_basis AS reported_basis, r.source AS reported_source
  FROM t LEFT JOIN agg a USING (target_id) LEFT JOIN missing m USING (target_id) LEFT JOIN target_period_results r USING (target_id)
  LEFT JOIN (SELECT target_id, bool_or(unusable_because = 'price_base') AS other_price_base FROM in_period GROUP BY target_id) o USING (target_id)
),
measured AS (
  SELECT *,
    CASE WHEN comparator = 'range' AND d < 0 THEN target_high ELSE target_low END AS ref,
    -- One year: its rate as written (the geometric mean would add rounding noise).
    CASE WHEN points = 1 AND NOT series_break THEN latest_value WHEN points > 0 AND NOT series_break THEN (pow(growth_index, 1.0 / points) - 1) * 100 END AS achieved_growth,
    period_years - points AS years_without_data,
    points = period_years AND NOT series_break AS complete
  FROM framed
),
rated AS (
  SELECT *,
    CASE WHEN achieved_growth IS NOT NULL AND (points >= 2 OR complete) AND abs(ln(1 + ref / 100)) > 1e-12
      THEN d * ln(growth_index) / (points * abs(ln(1 + ref / 100))) END AS ratio,
    CASE WHEN complete THEN achieved_growth WHEN reported_value IS NOT NULL THEN reported_value END AS final_value
  FROM measured
)
SELECT
  target_id,
  NULL::INTEGER AS base_year_used, NULL::DOUBLE AS base_value, latest_year, latest_value, points,
  achieved_growth,
  CASE WHEN achieved_growth IS NOT NULL AND years_without_data > 0 THEN (pow(pow(1 + target_low / 100, period_years) / growth_index, 1.0 / years_without_data) - 1) * 100 END AS required_growth,
  NULL::DOUBLE AS required_growth_from_base,
  CASE WHEN achieved_growth IS NOT NULL AND years_without_data > 0 AND target_high IS NOT NULL THEN (pow(pow(1 + target_high / 100, period_years) / growth_index, 1.0 / years_without_data) - 1) * 100 END AS required_growth_high,
  'percent_per_year' AS rate_unit,
  ratio,
  achieved_growth AS projected_value,
  achieved_growth - ref AS gap,
  d AS direction_sign,
  series_break,
  missing_years,
  CASE
    WHEN unit_mismatch OR points = 0 OR series_break THEN 'no_data'
    WHEN complete AND meets_target(achieved_growth, comparator, target_low, target_high, d) THEN 'achieved'
    WHEN ratio IS NULL THEN CASE WHEN abs(ln(1 + ref / 100)) <= 1e-12 AND (points >= 2 OR complete) THEN CASE WHEN d * achieved_growth >= 0 THEN 'on_track' ELSE 'deteriorating' END ELSE 'no_data' END
    ELSE status_from_ratio(ratio)
  END AS running_status,
  CASE
    WHEN unit_mismatch THEN 'unit_mismatch'
    WHEN points = 0 AND other_price_base THEN 'price_base_mix'
    WHEN points = 0 THEN 'no_value'
    WHEN series_break THEN 'series_break'
    WHEN points < 2 AND NOT complete THEN 'one_point'
  END AS reason_code,
  CASE
    WHEN unit_mismatch THEN 'Đơn vị của chỉ tiêu (' || unit_vi(unit_stated) || ') không quy đổi được sang đơn vị của số liệu (' || unit_vi(series_unit) || ').'
    WHEN points = 0 AND other_price_base THEN 'Số liệu theo giá so sánh khác với chỉ tiêu (giá so sánh năm ' || price_base || ').'
    WHEN points = 0 THEN 'Chưa có tốc độ tăng năm nào từ ' || period_start || ' đến ' || target_year || '.'
    WHEN series_break THEN 'Chuỗi số liệu bị gãy (' || coalesce(break_vi, 'đổi giá so sánh') || '): không tính bình quân qua chỗ gãy.'
    WHEN points < 2 AND NOT complete THEN 'Mới có một năm số liệu (' || latest_year || '): cần ít nhất hai để đo tiến độ.'
  END AS reason_vi,
  final_value,
  CASE WHEN complete THEN 'yearly_actuals' WHEN reported_value IS NOT NULL THEN reported_basis END AS final_basis,
  CASE WHEN complete THEN sources WHEN reported_value IS NOT NULL THEN reported_source END AS final_source,
  CASE WHEN final_value IS NOT NULL AND NOT unit_mismatch THEN meets_target(final_value, comparator, target_low, target_high, d) END AS final_met,
  CASE WHEN final_value IS NOT NULL THEN d * (final_value - ref) END AS verdict_gap,
  CASE WHEN final_value IS NULL THEN 'thiếu tốc độ tăng các năm ' || coalesce(missing_years, '?') || ' và không có kết quả cả giai đoạn' END AS final_missing_vi
FROM rated;
