import { DuckDBInstance } from "@duckdb/node-api";
const inst = await DuckDBInstance.create(":memory:", { threads: "1" });
const c = await inst.connect();
const q = async (s: string) => { try { const r = await c.runAndReadAll(s); return r.getRowObjectsJS(); } catch (e) { return String(e).slice(0, 300); } };
console.log(await q(`SELECT CAST('+5' AS DOUBLE) a, CAST('007.50' AS DOUBLE) b, CAST('-0' AS DOUBLE) c, nfc_normalize('Tiê\u0300n') d, regexp_replace(' \u00a0x y\t', '^[\\t-\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+|[\\t-\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]+$', '', 'g') e`));
for (const f of ["bom.csv","wrong-column-count.csv","crlf.csv","semicolons.csv","nfd-names.csv"]) {
  const cols = f==="semicolons.csv" ? "{'province':'VARCHAR','indicator':'VARCHAR','year':'VARCHAR','value':'VARCHAR','unit':'VARCHAR','status':'VARCHAR','source':'VARCHAR'}" : "{'province':'VARCHAR','indicator':'VARCHAR','year':'VARCHAR','value':'VARCHAR','unit':'VARCHAR','status':'VARCHAR','source':'VARCHAR'}";
  console.log(f, await q(`SELECT * FROM read_csv('tests/fixtures/actuals/${f}', header=true, auto_detect=false, delim='${f==="semicolons.csv"?";":","}', quote='"', escape='"', strict_mode=true, null_padding=false, columns=${cols})`));
}

