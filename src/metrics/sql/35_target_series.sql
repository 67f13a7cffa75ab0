-- Each target's series: the values of its province and indicator from ten years before its base
-- year to its target year, as the target must be read. A share target reads the share on its
-- structure's basis (structure_shares, target_structures); a target that states a constant-price
-- base reads no value stated at another base (`unusable_because` says why). The measures of
-- every kind (40-44) read this table, the feasibility (47) too.
CREATE OR REPLACE TABLE target_series AS
WITH t AS (
  SELECT tg.target_id, tg.units, tg.province_code, tg.indicator_code, tg.base_year, tg.target_year, tg.price_base AS target_price_base,
    ts.target_basis, ts.sector
  FROM targets tg LEFT JOIN target_structures ts USING (target_id)
),
-- Equality joins, the years filtered after: a range in the join condition makes DuckDB compare every pair.
plain AS (
  SELECT t.target_id, s.year, s.value, s.segment, s.break_vi, s.method, s.source,
    CASE WHEN t.target_price_base IS NOT NULL AND s.price_base IS NOT NULL AND s.price_base <> t.target_price_base THEN 'price_base' END AS unusable_because
  FROM t
  JOIN series s ON s.units = t.units AND s.province_code = t.province_code AND s.indicator_code = t.indicator_code
  WHERE t.target_basis IS NULL AND s.year BETWEEN t.base_year - 10 AND t.target_year
),
shares AS (
  -- A sector share on its structure's basis.
  SELECT t.target_id, s.year,
    CASE
      WHEN t.target_basis IN ('four_components', 'incomplete') THEN ss.share_total
      WHEN t.target_basis = 'three_sectors_taxes_in_services' THEN ss.share_taxes_in_services
      ELSE ss.share_without_taxes
    END AS value,
    s.segment, s.break_vi, s.method, s.source
  FROM t
  JOIN series s ON s.units = t.units AND s.province_code = t.province_code AND s.indicator_code = t.indicator_code
  LEFT JOIN structure_shares ss ON ss.units = s.units AND ss.province_code = s.province_code AND ss.year = s.year AND ss.sector = t.sector
  WHERE t.target_basis IS NOT NULL AND s.year BETWEEN t.base_year - 10 AND t.target_year
)
SELECT * FROM plain
UNION ALL
SELECT *, CASE WHEN value IS NULL THEN 'structure_basis' END AS unusable_because FROM shares;

-- The results reported for a whole target period that a target can rest on: the chosen term
-- result of its unit (or of the new unit that is the same territory) whose period is exactly the
-- target's, an average for a growth target, a total for a cumulative one.
CREATE OR REPLACE TABLE target_period_results AS
WITH same_territory AS (
  SELECT p.code AS old_code, p.unit_2025_code AS new_code
  FROM provinces p WHERE p.units = '63'
  QUALIFY count(*) OVER (PARTITION BY p.unit_2025_code) = 1
),
results AS (
  SELECT r.units, r.province_code, r.indicator_code, r.period_start, r.period_end, r.basis, r.value, r.source, r.source_kind, r.file, r.line, r.quote, 0 AS remoteness
  FROM term_results_ranked r WHERE r.chosen
  UNION ALL
  SELECT '63', st.old_code, r.indicator_code, r.period_start, r.period_end, r.basis, r.value, r.source, r.source_kind, r.file, r.line, r.quote, 1
  FROM term_results_ranked r JOIN same_territory st ON r.units = '34' AND r.province_code = st.new_code
  WHERE r.chosen
)
SELECT t.target_id, r.value, r.basis, r.source, r.file, r.line, r.quote,
  CASE WHEN r.source_kind = 'document' THEN 'document_result' ELSE 'term_result' END AS final_basis
FROM targets t
JOIN results r
  ON r.units = t.units AND r.province_code = t.province_code AND r.indicator_code = t.indicator_code
 AND r.period_start = t.period_start AND r.period_end = t.target_year
 AND r.basis = CASE t.kind WHEN 'avg_growth' THEN 'average' WHEN 'cumulative' THEN 'total' END
QUALIFY row_number() OVER (PARTITION BY t.target_id ORDER BY r.remoteness, r.file, r.line, r.value, r.source) = 1;
