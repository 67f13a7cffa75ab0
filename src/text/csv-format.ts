// CSV writing: one implementation with the site's downloads (docs/components/csv.js).
export { csvField, toCsv } from "../../docs/components/csv.js";
