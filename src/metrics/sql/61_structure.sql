-- The economic structure by province and year: the four published components of GRDP
-- (agriculture-forestry-fishery, industry-construction, services, product taxes less subsidies),
-- shares as published, with taxes and without them (the three sectors rescaled to 100), the sum
-- check, and against each target structure (a document's sector-share targets for one year): the
-- basis it uses (summing to 100 without taxes, or leaving the rest to taxes), the gap, the shift
-- since the base year and the shift a year still required.
CREATE OR REPLACE TABLE structure AS
WITH components AS (
  SELECT units, province_code, year,
    max(value) FILTER (WHERE indicator_code = 'share_agri') AS agri,
    max(value) FILTER (WHERE indicator_code = 'share_industry_construction') AS industry_construction,
    max(value) FILTER (WHERE indicator_code = 'share_services') AS services,
    max(value) FILTER (WHERE indicator_code = 'share_product_tax') AS product_tax
  FROM series
  WHERE indicator_code IN ('share_agri', 'share_industry_construction', 'share_services', 'share_product_tax')
  GROUP BY units, province_code, year
),
checked AS (
  SELECT *,
    agri IS NOT NULL AND industry_construction IS NOT NULL AND services IS NOT NULL AS complete,
    agri + industry_construction + services AS sum_three,
    coalesce(agri, 0) + coalesce(industry_construction, 0) + coalesce(services, 0) + coalesce(product_tax, 0) AS sum_reported,
    -- Three sectors summing to 100 fold the taxes in; three summing to less leave them unreported.
    CASE
      WHEN product_tax IS NOT NULL THEN 'four_components'
      WHEN abs(agri + industry_construction + services - 100) <= 0.5 THEN 'three_sectors'
      ELSE 'taxes_not_reported'
    END AS data_basis
  FROM components
),
long AS (
  SELECT c.*, s.sector, s.share_reported
  FROM checked c,
  LATERAL (VALUES ('agri', c.agri), ('industry_construction', c.industry_construction), ('services', c.services), ('product_tax', c.product_tax)) s(sector, share_reported)
  WHERE s.share_reported IS NOT NULL
),
shares AS (
  SELECT *,
    CASE WHEN data_basis IN ('four_components', 'taxes_not_reported') THEN share_reported END AS share_with_taxes,
    CASE WHEN complete AND sector <> 'product_tax' THEN 100 * share_reported / sum_three END AS share_without_taxes,
    abs(sum_reported - 100) > 0.5 AS sum_off
  FROM long
),
target_shares AS (
  SELECT t.doc, t.units, t.province_code, t.target_year, t.base_year,
    replace(t.indicator_code, 'share_', '') AS sector, t.target_low AS target_share, t.target_id
  FROM targets t
  WHERE t.kind = 'level' AND t.indicator_code IN ('share_agri', 'share_industry_construction', 'share_services')
),
target_structures AS (
  SELECT doc, units, province_code, target_year, any_value(base_year) AS base_year, sum(target_share) AS target_sum, count(*) AS sectors,
    CASE WHEN abs(sum(target_share) - 100) <= 0.5 THEN 'without_taxes' ELSE 'with_taxes' END AS target_basis
  FROM target_shares GROUP BY doc, units, province_code, target_year
  HAVING count(*) = 3
),
with_targets AS (
  SELECT s.*, ts.doc AS target_doc, ts.target_year, ts.base_year, ts.target_basis, ts.target_sum,
    CASE WHEN ts.target_basis = 'with_taxes' THEN 100 - ts.target_sum END AS target_tax_share,
    tsh.target_share, tsh.target_id,
    CASE ts.target_basis WHEN 'without_taxes' THEN s.share_without_taxes WHEN 'with_taxes' THEN s.share_with_taxes END AS share_on_target_basis
  FROM shares s
  LEFT JOIN target_structures ts ON ts.units = s.units AND ts.province_code = s.province_code AND s.year BETWEEN ts.base_year AND ts.target_year
  LEFT JOIN target_shares tsh ON tsh.doc = ts.doc AND tsh.target_year = ts.target_year AND tsh.sector = s.sector
)
SELECT
  w.units, w.province_code, w.year, w.sector, w.share_reported, w.share_with_taxes, w.share_without_taxes,
  w.data_basis, w.sum_reported, w.sum_three, w.sum_off,
  w.target_doc, w.target_id, w.target_year, w.base_year, w.target_basis, w.target_sum, w.target_tax_share, w.target_share,
  w.share_on_target_basis,
  w.share_on_target_basis - w.target_share AS gap_to_target,
  w.share_on_target_basis - b.share_on_target_basis AS shift_since_base,
  CASE WHEN w.target_year > w.year THEN (w.target_share - w.share_on_target_basis) / (w.target_year - w.year) END AS shift_required_per_year
FROM with_targets w
LEFT JOIN with_targets b ON b.units = w.units AND b.province_code = w.province_code AND b.sector = w.sector
  AND b.target_doc IS NOT DISTINCT FROM w.target_doc AND b.year = w.base_year
ORDER BY w.units, w.province_code, w.year, w.target_doc, w.sector;
