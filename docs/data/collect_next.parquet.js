// Stands in for collect_next.parquet until the pipeline writes it (Framework uses the real file
// when it exists): an empty file, which the Dữ liệu page reads as "nothing listed yet".
process.stdout.write("");
