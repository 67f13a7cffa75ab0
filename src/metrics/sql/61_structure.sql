-- The economic structure by province and year (32_structure_shares.sql: the shares as published,
-- their basis, the sum check, the shares on each basis the data allow) and, for every target
-- structure whose period covers the year (33_target_structures.sql), the comparison with the
-- target on the target's basis: compared only like with like, else the reason why not; the gap,
-- the shift since the base year and the shift a year still required.
CREATE OR REPLACE TABLE structure AS
WITH targets_by_year AS (
  SELECT ts.*, t.base_year, t.doc
  FROM target_structures ts JOIN targets t USING (target_id)
  WHERE ts.sector <> 'product_tax'
),
with_targets AS (
  SELECT s.*,
    tb.structure_source AS target_source, tb.doc AS target_doc, tb.target_id, tb.target_year, tb.base_year, tb.target_basis, tb.target_sum,
    tb.target_tax_share, tb.target_share,
    CASE tb.target_basis
      WHEN 'four_components' THEN s.share_total
      WHEN 'incomplete' THEN s.share_total
      WHEN 'three_sectors_taxes_in_services' THEN s.share_taxes_in_services
      WHEN 'three_sectors_without_taxes' THEN s.share_without_taxes
    END AS share_on_target_basis
  FROM structure_shares s
  LEFT JOIN targets_by_year tb
    ON tb.units = s.units AND tb.province_code = s.province_code AND tb.sector = s.sector AND s.year BETWEEN tb.base_year AND tb.target_year
)
SELECT
  w.units, w.province_code, w.year, w.sector, w.share_reported,
  -- As published when taxes are separate (the former column, kept for the pages).
  CASE WHEN w.data_basis = 'four_components' THEN w.share_reported END AS share_with_taxes,
  w.share_total, w.share_taxes_in_services, w.share_without_taxes,
  w.data_basis, w.sum_reported, w.sum_three, w.sum_off, w.product_tax_share,
  w.target_doc, w.target_source, w.target_id, w.target_year, w.base_year, w.target_basis, w.target_sum, w.target_tax_share, w.target_share,
  w.share_on_target_basis,
  CASE WHEN w.target_id IS NOT NULL THEN w.share_on_target_basis IS NOT NULL END AS compared,
  CASE
    WHEN w.target_id IS NULL OR w.share_on_target_basis IS NOT NULL THEN NULL
    WHEN w.data_basis = 'incomplete' THEN 'Số liệu năm ' || w.year || ' không đủ ba khu vực: không quy được về cách tính của chỉ tiêu.'
    WHEN w.data_basis = 'three_sectors_taxes_in_services' AND w.target_basis = 'three_sectors_without_taxes'
      THEN 'Số liệu năm ' || w.year || ' gộp thuế sản phẩm vào dịch vụ, không tách được để bỏ thuế như chỉ tiêu.'
    WHEN w.data_basis = 'three_sectors_taxes_in_services'
      THEN 'Dịch vụ năm ' || w.year || ' gồm cả thuế sản phẩm; chỉ tiêu tính riêng thuế: không so được khu vực này.'
    WHEN w.data_basis = 'three_sectors_without_taxes'
      THEN 'Số liệu năm ' || w.year || ' đã bỏ thuế sản phẩm và không cho biết tỷ trọng thuế: không quy được về cách tính của chỉ tiêu.'
    ELSE 'Không quy được số liệu năm ' || w.year || ' về cách tính của chỉ tiêu.'
  END AS not_compared_reason_vi,
  w.share_on_target_basis - w.target_share AS gap_to_target,
  w.share_on_target_basis - b.share_on_target_basis AS shift_since_base,
  CASE WHEN w.target_year > w.year THEN (w.target_share - w.share_on_target_basis) / (w.target_year - w.year) END AS shift_required_per_year
FROM with_targets w
LEFT JOIN with_targets b ON b.units = w.units AND b.province_code = w.province_code AND b.sector = w.sector
  AND b.target_id IS NOT DISTINCT FROM w.target_id AND b.year = w.base_year
ORDER BY w.units, w.province_code, w.year, w.sector, w.target_id;
