-- The measures of every kind in one table, one row per target.
CREATE OR REPLACE TABLE progress_measures AS
SELECT * FROM progress_level
UNION ALL BY NAME SELECT * FROM progress_avg_growth
UNION ALL BY NAME SELECT * FROM progress_cumulative
UNION ALL BY NAME SELECT * FROM progress_annual
UNION ALL BY NAME SELECT * FROM progress_annual_change;
