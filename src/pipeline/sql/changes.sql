-- What a run changed against the outputs it replaces, for the "Thay đổi" page: targets whose
-- status (or verdict) changed, with the changed values that can explain it; targets added or
-- removed; values added, replaced or removed, with their file and line; input files added,
-- changed or removed. Reads the views old_progress, new_progress, old_actuals, new_actuals and
-- the table input_changes (src/pipeline/changes.ts makes them), and the catalogs for names.
WITH
old_a AS (SELECT units, province_code, indicator_code, year, value, unit, status, source, source_kind, file, line FROM old_actuals),
new_a AS (SELECT units, province_code, indicator_code, year, value, unit, status, source, source_kind, file, line FROM new_actuals),
-- A value is replaced when the number, its status or its source changed, not when its row moved.
values_changed AS (
  SELECT
    CASE WHEN o.year IS NULL THEN 'value_added' WHEN n.year IS NULL THEN 'value_removed' ELSE 'value_replaced' END AS change,
    coalesce(n.units, o.units) AS units,
    coalesce(n.province_code, o.province_code) AS province_code,
    coalesce(n.indicator_code, o.indicator_code) AS indicator_code,
    coalesce(n.year, o.year) AS year,
    o.value AS value_before, n.value AS value_after, coalesce(n.unit, o.unit) AS unit,
    o.status AS value_status_before, n.status AS value_status_after,
    coalesce(n.source, o.source) AS source,
    -- Where the value comes from, as a path inside the data folder.
    CASE WHEN coalesce(n.source_kind, o.source_kind) = 'document' THEN 'documents/' ELSE 'actuals/' END || coalesce(n.file, o.file) AS file,
    CASE WHEN coalesce(n.source_kind, o.source_kind) = 'document' THEN NULL ELSE coalesce(n.line, o.line) END AS line
  FROM old_a o
  FULL JOIN new_a n
    ON n.units = o.units AND n.province_code = o.province_code AND n.indicator_code = o.indicator_code AND n.year = o.year
  WHERE o.year IS NULL OR n.year IS NULL
     OR n.value IS DISTINCT FROM o.value OR n.status IS DISTINCT FROM o.status OR n.source IS DISTINCT FROM o.source
),
-- The unit a value counts for: itself, and for a province of the 63, also the unit it joined in 2025.
value_units AS (
  SELECT v.*, v.units AS for_units, v.province_code AS for_code FROM values_changed v
  UNION ALL
  SELECT v.*, '34', p.unit_2025_code
  FROM values_changed v JOIN provinces p ON p.units = '63' AND p.code = v.province_code
  WHERE v.units = '63'
),
old_t AS (SELECT target_id, doc, units, province_code, indicator_code, target_year, status, quote FROM old_progress),
new_t AS (SELECT target_id, doc, units, province_code, indicator_code, target_year, status, quote FROM new_progress),
targets_changed AS (
  SELECT
    CASE WHEN o.target_id IS NULL THEN 'target_added' WHEN n.target_id IS NULL THEN 'target_removed' ELSE 'status_changed' END AS change,
    coalesce(n.target_id, o.target_id) AS target_id,
    coalesce(n.doc, o.doc) AS doc,
    coalesce(n.units, o.units) AS units,
    coalesce(n.province_code, o.province_code) AS province_code,
    coalesce(n.indicator_code, o.indicator_code) AS indicator_code,
    coalesce(n.target_year, o.target_year) AS target_year,
    coalesce(n.quote, o.quote) AS quote,
    o.status AS status_before, n.status AS status_after
  FROM old_t o
  FULL JOIN new_t n ON n.target_id = o.target_id
  WHERE o.target_id IS NULL OR n.target_id IS NULL OR n.status IS DISTINCT FROM o.status
),
-- The changed values of a target's unit and indicator, up to its target year: what can have
-- moved its status. A status that changed with none of them changed for another reason (a
-- document, a review, the catalog, the method), which the input changes list.
causes AS (
  SELECT t.target_id,
         string_agg(v.file || coalesce(':' || v.line, '') || ' (' || v.year || ')', '; ' ORDER BY v.year, v.file, v.line) AS causes,
         arg_min(v.file, [v.year::VARCHAR, v.file, lpad(coalesce(v.line, 0)::VARCHAR, 10, '0')]) AS file,
         arg_min(v.line, [v.year::VARCHAR, v.file, lpad(coalesce(v.line, 0)::VARCHAR, 10, '0')]) AS line
  FROM targets_changed t
  JOIN value_units v ON v.for_units = t.units AND v.for_code = t.province_code AND v.indicator_code = t.indicator_code AND v.year <= t.target_year
  WHERE t.change = 'status_changed'
  GROUP BY t.target_id
),
all_changes AS (
  SELECT t.change, t.units, t.province_code, t.indicator_code, t.target_id, t.target_year, t.doc, t.quote,
         t.status_before, t.status_after,
         NULL::INTEGER AS year, NULL::DOUBLE AS value_before, NULL::DOUBLE AS value_after, NULL::VARCHAR AS unit,
         NULL::VARCHAR AS value_status_before, NULL::VARCHAR AS value_status_after, NULL::VARCHAR AS source,
         CASE WHEN t.change = 'status_changed' THEN c.file ELSE 'documents/' || t.doc END AS file,
         CASE WHEN t.change = 'status_changed' THEN c.line END AS line,
         c.causes
  FROM targets_changed t LEFT JOIN causes c USING (target_id)
  UNION ALL
  SELECT change, units, province_code, indicator_code, NULL, NULL, NULL, NULL, NULL, NULL,
         year, value_before, value_after, unit, value_status_before, value_status_after, source, file, line, NULL
  FROM values_changed
  UNION ALL
  SELECT change, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
         NULL, NULL, NULL, NULL, NULL, NULL, NULL, file, NULL, NULL
  FROM input_changes
)
SELECT
  a.change, a.units, a.province_code, p.name_vi AS province_name, a.indicator_code, i.name_vi AS indicator_name_vi,
  a.target_id, a.target_year::INTEGER AS target_year, a.doc, a.quote, a.status_before, a.status_after,
  a.year::INTEGER AS year, a.value_before, a.value_after, a.unit, a.value_status_before, a.value_status_after, a.source,
  a.file, a.line::INTEGER AS line, a.causes
FROM all_changes a
LEFT JOIN provinces p ON p.units = a.units AND p.code = a.province_code
LEFT JOIN indicators i ON i.code = a.indicator_code
-- A total order on keys that do not depend on how anything is spelled.
ORDER BY
  CASE a.change
    WHEN 'no_previous_run' THEN 0 WHEN 'status_changed' THEN 1 WHEN 'target_added' THEN 2 WHEN 'target_removed' THEN 3
    WHEN 'value_added' THEN 4 WHEN 'value_replaced' THEN 5 WHEN 'value_removed' THEN 6 ELSE 7 END,
  a.units, a.province_code, a.indicator_code, coalesce(a.target_year, a.year), a.target_id, a.change, a.file
