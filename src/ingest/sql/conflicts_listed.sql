-- The conflicts still to settle, ordered by where the first row of each group is, then by line,
-- as an analyst reads the files.
SELECT file, line, value_original, province_name, indicator_code, year, first_file, first_line, first_value_original
FROM conflicting
WHERE NOT settled
ORDER BY first_file, first_line, file, line
