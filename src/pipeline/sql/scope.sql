-- The unit groups of a scoped re-run (src/pipeline/scope.ts). A unit group is a new unit of the
-- 2025 merger (units '34') with the old provinces it was made of (units '63', unit_2025_code): the
-- merger's values and the same-territory series read across them, nothing reads across groups.
-- A unit set and code the catalog does not list (none, once the inputs are checked) would be a
-- group of its own. Reads scope_provinces (the catalog), scope_changed_files (the actuals files
-- added, changed or removed), previous_candidates (the current set's actuals_candidates.parquet)
-- and actual_candidates, which holds every changed file's rows when this runs.
CREATE OR REPLACE TEMP TABLE scope_changed_rows AS
SELECT units, province_code FROM actual_candidates WHERE file IN (SELECT file FROM scope_changed_files)
UNION
SELECT units, province_code FROM previous_candidates WHERE file IN (SELECT file FROM scope_changed_files);

CREATE OR REPLACE TEMP TABLE scope_groups AS
SELECT DISTINCT coalesce(p.unit_group, c.units || ':' || c.province_code) AS unit_group
FROM scope_changed_rows c
LEFT JOIN (
  SELECT units, code, CASE WHEN units = '63' THEN coalesce(unit_2025_code, code) ELSE code END AS unit_group FROM scope_provinces
) p ON p.units = c.units AND p.code = c.province_code;

CREATE OR REPLACE TEMP TABLE scope_units AS
SELECT units, code AS province_code FROM scope_provinces
WHERE CASE WHEN units = '63' THEN coalesce(unit_2025_code, code) ELSE code END IN (SELECT unit_group FROM scope_groups)
UNION
SELECT units, province_code FROM scope_changed_rows
WHERE units || ':' || province_code IN (SELECT unit_group FROM scope_groups);

-- The first and last year of all actuals, as a run over every province would take them from its
-- candidates (warehouse.ts): the unchanged files', documents' and term results' candidates are
-- the current set's, the changed files' are read now.
CREATE OR REPLACE TABLE actual_years AS
SELECT min(year) AS min_year, max(year) AS max_year
FROM (
  SELECT year FROM previous_candidates WHERE file NOT IN (SELECT file FROM scope_changed_files)
  UNION ALL
  SELECT year FROM actual_candidates WHERE file IN (SELECT file FROM scope_changed_files)
);
