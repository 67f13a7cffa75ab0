-- Level targets ("GRDP bình quân đầu người năm 2025 đạt 91,5 - 93,5 triệu đồng").
-- Progress is measured from the base year b (the year before the period starts); when b has no
-- value, from the nearest earlier year, which is named; never from the first point inside the
-- period. Observed and required compound growth from that year, their ratio, the growth still
-- required from the latest year and the value projected at the target year; shares and rates
-- bounded by 100 in percentage points a year (a CAGR of a share means nothing). Two points at
-- least, in one segment of the series (no break between them). The final value is the target
-- year's. Direction: the catalog's, or for indicators with none (sector shares) the way from the
-- base value to the target.
CREATE OR REPLACE TABLE progress_level AS
WITH t AS (
  SELECT * FROM targets WHERE kind = 'level'
),
usable AS (
  SELECT ts.* FROM target_series ts JOIN t USING (target_id) WHERE ts.unusable_because IS NULL AND ts.value IS NOT NULL
),
base AS (
  SELECT u.target_id, arg_max(u.year, u.year) AS base_year_used, arg_max(u.value, u.year) AS base_value, arg_max(u.segment, u.year) AS base_segment
  FROM usable u JOIN t USING (target_id) WHERE u.year <= t.base_year GROUP BY u.target_id
),
latest AS (
  SELECT u.target_id, max(u.year) AS latest_year, arg_max(u.value, u.year) AS latest_value, arg_max(u.segment, u.year) AS latest_segment
  FROM usable u JOIN t USING (target_id) WHERE u.year > t.base_year GROUP BY u.target_id
),
final AS (
  SELECT u.target_id, u.value AS final_value, u.source AS final_source
  FROM usable u JOIN t USING (target_id) WHERE u.year = t.target_year
),
unusable AS (
  SELECT target_id, bool_or(unusable_because = 'price_base') AS other_price_base, bool_or(unusable_because = 'structure_basis') AS other_structure_basis
  FROM target_series JOIN t USING (target_id) WHERE year BETWEEN t.base_year AND t.target_year GROUP BY target_id
),
framed AS (
  SELECT t.*, b.base_year_used, b.base_value, b.base_segment, l.latest_year, l.latest_value, l.latest_segment, f.final_value, f.final_source,
    coalesce(x.other_price_base, false) AS other_price_base, coalesce(x.other_structure_basis, false) AS other_structure_basis,
    t.series_unit = 'percent' AS bounded,
    CASE
      WHEN t.direction = 'up' THEN 1
      WHEN t.direction = 'down' THEN -1
      WHEN t.comparator = 'gte' THEN 1
      WHEN t.comparator = 'lte' THEN -1
      -- A share without a way to go and without a base value: it must land in the target.
      WHEN b.base_value IS NULL THEN 0
      WHEN t.comparator = 'range' AND b.base_value > t.target_high THEN -1
      WHEN t.comparator = 'range' THEN 1
      WHEN t.target_low >= b.base_value THEN 1
      ELSE -1
    END AS d
  FROM t
  LEFT JOIN base b USING (target_id)
  LEFT JOIN latest l USING (target_id)
  LEFT JOIN final f USING (target_id)
  LEFT JOIN unusable x USING (target_id)
),
window_stats AS (
  -- The values the measure rests on: from the base year used to the latest, in the latest's
  -- segment; and the break between them, if any.
  SELECT f.target_id,
    count(*) FILTER (WHERE u.year BETWEEN coalesce(f.base_year_used, f.base_year + 1) AND coalesce(f.latest_year, f.base_year_used)
      AND u.segment = coalesce(f.latest_segment, f.base_segment))::INTEGER AS points,
    min_by(u.break_vi, u.year) FILTER (WHERE u.year > f.base_year_used AND u.year <= f.latest_year AND u.break_vi IS NOT NULL) AS break_vi
  FROM framed f JOIN usable u USING (target_id)
  GROUP BY f.target_id
),
segmented AS (
  SELECT f.*,
    f.base_year_used IS NOT NULL AND f.latest_year IS NOT NULL AND f.base_segment <> f.latest_segment AS series_break,
    coalesce(w.points, 0) AS points, w.break_vi,
    CASE WHEN f.comparator = 'range' AND f.d < 0 THEN f.target_high ELSE f.target_low END AS ref
  FROM framed f LEFT JOIN window_stats w USING (target_id)
),
rates AS (
  SELECT *,
    NOT series_break AND base_value IS NOT NULL AND latest_year IS NOT NULL AS measurable,
    latest_year - base_year_used AS observed_years,
    target_year - base_year_used AS planned_years,
    target_year - latest_year AS remaining_years
  FROM segmented
),
measured AS (
  SELECT *,
    CASE
      WHEN NOT measurable OR observed_years <= 0 THEN NULL
      WHEN bounded THEN (latest_value - base_value) / observed_years
      WHEN base_value > 0 AND latest_value > 0 THEN (pow(latest_value / base_value, 1.0 / observed_years) - 1) * 100
    END AS achieved_growth,
    CASE
      WHEN base_value IS NULL OR planned_years <= 0 OR ref IS NULL THEN NULL
      WHEN bounded THEN (ref - base_value) / planned_years
      WHEN base_value > 0 AND ref > 0 THEN (pow(ref / base_value, 1.0 / planned_years) - 1) * 100
    END AS required_growth_from_base,
    CASE
      WHEN latest_value IS NULL OR remaining_years <= 0 OR ref IS NULL THEN NULL
      WHEN bounded THEN (ref - latest_value) / remaining_years
      WHEN latest_value > 0 AND ref > 0 THEN (pow(ref / latest_value, 1.0 / remaining_years) - 1) * 100
    END AS required_growth
  FROM rates
)
SELECT
  target_id,
  base_year_used, base_value, latest_year, latest_value, points,
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
  series_break,
  NULL::VARCHAR AS missing_years,
  CASE
    WHEN unit_mismatch OR ref IS NULL THEN 'no_data'
    WHEN latest_year IS NULL AND base_value IS NULL THEN 'no_data'
    WHEN latest_year IS NOT NULL AND meets_target(latest_value, comparator, target_low, target_high, d) THEN 'achieved'
    WHEN NOT measurable OR points < 2 OR achieved_growth IS NULL THEN 'no_data'
    WHEN abs(required_growth_from_base) <= 1e-9 THEN CASE WHEN d * achieved_growth >= 0 THEN 'on_track' ELSE 'deteriorating' END
    ELSE status_from_ratio(d * achieved_growth / abs(required_growth_from_base))
  END AS running_status,
  CASE
    WHEN unit_mismatch OR ref IS NULL THEN 'unit_mismatch'
    WHEN latest_year IS NULL AND base_value IS NULL AND other_price_base THEN 'price_base_mix'
    WHEN latest_year IS NULL AND base_value IS NULL AND other_structure_basis THEN 'structure_basis'
    WHEN latest_year IS NULL AND base_value IS NULL THEN 'no_value'
    WHEN base_value IS NULL THEN 'no_base_value'
    WHEN series_break THEN 'series_break'
    WHEN latest_year IS NULL THEN 'no_value_in_period'
    WHEN achieved_growth IS NULL AND points >= 2 THEN 'non_positive'
    WHEN base_year_used < base_year THEN 'base_year_substituted'
  END AS reason_code,
  CASE
    WHEN unit_mismatch OR ref IS NULL THEN 'Đơn vị của chỉ tiêu (' || unit_stated || ') không quy đổi được sang đơn vị của số liệu (' || series_unit || ').'
    WHEN latest_year IS NULL AND base_value IS NULL AND other_price_base THEN 'Số liệu theo giá so sánh khác với chỉ tiêu (giá so sánh năm ' || price_base || ').'
    WHEN latest_year IS NULL AND base_value IS NULL AND other_structure_basis THEN 'Số liệu cơ cấu không cùng cách tính với chỉ tiêu (xem trang Cơ cấu).'
    WHEN latest_year IS NULL AND base_value IS NULL THEN 'Chưa có số liệu nào từ năm ' || base_year || ' đến năm ' || target_year || '.'
    WHEN base_value IS NULL THEN 'Chưa có số liệu năm gốc ' || base_year || ' hay năm nào trước đó: chưa đo được tiến độ (không lấy năm đầu tiên trong giai đoạn thay cho năm gốc).'
    WHEN series_break THEN 'Chuỗi số liệu bị gãy (' || coalesce(break_vi, 'đổi nguồn') || '): không tính tiến độ qua chỗ gãy.'
    WHEN latest_year IS NULL THEN 'Chưa có số liệu năm nào trong giai đoạn (năm gốc ' || base_year_used || ': ' || vi_num(base_value) || ').'
    WHEN achieved_growth IS NULL AND points >= 2 THEN 'Có giá trị bằng 0 hoặc âm: không tính được tốc độ tăng.'
    WHEN base_year_used < base_year THEN 'Năm gốc ' || base_year || ' không có số liệu: tính từ năm gần nhất trước đó, ' || base_year_used || '.'
  END AS reason_vi,
  final_value, CASE WHEN final_value IS NOT NULL THEN 'yearly_actuals' END AS final_basis, final_source,
  CASE WHEN final_value IS NOT NULL AND NOT unit_mismatch AND ref IS NOT NULL THEN meets_target(final_value, comparator, target_low, target_high, d) END AS final_met,
  CASE WHEN final_value IS NOT NULL THEN target_gap(final_value, comparator, target_low, target_high, d) END AS verdict_gap,
  NULL::VARCHAR AS final_missing_vi
FROM measured;
