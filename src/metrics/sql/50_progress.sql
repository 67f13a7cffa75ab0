-- One row per target: its frame, its measures by kind, and its status.
CREATE OR REPLACE TABLE progress AS
WITH measures AS (
  SELECT * FROM progress_level
  UNION ALL BY NAME SELECT * FROM progress_avg_growth
  UNION ALL BY NAME SELECT * FROM progress_cumulative
  UNION ALL BY NAME SELECT * FROM progress_annual
  UNION ALL BY NAME SELECT * FROM progress_annual_change
)
SELECT
  t.target_id, t.doc, t.units, t.province_code, t.province_name, t.indicator_code, t.indicator_name_vi, t.indicator_name_en,
  t.kind, t.comparator, t.target_low, t.target_high, t.unit, t.unit_stated, t.stated_low, t.stated_high, t.price_base,
  t.base_year, t.period_start, t.target_year,
  m.base_value, m.latest_year, m.latest_value, m.points,
  m.achieved_growth, m.required_growth, m.required_growth_high, m.required_growth_from_base, m.rate_unit,
  m.ratio, m.projected_value, m.gap, m.direction_sign, m.status,
  CASE WHEN m.status = 'achieved' AND t.kind <> 'annual' THEN NULL ELSE m.reason END AS reason,
  t.quote, t.review
FROM targets t JOIN measures m USING (target_id)
ORDER BY t.units, t.province_code, t.indicator_code, t.target_year, t.target_id;
