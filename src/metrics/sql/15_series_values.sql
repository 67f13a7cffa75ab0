-- The chosen value of every province, indicator and year, checked as part of its series rather
-- than as a cell:
-- * a level (not a rate or a share) that jumps against both its neighbours (above both or below
--   both, and more than 5 % away from the path between them) and comes from another source than
--   either of them is an outlier: it stays in the actuals, flagged, and no measure uses it
--   (Tiền Giang's GRDP per capita of 69,1 in 2022 from an aggregator, above both 57,4 in 2020
--   and 68,7 in 2023 from the statistics office). A value between its neighbours is never one:
--   levels may move unevenly (a year of slow growth, then a fast one);
-- * a poverty rate carries the poverty standard it was measured under: the one its note or quote
--   names, else the one in force that year (2016-2020 until 2021, 2022-2025 from 2022); a change
--   of standard breaks the series (30_series.sql).
CREATE OR REPLACE TABLE series_values AS
WITH chosen AS NOT MATERIALIZED (
  SELECT a.units, a.province_code, a.indicator_code, a.year, a.value, a.price_base, a.status, a.source, a.source_family,
    coalesce(a.quote, '') AS quote, coalesce(a.note, '') AS note, a.file, a.line, i.unit,
    -- Hosts are compared only along series of levels (the outlier rule).
    CASE WHEN i.unit NOT IN ('percent', 'percent_per_year', 'pp_per_year') THEN source_host(a.source) END AS host
  FROM actuals_ranked a JOIN indicators i ON i.code = a.indicator_code
  WHERE a.chosen
),
neighbours AS (
  -- Only series of levels need their neighbours (the outlier rule).
  SELECT *,
    lag(year) OVER w AS prev_year, lag(value) OVER w AS prev_value, lag(host) OVER w AS prev_host,
    lead(year) OVER w AS next_year, lead(value) OVER w AS next_value, lead(host) OVER w AS next_host
  FROM chosen
  WHERE host IS NOT NULL
  WINDOW w AS (PARTITION BY units, province_code, indicator_code ORDER BY year)
  UNION ALL BY NAME
  SELECT * FROM chosen WHERE host IS NULL
),
expected AS (
  SELECT *,
    CASE WHEN unit NOT IN ('percent', 'percent_per_year', 'pp_per_year') AND prev_value > 0 AND next_value > 0 AND value > 0
      THEN prev_value * pow(next_value / prev_value, (year - prev_year) / (next_year - prev_year)) END AS path_value,
    CASE WHEN indicator_code LIKE 'poverty_rate%' THEN
      coalesce(
        CASE
          WHEN regexp_matches(note || ' ' || quote, '(20\d\d)\s*[-–]\s*(20\d\d)') AND regexp_matches(lower(note || ' ' || quote), 'chuẩn nghèo|standard')
            THEN regexp_extract(note || ' ' || quote, '(20\d\d)\s*[-–]\s*(20\d\d)', 1) || '-' || regexp_extract(note || ' ' || quote, '(20\d\d)\s*[-–]\s*(20\d\d)', 2)
          WHEN regexp_matches(note || ' ' || quote, '59/2015') THEN '2016-2020'
          WHEN regexp_matches(note || ' ' || quote, '07/2021') THEN '2022-2025'
        END,
        CASE WHEN year <= 2015 THEN '2011-2015' WHEN year <= 2021 THEN '2016-2020' WHEN year <= 2025 THEN '2022-2025' ELSE '2026-2030' END)
    END AS poverty_standard
  FROM neighbours
),
flagged AS (
  SELECT *,
    coalesce(
      path_value IS NOT NULL
      AND (value > greatest(prev_value, next_value) OR value < least(prev_value, next_value))
      AND abs(ln(value / path_value)) > ln(1.05)
      AND host <> prev_host AND host <> next_host,
      false) AS outlier
  FROM expected
)
SELECT
  units, province_code, indicator_code, year, value, price_base, status, source, source_family, quote, note, file, line, unit, host,
  poverty_standard, outlier, path_value,
  CASE WHEN outlier
    THEN 'giá trị năm ' || year || ' (' || vi_num(value) || ', nguồn ' || host || ') lệch ' || vi_num(100 * abs(value / path_value - 1)) || ' % khỏi đường nối năm '
      || prev_year || ' và ' || next_year || ' (các nguồn khác), nên bị loại khỏi chuỗi'
  END AS outlier_vi
FROM flagged;
