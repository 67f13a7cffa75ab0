-- Yearly change targets ("giảm tỷ lệ hộ nghèo bình quân mỗi năm từ 1%": a change of at most -1
-- point a year): the achieved average change a year since the base year (or the nearest earlier
-- year, named) against the target change, and the change a year still required of the remaining
-- years. Two points in one segment: a change of poverty standard (2021 → 2022) stops it. The final
-- value is the average change from the base year to the target year.
CREATE OR REPLACE TABLE progress_annual_change AS
WITH t AS (
  SELECT * FROM targets WHERE kind = 'annual_change'
),
usable AS (
  SELECT ts.* FROM target_series ts JOIN t USING (target_id) WHERE ts.unusable_because IS NULL AND ts.value IS NOT NULL AND ts.year <= t.target_year
),
base AS (
  SELECT u.target_id, max(u.year) AS base_year_used, arg_max(u.value, u.year) AS base_value, arg_max(u.segment, u.year) AS base_segment
  FROM usable u JOIN t USING (target_id) WHERE u.year <= t.base_year GROUP BY u.target_id
),
latest AS (
  SELECT u.target_id, max(u.year) AS latest_year, arg_max(u.value, u.year) AS latest_value, arg_max(u.segment, u.year) AS latest_segment,
    arg_max(u.source, u.year) AS latest_source,
    -- The last break after the base year: between the base and the latest when they are in two segments.
    arg_max(u.break_vi, u.year) FILTER (WHERE u.break_vi IS NOT NULL) AS break_vi
  FROM usable u JOIN t USING (target_id) WHERE u.year > t.base_year GROUP BY u.target_id
),
framed AS (
  SELECT t.*, b.base_year_used, b.base_value, l.latest_year, l.latest_value, l.latest_source,
    b.base_year_used IS NOT NULL AND l.latest_year IS NOT NULL AND b.base_segment <> l.latest_segment AS series_break,
    l.break_vi,
    -- A fall is the aim when the target change is negative.
    CASE WHEN t.target_low < 0 THEN -1 ELSE 1 END AS d
  FROM t LEFT JOIN base b USING (target_id) LEFT JOIN latest l USING (target_id)
),
measured AS (
  SELECT *,
    CASE WHEN NOT series_break AND latest_year > base_year_used THEN (latest_value - base_value) / (latest_year - base_year_used) END AS change_per_year
  FROM framed
)
SELECT
  target_id,
  base_year_used, base_value, latest_year, latest_value,
  CASE WHEN base_value IS NOT NULL AND latest_value IS NOT NULL AND NOT series_break THEN 2 WHEN base_value IS NOT NULL OR latest_value IS NOT NULL THEN 1 ELSE 0 END AS points,
  change_per_year AS achieved_growth,
  CASE WHEN change_per_year IS NOT NULL AND target_year > latest_year
       THEN (target_low * (target_year - base_year_used) - (latest_value - base_value)) / (target_year - latest_year) END AS required_growth,
  target_low AS required_growth_from_base,
  NULL::DOUBLE AS required_growth_high,
  'pp_per_year' AS rate_unit,
  CASE WHEN change_per_year IS NOT NULL AND abs(target_low) > 1e-9 THEN change_per_year / target_low END AS ratio,
  CASE WHEN change_per_year IS NOT NULL THEN latest_value + change_per_year * (target_year - latest_year) END AS projected_value,
  change_per_year - target_low AS gap,
  d AS direction_sign,
  series_break,
  NULL::VARCHAR AS missing_years,
  CASE
    WHEN change_per_year IS NULL OR target_low IS NULL THEN 'no_data'
    WHEN latest_year = target_year AND meets_target(change_per_year, comparator, target_low, target_high, d) THEN 'achieved'
    WHEN abs(target_low) <= 1e-9 THEN CASE WHEN change_per_year = 0 THEN 'on_track' ELSE 'limited_progress' END
    ELSE status_from_ratio(change_per_year / target_low)
  END AS running_status,
  CASE
    WHEN base_value IS NULL AND latest_value IS NULL THEN 'no_value'
    WHEN base_value IS NULL THEN 'no_base_value'
    WHEN series_break THEN 'series_break'
    WHEN latest_value IS NULL THEN 'no_value_in_period'
    WHEN base_year_used < base_year THEN 'base_year_substituted'
  END AS reason_code,
  CASE
    WHEN base_value IS NULL AND latest_value IS NULL THEN 'Chưa có số liệu nào từ năm ' || base_year || ' đến năm ' || target_year || '.'
    WHEN base_value IS NULL THEN 'Chưa có số liệu năm gốc ' || base_year || ' hay năm nào trước đó: chưa đo được mức thay đổi.'
    WHEN series_break THEN 'Chuỗi số liệu bị gãy (' || coalesce(break_vi, 'đổi nguồn') || '): không tính mức thay đổi qua chỗ gãy.'
    WHEN latest_value IS NULL THEN 'Chưa có số liệu năm nào trong giai đoạn (năm gốc ' || base_year_used || ': ' || vi_num(base_value) || ').'
    WHEN base_year_used < base_year THEN 'Năm gốc ' || base_year || ' không có số liệu: tính từ năm gần nhất trước đó, ' || base_year_used || '.'
  END AS reason_vi,
  CASE WHEN latest_year = target_year THEN change_per_year END AS final_value,
  CASE WHEN latest_year = target_year AND change_per_year IS NOT NULL THEN 'yearly_actuals' END AS final_basis,
  CASE WHEN latest_year = target_year AND change_per_year IS NOT NULL THEN latest_source END AS final_source,
  CASE WHEN latest_year = target_year AND change_per_year IS NOT NULL THEN meets_target(change_per_year, comparator, target_low, target_high, d) END AS final_met,
  CASE WHEN latest_year = target_year AND change_per_year IS NOT NULL THEN d * (change_per_year - target_low) END AS verdict_gap,
  CASE
    WHEN latest_year = target_year AND change_per_year IS NOT NULL THEN NULL
    WHEN series_break THEN 'chuỗi số liệu bị gãy (' || coalesce(break_vi, 'đổi nguồn') || ')'
    ELSE 'thiếu số liệu năm ' || target_year || CASE WHEN base_value IS NULL THEN ' và năm gốc ' || base_year ELSE '' END
  END AS final_missing_vi
FROM measured;
