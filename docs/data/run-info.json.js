// Stands in for the file of the same name until the pipeline has written it: Framework uses the
// real file when it exists and runs this only when it does not, so a page that reads it builds
// either way and shows that the information is missing.
process.stdout.write("null\n");
