-- How many conflicting rows are still to settle, and how many groups the analysts settled.
SELECT
  count(*) FILTER (WHERE NOT settled)::INTEGER AS open_rows,
  count(DISTINCT CASE WHEN settled THEN units || '|' || province_code || '|' || indicator_code || '|' || year END)::INTEGER AS settled_groups
FROM conflicting
