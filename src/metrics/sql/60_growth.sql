-- Growth against each growth target, year by year from the base year to the target year: the
-- actual growth, the target band, and the cumulative index (base year = 100) of the actual path,
-- of the target paths (lower and upper end) and of the path the remaining years must follow.
CREATE OR REPLACE TABLE growth AS
WITH t AS (
  SELECT * FROM progress WHERE kind = 'avg_growth' AND unit = 'percent_per_year'
),
years AS (
  SELECT target_id, unnest(range(base_year, target_year + 1))::INTEGER AS year FROM t
),
framed_years AS (
  SELECT y.target_id, y.year, t.units, t.province_code, t.indicator_code, t.period_start FROM years y JOIN t USING (target_id)
),
actual AS (
  -- Equality joins only: an inequality in a LEFT JOIN's condition makes DuckDB compare every pair.
  SELECT f.target_id, f.year,
    CASE WHEN f.year >= f.period_start THEN s.value END AS actual_growth,
    CASE WHEN f.year >= f.period_start THEN s.source END AS source
  FROM framed_years f
  LEFT JOIN series s ON s.units = f.units AND s.province_code = f.province_code AND s.indicator_code = f.indicator_code AND s.year = f.year
),
indexed AS (
  SELECT a.*,
    -- The index moves only with years that have data; has_actual tells which years it rests on.
    -- A running sum of exact decimals (18 places: logarithms are small), the same however DuckDB
    -- builds the window.
    100 * exp((sum(coalesce(ln(1 + a.actual_growth / 100), 0)::DECIMAL(38, 18)) OVER (PARTITION BY a.target_id ORDER BY a.year ROWS UNBOUNDED PRECEDING))::DOUBLE) AS actual_index
  FROM actual a
),
latest_index AS (
  SELECT i.target_id, i.actual_index AS index_at_latest
  FROM indexed i JOIN t ON t.target_id = i.target_id AND i.year = t.latest_year
)
SELECT
  t.target_id, t.units, t.province_code, t.province_name, t.indicator_code, t.doc, t.comparator,
  t.base_year, t.period_start, t.target_year, i.year,
  i.actual_growth, i.actual_growth IS NOT NULL AS has_actual, i.source,
  CASE WHEN i.year >= t.period_start THEN t.target_low END AS target_low,
  CASE WHEN i.year >= t.period_start THEN t.target_high END AS target_high,
  CASE WHEN i.year <= coalesce(t.latest_year, t.base_year) THEN i.actual_index END AS actual_index,
  100 * pow(1 + t.target_low / 100, i.year - t.base_year) AS target_index_low,
  CASE WHEN t.target_high IS NOT NULL THEN 100 * pow(1 + t.target_high / 100, i.year - t.base_year) END AS target_index_high,
  CASE WHEN t.latest_year IS NOT NULL AND i.year >= t.latest_year AND t.required_growth IS NOT NULL
       THEN li.index_at_latest * pow(1 + t.required_growth / 100, i.year - t.latest_year) END AS required_index,
  CASE WHEN i.year > coalesce(t.latest_year, t.target_year) THEN t.required_growth END AS required_growth,
  CASE WHEN i.year > coalesce(t.latest_year, t.target_year) THEN t.required_growth_high END AS required_growth_high,
  t.status
FROM indexed i JOIN t USING (target_id)
LEFT JOIN latest_index li USING (target_id)
ORDER BY t.units, t.province_code, t.target_id, i.year;
