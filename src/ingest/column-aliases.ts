// The shared collections name some columns otherwise than the project's files (unit_code and
// province_code for the province, indicator_code, source_url, phrase). A table is read with its
// columns renamed to the project's names, so that those files can be dropped in as they are; a
// code column wins over a name column (it is unambiguous), which is then kept as province_name.
import type { CsvTable } from "./csv.ts";

export function withColumnAliases(table: CsvTable, aliases: Record<string, string>, codeColumns: readonly string[] = []): CsvTable {
  const rename = new Map<string, string>();
  const code = codeColumns.find((c) => table.header.includes(c));
  if (code) {
    if (table.header.includes("province")) rename.set("province", "province_name");
    rename.set(code, "province");
  }
  for (const [alias, name] of Object.entries(aliases)) {
    if (table.header.includes(alias) && !table.header.includes(name) && !rename.has(alias)) rename.set(alias, name);
  }
  if (rename.size === 0) return table;
  const to = (h: string) => rename.get(h) ?? h;
  return {
    ...table,
    header: table.header.map(to),
    records: table.records.map((r) => ({ ...r, values: Object.fromEntries(Object.entries(r.values).map(([k, v]) => [to(k), v])) })),
  };
}
