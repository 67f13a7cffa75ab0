import { parse } from "csv-parse/sync";
console.log(JSON.stringify(parse("a,b\n1,2\n\n\n3,\"4\n5\"\n\n6,7\n", { info: true, skip_empty_lines: true, relax_column_count: true }).map((r: any) => [r.record, r.info.lines, r.info.empty_lines])));
