-- The unit groups of a scoped re-run (src/pipeline/scope.ts). A unit group is a new unit of the
-- 2025 merger (units '34') with the old provinces it was made of (units '63', unit_2025_code): the
-- merger's values and the same-territory series read across them, nothing reads across groups.
-- A unit set and code the catalog does not list (none, once the inputs are checked) is a group of
-- its own. Reads scope_changed_files (the actuals files added, changed or removed) and
-- previous_candidates (the current set's actuals_candidates.parquet).
CREATE OR REPLACE TEMP TABLE unit_groups AS
WITH listed AS (
  SELECT units, code AS province_code, CASE WHEN units = '63' THEN coalesce(unit_2025_code, code) ELSE code END AS unit_group
  FROM provinces
),
seen AS (
  SELECT units, province_code FROM actual_candidates
  UNION SELECT units, province_code FROM previous_candidates
  UNION SELECT units, province_code FROM documents
  UNION SELECT units, province_code FROM typed_targets
  UNION SELECT units, province_code FROM term_result_candidates
)
SELECT * FROM listed
UNION ALL
SELECT s.units, s.province_code, s.units || ':' || s.province_code
FROM seen s
WHERE s.units IS NOT NULL AND s.province_code IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM listed l WHERE l.units = s.units AND l.province_code = s.province_code);

-- The groups of every row the changed files held before or hold now.
CREATE OR REPLACE TEMP TABLE scope_groups AS
SELECT DISTINCT g.unit_group
FROM (
  SELECT units, province_code FROM actual_candidates WHERE file IN (SELECT file FROM scope_changed_files)
  UNION
  SELECT units, province_code FROM previous_candidates WHERE file IN (SELECT file FROM scope_changed_files)
) c
JOIN unit_groups g ON g.units = c.units AND g.province_code = c.province_code;

CREATE OR REPLACE TEMP TABLE scope_units AS
SELECT units, province_code FROM unit_groups WHERE unit_group IN (SELECT unit_group FROM scope_groups);
