-- One row per target: its frame, its measures, its status and why. An ended period (its target
-- year is before the as-of year) gets a verdict, achieved or not_achieved with the gap, when its
-- final value is known, else no_final_value with the progress measured up to the last year with
-- data (progress_status); the progress bands apply only while a period runs. A running target
-- whose period has no value yet carries its baseline, the pace it requires and its feasibility.
CREATE OR REPLACE TABLE progress AS
WITH joined AS (
  SELECT t.*, m.* EXCLUDE (target_id),
    CASE
      WHEN t.period_ended AND (m.final_value IS NULL OR m.final_met IS NULL) THEN 'no_final_value'
      WHEN t.period_ended AND m.final_met THEN 'achieved'
      WHEN t.period_ended THEN 'not_achieved'
      ELSE m.running_status
    END AS verdict_status,
    CASE WHEN t.comparator = 'range' AND m.direction_sign < 0 THEN t.target_high ELSE t.target_low END AS ref
  FROM targets t JOIN progress_measures m USING (target_id)
),
reasoned AS (
  SELECT *,
    CASE
      WHEN verdict_status IN ('achieved', 'not_achieved') AND period_ended AND final_basis IN ('term_result', 'document_result') THEN final_basis
      WHEN verdict_status IN ('achieved', 'not_achieved') AND period_ended THEN NULL
      WHEN verdict_status = 'no_final_value' AND reason_code IN ('unit_mismatch', 'series_break', 'price_base_mix', 'structure_basis') THEN reason_code
      WHEN verdict_status = 'no_final_value' THEN 'no_final_value'
      WHEN verdict_status = 'achieved' AND kind <> 'annual' THEN NULL
      ELSE reason_code
    END AS final_reason_code,
    CASE
      WHEN verdict_status IN ('achieved', 'not_achieved') AND period_ended THEN
        'Giá trị cuối kỳ ' || vi_num(final_value) || ' so với chỉ tiêu ' || vi_num(ref) || ': chênh ' || vi_num(verdict_gap)
        || CASE WHEN kind = 'avg_growth' THEN ' điểm % tăng trưởng bình quân' ELSE '' END
        || CASE WHEN final_basis IN ('term_result', 'document_result') THEN ' (kết quả cả giai đoạn do tỉnh báo cáo; số liệu từng năm chưa đủ)' ELSE '' END || '.'
      WHEN verdict_status = 'no_final_value' THEN
        'Giai đoạn đã kết thúc nhưng chưa có giá trị cuối kỳ ('
        || coalesce(final_missing_vi, 'chưa có số liệu năm ' || target_year) || ')'
        || CASE
             WHEN running_status = 'achieved' THEN '; đã đạt chỉ tiêu năm ' || latest_year
             WHEN ratio IS NOT NULL AND running_status <> 'no_data' THEN '; tiến độ đến năm ' || latest_year || ': tỷ số ' || vi_num(ratio) || ' (' || status_vi(running_status) || ')'
             WHEN reason_vi IS NOT NULL THEN '. ' || rtrim(reason_vi, '.')
             ELSE ''
           END || '.'
      WHEN verdict_status = 'achieved' AND kind <> 'annual' THEN
        'Đã đạt trước năm đích: năm ' || latest_year || ' đạt ' || vi_num(CASE WHEN kind IN ('avg_growth', 'annual_change') THEN achieved_growth ELSE latest_value END) || '.'
      ELSE reason_vi
    END AS final_reason_vi
  FROM joined
)
SELECT
  r.target_id, r.doc, r.units, r.province_code, r.province_name, r.indicator_code, r.indicator_name_vi, r.indicator_name_en,
  r.kind, r.comparator, r.target_low, r.target_high, r.unit, r.unit_stated, r.stated_low, r.stated_high, r.price_base,
  r.base_year, r.period_start, r.target_year, r.term_label, r.period_ended,
  r.base_year_used, r.base_value, r.latest_year, r.latest_value, r.points,
  r.achieved_growth, r.required_growth, r.required_growth_high, r.required_growth_from_base, r.rate_unit,
  r.ratio, r.projected_value, r.gap, r.direction_sign,
  r.verdict_status AS status,
  r.running_status AS progress_status,
  r.final_value, r.final_basis, r.final_source, r.verdict_gap,
  r.missing_years, r.series_break,
  r.final_reason_code AS reason_code,
  r.final_reason_vi AS reason_vi,
  -- The former English reason column, now the Vietnamese one (pages show it).
  r.final_reason_vi AS reason,
  b.baseline_year, b.baseline_value, b.baseline_method, b.baseline_reason_vi,
  f.required_pace, f.pace_unit, f.best_pace, f.best_pace_year, f.median_pace, f.pace_years, f.feasibility,
  r.source_count, r.source_type, r.source_title, r.source_page, r.source_url,
  r.quote, r.review
FROM reasoned r
LEFT JOIN baselines b USING (target_id)
LEFT JOIN feasibility f USING (target_id);
