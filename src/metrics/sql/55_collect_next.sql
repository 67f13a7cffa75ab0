-- What to collect next: every missing province-indicator-year whose value alone would move at
-- least one target from no_data or no_final_value to a judged status, with how many targets and
-- which. For an ended period: the target year's value of a level target, the one missing year
-- of an average, a total or a yearly target, the end (or base) of a yearly change. For a running
-- period: the base year of a target measured from nothing earlier, or the latest finished year of
-- the period when it holds one value only. baselines_unlocked counts, besides, the running
-- targets whose missing baseline the same value would give.
CREATE OR REPLACE TABLE collect_next AS
WITH t AS (
  SELECT p.target_id, p.units, p.province_code, p.indicator_code, p.kind, p.status, p.reason_code, p.period_ended,
    p.base_year, p.period_start, p.target_year, a.as_of_year, p.baseline_method
  FROM progress p CROSS JOIN as_of a
  WHERE p.status IN ('no_data', 'no_final_value') OR p.baseline_method = 'not_computable'
),
present AS (
  SELECT target_id, year FROM target_series WHERE unusable_because IS NULL AND value IS NOT NULL
),
facts AS (
  SELECT t.*,
    EXISTS (SELECT 1 FROM present p WHERE p.target_id = t.target_id AND p.year <= t.base_year) AS has_base,
    EXISTS (SELECT 1 FROM present p WHERE p.target_id = t.target_id AND p.year = t.target_year) AS has_end,
    (SELECT count(*) FROM present p WHERE p.target_id = t.target_id AND p.year BETWEEN t.period_start AND t.target_year) AS in_period
  FROM t
),
missing_years AS (
  SELECT f.target_id, r.y AS year
  FROM facts f, LATERAL (SELECT unnest(range(f.period_start, least(f.target_year, f.as_of_year - 1) + 1)) AS y) r
  WHERE NOT EXISTS (SELECT 1 FROM present p WHERE p.target_id = f.target_id AND p.year = r.y)
),
missing_summary AS (
  SELECT target_id, count(*) AS missing, max(year) AS latest_missing FROM missing_years GROUP BY target_id
),
unlocks AS (
  SELECT f.target_id, f.units, f.province_code, f.indicator_code,
    CASE
      WHEN f.status = 'no_final_value' AND f.reason_code = 'no_final_value' THEN
        CASE
          WHEN f.kind = 'level' AND NOT f.has_end THEN f.target_year
          WHEN f.kind IN ('avg_growth', 'cumulative') AND m.missing = 1 THEN m.latest_missing
          -- (an annual target with a missed year is already not achieved)
          WHEN f.kind = 'annual' AND m.missing = 1 THEN m.latest_missing
          WHEN f.kind = 'annual_change' AND f.has_base AND NOT f.has_end THEN f.target_year
          WHEN f.kind = 'annual_change' AND f.has_end AND NOT f.has_base THEN f.base_year
        END
      WHEN f.status = 'no_data' AND NOT f.period_ended THEN
        CASE
          WHEN f.kind IN ('level', 'annual_change') AND f.reason_code = 'no_base_value' AND f.in_period >= 1 THEN f.base_year
          WHEN f.kind IN ('level', 'annual_change') AND f.reason_code = 'no_value_in_period' THEN m.latest_missing
          WHEN f.kind IN ('avg_growth', 'cumulative', 'annual') AND f.reason_code = 'one_point' THEN m.latest_missing
        END
    END AS year,
    -- The running targets without a baseline: the base year's value gives it.
    CASE WHEN f.baseline_method = 'not_computable' THEN f.base_year END AS baseline_year
  FROM facts f LEFT JOIN missing_summary m USING (target_id)
),
cells AS (
  SELECT units, province_code, indicator_code, year, target_id, true AS judges FROM unlocks WHERE year IS NOT NULL
  UNION ALL
  SELECT units, province_code, indicator_code, baseline_year, target_id, false FROM unlocks WHERE baseline_year IS NOT NULL
)
SELECT
  c.units, c.province_code, p.name_vi AS province_name, c.indicator_code, i.name_vi AS indicator_name_vi, c.year::INTEGER AS year,
  count(DISTINCT c.target_id) FILTER (WHERE c.judges)::INTEGER AS targets_unlocked,
  string_agg(DISTINCT c.target_id, ',' ORDER BY c.target_id) FILTER (WHERE c.judges) AS target_ids,
  count(DISTINCT c.target_id) FILTER (WHERE NOT c.judges)::INTEGER AS baselines_unlocked
FROM cells c
JOIN indicators i ON i.code = c.indicator_code
LEFT JOIN provinces p ON p.units = c.units AND p.code = c.province_code
GROUP BY c.units, c.province_code, p.name_vi, c.indicator_code, i.name_vi, c.year
HAVING count(*) FILTER (WHERE c.judges) > 0
ORDER BY targets_unlocked DESC, c.units, c.province_code, c.indicator_code, c.year;
