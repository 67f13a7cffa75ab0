-- Every actual candidate with its rank among the values for the same unit set, province,
-- indicator and year, and whether it is the chosen one. The rule, in order:
--   1. a choice an analyst made in data/reviews/;
--   2. status: official, then estimate, then reported;
--   3. source: the statistics office, then other publications, then documents' reported results;
--   4. the most recently published;
--   5. the order of the files and lines (so that the same inputs always choose the same row).
CREATE OR REPLACE TABLE actuals_ranked AS
WITH reviewed AS (
  -- The candidates an analyst chose (a join, not a subquery per row: a national run has a million).
  SELECT DISTINCT c.rowid AS candidate_row
  FROM actual_candidates c
  JOIN actual_choices ch
    ON ch.units = c.units AND ch.province_code = c.province_code AND ch.indicator_code = c.indicator_code AND ch.year = c.year
    AND (ch.value IS NULL OR abs(ch.value - c.value_original) < 1e-9 OR abs(ch.value - c.value) < 1e-9)
    AND (ch.source = '' OR ch.source = c.source)
),
marked AS (
  SELECT
    c.*,
    c.rowid IN (SELECT candidate_row FROM reviewed) AS review_choice,
    CASE c.status WHEN 'official' THEN 1 WHEN 'estimate' THEN 2 ELSE 3 END AS status_rank,
    CASE c.source_kind WHEN 'statistics_office' THEN 1 WHEN 'other' THEN 2 ELSE 3 END AS source_rank
  FROM actual_candidates c
),
ranked AS (
  SELECT
    *,
    row_number() OVER w AS candidate_rank,
    count(*) OVER (PARTITION BY units, province_code, indicator_code, year) AS candidates,
    -- One distinct value when the least equals the greatest (cheaper than a distinct count).
    min(value) OVER (PARTITION BY units, province_code, indicator_code, year) = max(value) OVER (PARTITION BY units, province_code, indicator_code, year) AS same_values,
    lead(review_choice) OVER w AS next_review_choice,
    lead(status_rank) OVER w AS next_status_rank,
    lead(source_rank) OVER w AS next_source_rank,
    lead(published) OVER w AS next_published
  FROM marked
  WINDOW w AS (
    PARTITION BY units, province_code, indicator_code, year
    ORDER BY review_choice DESC, status_rank, source_rank, published DESC NULLS LAST, file, line
  )
)
SELECT
  * EXCLUDE (next_review_choice, next_status_rank, next_source_rank, next_published),
  candidate_rank = 1 AS chosen,
  CASE
    WHEN candidate_rank > 1 THEN NULL
    WHEN candidates = 1 THEN 'only value'
    WHEN review_choice AND NOT next_review_choice THEN 'chosen in data/reviews'
    WHEN status_rank < next_status_rank THEN 'status ' || status
    WHEN source_rank < next_source_rank THEN 'statistics office source'
    WHEN published IS NOT NULL AND (next_published IS NULL OR published > next_published) THEN 'latest published'
    WHEN same_values THEN 'same value'
    ELSE 'first listed'
  END AS choice_reason
FROM ranked
-- A fixed row order: the measures sum in table order, and the sums must not vary between runs.
ORDER BY units, province_code, indicator_code, year, candidate_rank;
