-- The pace a running target requires every year from now, and whether the territory has ever
-- moved that fast. The required pace runs from the baseline (46_baselines.sql) when the period
-- has no value yet, else from the latest year (the growth still required):
--   level          compound growth a year (percentage points a year for shares and rates);
--   avg_growth     the growth a year still required (the target itself before any year is known);
--   cumulative     the growth a year of the yearly amount that makes the period's total, solved
--                  by bisection: v·Σ(1+g)^(y−y0) over the years still to come = the rest to reach;
--   annual         the level required each year;
--   annual_change  the change a year still required.
-- The record: the yearly paces of the same measure over the ten years up to the year the pace is
-- required from (growth rates as published; year-on-year growth of levels and amounts; changes
-- in points of shares and rates), on consecutive years of one segment, for a new unit its old
-- provinces weighted together (the series of merged_units). Its best in the target's direction,
-- its median, and the feasibility: within_record (required ≤ median), above_median (≤ best),
-- never_reached (> best), no_history (no pace on record).
CREATE OR REPLACE TABLE feasibility AS
WITH RECURSIVE t AS (
  SELECT tg.target_id, tg.kind, tg.series_unit, tg.period_start, tg.target_year, tg.target_low, tg.target_high, tg.comparator, tg.base_year,
    m.direction_sign AS d, m.latest_year, m.latest_value, m.required_growth, m.gap, m.points,
    b.baseline_year, b.baseline_value,
    CASE WHEN tg.comparator = 'range' AND m.direction_sign < 0 THEN tg.target_high ELSE tg.target_low END AS ref
  FROM targets tg
  JOIN progress_measures m USING (target_id)
  LEFT JOIN baselines b USING (target_id)
  WHERE NOT tg.period_ended AND NOT tg.unit_mismatch AND tg.target_low IS NOT NULL AND m.direction_sign <> 0
),
cumulative_problem AS (
  -- v·Σ_{y=y1..e}(1+g)^(y−y0) = rest, with v the amount of year y0.
  SELECT target_id,
    CASE WHEN latest_year IS NULL THEN baseline_value ELSE latest_value END AS v,
    CASE WHEN latest_year IS NULL THEN baseline_year ELSE latest_year END AS y0,
    CASE WHEN latest_year IS NULL THEN period_start ELSE latest_year + 1 END AS y1,
    target_year AS e,
    CASE WHEN latest_year IS NULL THEN ref ELSE -gap END AS rest
  FROM t WHERE kind = 'cumulative' AND (latest_year IS NOT NULL OR baseline_value IS NOT NULL)
),
bisection(target_id, v, y0, y1, e, rest, lo, hi, step) AS (
  SELECT target_id, v, y0, y1, e, rest, -0.9::DOUBLE, 3.0::DOUBLE, 0
  FROM cumulative_problem WHERE v > 0 AND rest > 0 AND e >= y1
  UNION ALL
  SELECT target_id, v, y0, y1, e, rest,
    CASE WHEN amount < rest THEN mid ELSE lo END,
    CASE WHEN amount < rest THEN hi ELSE mid END,
    step + 1
  FROM (
    SELECT *, (lo + hi) / 2 AS mid,
      v * CASE WHEN abs((lo + hi) / 2) < 1e-12 THEN (e - y1 + 1)
               ELSE pow(1 + (lo + hi) / 2, y1 - y0) * (pow(1 + (lo + hi) / 2, e - y1 + 1) - 1) / ((lo + hi) / 2) END AS amount
    FROM bisection
  )
  WHERE step < 60
),
cumulative_pace AS (
  SELECT target_id, CASE WHEN hi < 2.999 THEN 100 * (lo + hi) / 2 END AS pace FROM bisection WHERE step = 60
),
required AS (
  SELECT t.*,
    CASE
      WHEN t.kind = 'level' AND t.latest_year IS NULL AND t.baseline_value IS NOT NULL AND t.target_year > t.baseline_year THEN
        CASE WHEN t.series_unit = 'percent' THEN (t.ref - t.baseline_value) / (t.target_year - t.baseline_year)
             WHEN t.baseline_value > 0 AND t.ref > 0 THEN (pow(t.ref / t.baseline_value, 1.0 / (t.target_year - t.baseline_year)) - 1) * 100 END
      WHEN t.kind = 'level' THEN t.required_growth
      WHEN t.kind = 'avg_growth' AND t.latest_year IS NULL THEN t.ref
      WHEN t.kind = 'avg_growth' THEN t.required_growth
      WHEN t.kind = 'cumulative' THEN c.pace
      WHEN t.kind = 'annual' THEN t.ref
      WHEN t.kind = 'annual_change' AND t.latest_year IS NULL THEN t.ref
      WHEN t.kind = 'annual_change' THEN t.required_growth
    END AS required_pace,
    CASE
      WHEN t.kind = 'level' AND t.series_unit = 'percent' THEN 'pp_per_year'
      WHEN t.kind IN ('level', 'avg_growth', 'cumulative') THEN 'percent_per_year'
      WHEN t.kind = 'annual_change' THEN 'pp_per_year'
      ELSE t.series_unit
    END AS pace_unit,
    coalesce(t.latest_year, t.baseline_year) AS pace_from_year,
    -- How the record is read: the values themselves, their growth, or their change in points.
    CASE
      WHEN t.kind IN ('avg_growth', 'annual') OR t.series_unit = 'percent_per_year' THEN 'value'
      WHEN t.kind = 'annual_change' OR t.series_unit = 'percent' THEN 'change'
      ELSE 'growth'
    END AS record_measure
  FROM t LEFT JOIN cumulative_pace c USING (target_id)
),
record_rows AS (
  SELECT r.target_id, ts.year, ts.value, ts.segment,
    lag(ts.year) OVER w AS previous_year, lag(ts.value) OVER w AS previous_value, lag(ts.segment) OVER w AS previous_segment
  FROM required r
  JOIN target_series ts USING (target_id)
  WHERE r.required_pace IS NOT NULL AND ts.unusable_because IS NULL AND ts.value IS NOT NULL
    AND ts.year BETWEEN r.pace_from_year - 10 AND r.pace_from_year
  WINDOW w AS (PARTITION BY r.target_id ORDER BY ts.year)
),
paces AS (
  SELECT rr.target_id, rr.year,
    CASE r.record_measure
      WHEN 'value' THEN rr.value
      WHEN 'change' THEN CASE WHEN rr.previous_year = rr.year - 1 AND rr.previous_segment = rr.segment THEN rr.value - rr.previous_value END
      ELSE CASE WHEN rr.previous_year = rr.year - 1 AND rr.previous_segment = rr.segment AND rr.previous_value > 0 THEN (rr.value / rr.previous_value - 1) * 100 END
    END AS pace
  FROM record_rows rr JOIN required r USING (target_id)
  -- The last ten years: the pace of a year needs that year (and, for growth or change, the one before).
  WHERE rr.year > r.pace_from_year - 10
),
ranked AS (
  -- The best pace first; of equal paces, the latest year.
  SELECT p.*, row_number() OVER (PARTITION BY p.target_id ORDER BY r.d * p.pace DESC, p.year DESC) AS rank
  FROM paces p JOIN required r USING (target_id)
  WHERE p.pace IS NOT NULL
),
record AS (
  SELECT target_id,
    max(pace) FILTER (WHERE rank = 1) AS best_pace,
    max(year) FILTER (WHERE rank = 1) AS best_pace_year,
    quantile_cont(pace, 0.5) AS median_pace,
    count(*)::INTEGER AS pace_years
  FROM ranked
  GROUP BY target_id
)
SELECT
  r.target_id, r.required_pace, r.pace_unit, r.pace_from_year,
  rc.best_pace, rc.best_pace_year, rc.median_pace, coalesce(rc.pace_years, 0) AS pace_years,
  CASE
    WHEN r.required_pace IS NULL THEN NULL
    WHEN coalesce(rc.pace_years, 0) = 0 THEN 'no_history'
    WHEN r.d * r.required_pace <= r.d * rc.median_pace + 1e-9 THEN 'within_record'
    WHEN r.d * r.required_pace <= r.d * rc.best_pace + 1e-9 THEN 'above_median'
    ELSE 'never_reached'
  END AS feasibility
FROM required r LEFT JOIN record rc USING (target_id);
