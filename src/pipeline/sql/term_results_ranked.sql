-- Every result reported for a whole period with its rank among the results for the same unit set,
-- province, indicator and period, and whether it is the chosen one: the rule of the yearly actuals
-- (actuals_ranked.sql) without the analysts' choices, which name a year: status, source family,
-- the value the most sources give, the most recently published, files and lines.
CREATE OR REPLACE TABLE term_results_ranked AS
WITH marked AS (
  SELECT
    c.*,
    CASE c.status WHEN 'official' THEN 1 WHEN 'estimate' THEN 2 ELSE 3 END AS status_rank,
    CASE
      WHEN c.source_kind = 'statistics_office' THEN 'statistics_office'
      WHEN c.source_kind = 'document' OR c.status = 'reported' THEN 'report'
      ELSE 'publication'
    END AS source_family,
    count(*) OVER (PARTITION BY c.units, c.province_code, c.indicator_code, c.period_start, c.period_end, c.value) AS same_value_sources
  FROM term_result_candidates c
),
ranked AS (
  SELECT *,
    row_number() OVER (
      PARTITION BY units, province_code, indicator_code, period_start, period_end
      ORDER BY status_rank, CASE source_family WHEN 'statistics_office' THEN 1 WHEN 'publication' THEN 2 ELSE 3 END,
        same_value_sources DESC, published DESC NULLS LAST, file, line, value, source
    ) AS candidate_rank,
    count(*) OVER (PARTITION BY units, province_code, indicator_code, period_start, period_end) AS candidates
  FROM marked
)
SELECT * EXCLUDE (status_rank), candidate_rank = 1 AS chosen
FROM ranked;
