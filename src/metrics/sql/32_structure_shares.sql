-- The economic structure by province and year, with the basis it is published on:
--   four_components                   agriculture, industry-construction, services and product
--                                     taxes less subsidies (the statistics office's split); three
--                                     sectors summing to clearly less than 100 are this too, with
--                                     the taxes the unstated rest;
--   three_sectors_taxes_in_services   three sectors summing to 100 whose services hold the taxes
--                                     (how provincial reports usually print it);
--   three_sectors_without_taxes       three sectors rescaled to 100 without the taxes (only where
--                                     the note or quote says so);
--   incomplete                        fewer than three sectors, or a sum above 100.
-- Each share is then given on each basis where the data allow: of total GRDP (taxes separate), with
-- taxes in services, and without taxes (the three rescaled to 100). Agriculture and industry are
-- shares of total GRDP on both of the first two bases; services is not, when it holds the taxes.
CREATE OR REPLACE TABLE structure_shares AS
WITH values_ AS (
  SELECT s.units, s.province_code, s.year, s.indicator_code, s.value,
    coalesce(v.note, '') || ' ' || coalesce(v.quote, '') AS said
  FROM series s
  LEFT JOIN series_values v USING (units, province_code, indicator_code, year)
  WHERE s.indicator_code IN ('share_agri', 'share_industry_construction', 'share_services', 'share_product_tax')
),
components AS (
  SELECT units, province_code, year,
    max(value) FILTER (WHERE indicator_code = 'share_agri') AS agri,
    max(value) FILTER (WHERE indicator_code = 'share_industry_construction') AS industry_construction,
    max(value) FILTER (WHERE indicator_code = 'share_services') AS services,
    max(value) FILTER (WHERE indicator_code = 'share_product_tax') AS product_tax,
    bool_or(regexp_matches(lower(said), 'không (bao gồm|tính|kể) thuế|without (product )?tax|rescaled')) AS said_without_taxes
  FROM values_
  GROUP BY units, province_code, year
),
based AS (
  SELECT *,
    agri + industry_construction + services AS sum_three,
    coalesce(agri, 0) + coalesce(industry_construction, 0) + coalesce(services, 0) + coalesce(product_tax, 0) AS sum_reported,
    CASE
      WHEN agri IS NULL OR industry_construction IS NULL OR services IS NULL THEN 'incomplete'
      WHEN product_tax IS NOT NULL THEN 'four_components'
      WHEN abs(agri + industry_construction + services - 100) <= 0.5 AND said_without_taxes THEN 'three_sectors_without_taxes'
      WHEN abs(agri + industry_construction + services - 100) <= 0.5 THEN 'three_sectors_taxes_in_services'
      WHEN agri + industry_construction + services < 100 THEN 'four_components'
      ELSE 'incomplete'
    END AS data_basis
  FROM components
),
taxed AS (
  SELECT *,
    -- The taxes of a four-component year: as published, or the rest to 100.
    CASE WHEN data_basis = 'four_components' THEN coalesce(product_tax, 100 - sum_three) END AS tax
  FROM based
),
long AS (
  SELECT t.*, s.sector, s.share_reported
  FROM taxed t,
  LATERAL (VALUES ('agri', t.agri), ('industry_construction', t.industry_construction), ('services', t.services), ('product_tax', t.product_tax)) s(sector, share_reported)
  WHERE s.share_reported IS NOT NULL
)
SELECT
  units, province_code, year, sector, share_reported, data_basis, sum_reported, sum_three,
  -- The sum check: four published components should make 100, three sectors no more than 100.
  CASE
    WHEN product_tax IS NOT NULL AND sum_three IS NOT NULL THEN abs(sum_reported - 100) > 0.5
    WHEN sum_three IS NOT NULL THEN sum_three > 100.5
    ELSE false
  END AS sum_off,
  tax AS product_tax_share,
  CASE
    WHEN data_basis = 'four_components' THEN share_reported
    WHEN data_basis IN ('three_sectors_taxes_in_services', 'incomplete') AND sector IN ('agri', 'industry_construction') THEN share_reported
  END AS share_total,
  CASE
    WHEN data_basis = 'four_components' AND sector = 'services' THEN share_reported + tax
    WHEN data_basis = 'four_components' AND sector IN ('agri', 'industry_construction') THEN share_reported
    WHEN data_basis = 'three_sectors_taxes_in_services' AND sector <> 'product_tax' THEN share_reported
    WHEN data_basis = 'incomplete' AND sector IN ('agri', 'industry_construction') THEN share_reported
  END AS share_taxes_in_services,
  CASE
    WHEN data_basis = 'four_components' AND sector <> 'product_tax' THEN 100 * share_reported / sum_three
    WHEN data_basis = 'three_sectors_without_taxes' THEN share_reported
  END AS share_without_taxes
FROM long;
