-- Every actual candidate with its rank among the values for the same unit set, province,
-- indicator and year, and whether it is the chosen one. The rule, in order:
--   1. a choice an analyst made in data/reviews/;
--   2. status: official, then estimate, then reported;
--   3. source family: the statistics office, then other publications (newspapers, portals), then
--      politicians' reports (rows of status reported, documents' reported results);
--   4. the value the most sources give (two newspapers repeating the statistics office's 7,23 %
--      against one early 8,3 %);
--   5. the most recently published;
--   6. the order of the files and lines (so that the same inputs always choose the same row: the
--      order is total, a candidate being one file's line or one document's figure).
-- Values are then checked per series, not per cell (src/metrics/sql/15_series_values.sql).
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
-- The ranking reads only the columns it orders on, and each candidate's row id: the windows sort
-- what they are given, and sorting a million rows with their quotes, notes and sources cost
-- several times more than sorting these. The other columns are joined back at the end.
marked AS (
  SELECT
    c.rowid AS candidate_row, c.units, c.province_code, c.indicator_code, c.year, c.value, c.published, c.file, c.line, c.source,
    c.rowid IN (SELECT candidate_row FROM reviewed) AS review_choice,
    CASE c.status WHEN 'official' THEN 1 WHEN 'estimate' THEN 2 ELSE 3 END AS status_rank,
    CASE
      WHEN c.source_kind = 'statistics_office' THEN 'statistics_office'
      WHEN c.source_kind = 'document' OR c.status = 'reported' THEN 'report'
      ELSE 'publication'
    END AS source_family,
    -- How many candidates of the cell give this value.
    count(*) OVER (PARTITION BY c.units, c.province_code, c.indicator_code, c.year, c.value) AS same_value_sources
  FROM actual_candidates c
),
-- One sort of the whole table, not a window per cell: the cells are small (a few candidates)
-- and many (a national run has a hundred thousand), and a partitioned window pays for each.
-- A candidate's rank is its position in the sorted table less that of its cell's first.
ordered AS (
  SELECT
    *,
    CASE source_family WHEN 'statistics_office' THEN 1 WHEN 'publication' THEN 2 ELSE 3 END AS source_rank,
    row_number() OVER (
      ORDER BY units, province_code, indicator_code, year, review_choice DESC, status_rank, CASE source_family WHEN 'statistics_office' THEN 1 WHEN 'publication' THEN 2 ELSE 3 END,
        same_value_sources DESC, published DESC NULLS LAST, file, line, value, source
    ) AS position
  FROM marked
),
cells AS (
  SELECT units, province_code, indicator_code, year, min(position) AS first_position, count(*) AS candidates,
    -- One distinct value when the least equals the greatest (cheaper than a distinct count).
    min(value) = max(value) AS same_values, arg_min(value, position) AS chosen_value
  FROM ordered
  GROUP BY units, province_code, indicator_code, year
),
ranked AS (
  SELECT o.*, o.position - c.first_position + 1 AS candidate_rank, c.candidates, c.same_values, c.chosen_value
  FROM ordered o
  JOIN cells c ON c.units = o.units AND c.province_code = o.province_code AND c.indicator_code = o.indicator_code AND c.year = o.year
),
rivals AS (
  -- The best-ranked candidate with another value than the chosen one: the choice is explained against it.
  SELECT units, province_code, indicator_code, year,
    arg_min(review_choice, candidate_rank) AS rival_review_choice, arg_min(status_rank, candidate_rank) AS rival_status_rank,
    arg_min(source_rank, candidate_rank) AS rival_source_rank, arg_min(same_value_sources, candidate_rank) AS rival_same_value_sources,
    arg_min(published, candidate_rank) AS rival_published
  FROM ranked WHERE value <> chosen_value
  GROUP BY units, province_code, indicator_code, year
)
SELECT
  c.*,
  r.review_choice, r.status_rank, r.source_family, r.same_value_sources, r.source_rank, r.candidate_rank, r.candidates, r.same_values,
  r.candidate_rank = 1 AS chosen,
  -- The candidate's place in the order units, province_code, indicator_code, year, candidate_rank:
  -- an output in that order sorts on this one number (half a second less of CPU at national scale).
  r.position AS candidate_order,
  CASE
    WHEN r.candidate_rank > 1 THEN NULL
    WHEN r.candidates = 1 THEN 'only value'
    WHEN r.same_values THEN 'same value'
    WHEN r.review_choice AND NOT v.rival_review_choice THEN 'chosen in data/reviews'
    WHEN r.status_rank < v.rival_status_rank THEN 'status ' || c.status
    WHEN r.source_rank < v.rival_source_rank THEN CASE r.source_family WHEN 'statistics_office' THEN 'statistics office source' ELSE 'a publication over a report' END
    WHEN r.same_value_sources > v.rival_same_value_sources THEN 'given by ' || r.same_value_sources || ' sources'
    WHEN r.published IS NOT NULL AND (v.rival_published IS NULL OR r.published > v.rival_published) THEN 'latest published'
    ELSE 'first listed'
  END AS choice_reason
FROM ranked r
JOIN actual_candidates c ON c.rowid = r.candidate_row
LEFT JOIN rivals v ON v.units = r.units AND v.province_code = r.province_code AND v.indicator_code = r.indicator_code AND v.year = r.year;
-- No ORDER BY: nothing reads this table in its row order (the outputs order their rows, the
-- measures' sums are exact), and sorting a national run's million rows costs a second.
