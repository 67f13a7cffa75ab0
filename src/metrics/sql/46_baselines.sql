-- The baseline of every running target whose period has no value yet (the 2026-2030 term of the
-- 34 units, a 2026 plan): its indicator's value in the base year (2025), on the target's basis.
-- For a new unit that is the value reported for it, else the value computed from its old
-- provinces (merged_units: the same territory, a sum, a per-capita value from summed levels and
-- population, shares from summed components, growth weighted by the previous year's GRDP). When
-- the base year has none, the nearest earlier year is used and named; when none at all, the
-- baseline is not computable, with the reason (which old province lacks which value).
CREATE OR REPLACE TABLE baselines AS
WITH t AS (
  SELECT tg.*, m.latest_year
  FROM targets tg JOIN progress_measures m USING (target_id)
  WHERE NOT tg.period_ended AND m.latest_year IS NULL AND tg.target_low IS NOT NULL AND NOT tg.unit_mismatch
),
found AS (
  SELECT ts.target_id, max(ts.year) AS baseline_year, arg_max(ts.value, ts.year) AS baseline_value, arg_max(ts.method, ts.year) AS method
  FROM target_series ts JOIN t USING (target_id)
  WHERE ts.year <= t.base_year AND ts.unusable_because IS NULL AND ts.value IS NOT NULL
  GROUP BY ts.target_id
),
why_not AS (
  -- What stops the base year's value of a new unit.
  SELECT t.target_id, m.reason_vi
  FROM t JOIN merged_units m ON m.units = t.units AND m.province_code = t.province_code AND m.indicator_code = t.indicator_code AND m.year = t.base_year
  WHERE m.method = 'not_computable'
)
SELECT
  t.target_id,
  f.baseline_year,
  f.baseline_value,
  CASE WHEN f.baseline_year IS NULL THEN 'not_computable' ELSE f.method END AS baseline_method,
  CASE
    WHEN f.baseline_year IS NULL AND w.reason_vi IS NOT NULL THEN 'Không tính được giá trị năm ' || t.base_year || ': ' || w.reason_vi || '.'
    WHEN f.baseline_year IS NULL THEN 'Chưa có số liệu năm ' || t.base_year || ' hay năm nào trước đó.'
    WHEN f.baseline_year < t.base_year AND w.reason_vi IS NOT NULL THEN 'Năm ' || t.base_year || ' không tính được (' || w.reason_vi || '): dùng năm ' || f.baseline_year || '.'
    WHEN f.baseline_year < t.base_year THEN 'Năm ' || t.base_year || ' chưa có số liệu: dùng năm ' || f.baseline_year || '.'
  END AS baseline_reason_vi
FROM t
LEFT JOIN found f USING (target_id)
LEFT JOIN why_not w USING (target_id);
