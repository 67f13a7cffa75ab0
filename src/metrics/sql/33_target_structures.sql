-- The basis of each target structure: the sector-share targets one source sets for one year.
--   three sectors summing to 100        three_sectors_taxes_in_services (Tiền Giang 2025: 29,7 +
--                                       35,6 + 34,7): the way provincial documents print a structure
--                                       with no tax share, as their data do (32_structure_shares.sql);
--                                       three_sectors_without_taxes only where the quote says the
--                                       taxes are left out;
--   three sectors summing to less       four_components: the rest is the taxes (Bến Tre 2020:
--                                       31,83 + 19,63 + 45,69 = 97,15), as is a structure that
--                                       sets the taxes too;
--   fewer than three sectors            incomplete: the shares set are read as shares of total GRDP.
-- Each share target is compared with the data on its structure's basis (target_series).
CREATE OR REPLACE TABLE target_structures AS
WITH shares AS (
  SELECT t.target_id, t.units, t.province_code, t.target_year, coalesce(t.doc, t.source_url, t.file) AS structure_source,
    replace(t.indicator_code, 'share_', '') AS sector, t.target_low AS target_share, t.quote
  FROM targets t
  WHERE t.kind = 'level' AND t.indicator_code IN ('share_agri', 'share_industry_construction', 'share_services', 'share_product_tax')
    AND t.target_low IS NOT NULL
),
structures AS (
  SELECT units, province_code, target_year, structure_source,
    count(DISTINCT sector) FILTER (WHERE sector <> 'product_tax')::INTEGER AS sectors,
    bool_or(sector = 'product_tax') AS sets_taxes,
    (sum(exact(target_share)) FILTER (WHERE sector <> 'product_tax'))::DOUBLE AS target_sum,
    bool_or(regexp_matches(lower(quote), 'không (bao gồm|tính|kể) thuế|without (product )?tax')) AS said_without_taxes
  FROM shares
  GROUP BY units, province_code, target_year, structure_source
)
SELECT
  s.target_id, s.units, s.province_code, s.target_year, s.structure_source, s.sector, s.target_share,
  st.sectors, st.target_sum,
  CASE
    WHEN st.sectors < 3 THEN 'incomplete'
    WHEN st.sets_taxes THEN 'four_components'
    WHEN abs(st.target_sum - 100) <= 0.5 AND st.said_without_taxes THEN 'three_sectors_without_taxes'
    WHEN abs(st.target_sum - 100) <= 0.5 THEN 'three_sectors_taxes_in_services'
    WHEN st.target_sum < 100 THEN 'four_components'
    ELSE 'incomplete'
  END AS target_basis,
  CASE WHEN st.sectors = 3 AND NOT st.sets_taxes AND st.target_sum < 99.5 THEN 100 - st.target_sum END AS target_tax_share
FROM shares s
JOIN structures st USING (units, province_code, target_year, structure_source);
