// Generates synthetic but plausible inputs for benchmarks: the 63 provinces, the catalog's
// indicators, actuals 2005-2030 from several sources (so that the pipeline has conflicts to
// resolve), about 10,000 communes (counted in the documents), and for each province the
// resolutions of three terms written the way provincial resolutions write their targets.
// Scale 1 is about 10,000 actual rows and 160 documents; scale 100 is about a million rows
// and 16,000 documents. Usable alone:
//   npx tsx bench/generate.ts --scale 10 --out /tmp/chitieu-10x
// Generated data never goes to data/: the output folder must not be the project's data folder.
import { cpSync, mkdirSync, rmSync, writeFileSync, createWriteStream } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { readIndicators, readProvinces } from "../src/ingest/catalog.ts";

/** A small deterministic generator (mulberry32), so the same scale gives the same files. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** "có 32/51": communes that met the standard, of the province's communes. */
const newRural = (total: number, rand: () => number) => `có ${Math.round(total * (0.5 + 0.5 * rand()))}/${total}`;
const vn = (x: number, digits = 1) => x.toLocaleString("vi-VN", { maximumFractionDigits: digits });
const TERMS: [number, number][] = [[2015, 2020], [2020, 2025], [2025, 2030]];

export interface GeneratedSize {
  actualRows: number;
  documents: number;
  documentBytes: number;
  communes: number;
}

/**
 * About 10,000 communes (xã, phường, thị trấn), as the country had before 2025: each province
 * gets between 60 and 260. The pipeline does not read communes (its unit is the province); the
 * documents count them, as resolutions do ("có 32/51 xã đạt chuẩn nông thôn mới").
 */
function communesOf(provinces: { code: string; name_vi: string }[], rand: () => number): { code: string; province_code: string; name: string }[] {
  const out: { code: string; province_code: string; name: string }[] = [];
  for (const p of provinces) {
    const count = 60 + Math.floor(200 * rand());
    for (let k = 1; k <= count; k++) out.push({ code: `${p.code}${String(k).padStart(3, "0")}`, province_code: p.code, name: `${k % 7 === 0 ? "Phường" : "Xã"} ${k} (${p.name_vi})` });
  }
  return out;
}

/** `documentCopies` (default: the scale) sets how many times the three terms' resolutions are written. */
export async function generate(scale: number, out: string, { documentCopies = scale }: { documentCopies?: number } = {}): Promise<GeneratedSize> {
  if (resolve(out) === resolve("data")) throw new Error("generated data never goes to data/");
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "actuals"), { recursive: true });
  mkdirSync(join(out, "documents"), { recursive: true });
  mkdirSync(join(out, "reviews"), { recursive: true });
  cpSync("data/catalog", join(out, "catalog"), { recursive: true });
  const indicators = readIndicators("data/catalog/indicators.csv", []);
  const provinces = readProvinces("data/catalog/provinces.csv", []);
  const rand = random(42 + scale);
  const communes = communesOf(provinces, rand);
  writeFileSync(join(out, "communes.csv"), "code,province_code,name\n" + communes.map((c) => `${c.code},${c.province_code},"${c.name}"`).join("\n") + "\n");
  const communeCount = new Map<string, number>();
  for (const c of communes) communeCount.set(c.province_code, (communeCount.get(c.province_code) ?? 0) + 1);

  // Actuals: every province × indicator × year 2005-2025 (63 set) and 2026-2030 (34 set), from
  // as many sources as the scale asks (about 10.000 rows at scale 1).
  const combos = provinces.length * 21 * indicators.length + new Set(provinces.map((p) => p.unit_2025_code)).size * 5 * indicators.length;
  const sources = Math.max(1, Math.round((10_000 * scale) / combos));
  const share = Math.min(1, (10_000 * scale) / combos);
  const file = createWriteStream(join(out, "actuals", "generated.csv"));
  file.write("province,indicator,year,value,unit,status,source,published\n");
  let actualRows = 0;
  const units34 = [...new Map(provinces.map((p) => [p.unit_2025_code, p])).keys()];
  const emit = (code: string, units: string, year: number) => {
    for (const ind of indicators) {
      if (rand() > share) continue;
      for (let s = 0; s < sources; s++) {
        const base = ind.unit === "percent" ? 20 + 60 * rand() : ind.unit === "percent_per_year" ? 4 + 6 * rand() : 100 + 10_000 * rand();
        const status = s === 0 ? "official" : rand() < 0.5 ? "estimate" : "reported";
        const source = s === 0 ? `Cục Thống kê ${code}` : `Báo ${s} tỉnh ${code}`;
        const line = `${code},${ind.code},${year},${base.toFixed(2)},${ind.unit},${status},${source},${year + 1}-0${1 + (s % 9)}-15\n`;
        file.write(units === "34" ? line : line);
        actualRows++;
      }
    }
  };
  for (const p of provinces) for (let y = 2005; y <= 2025; y++) emit(p.code, "63", y);
  for (const code of units34) for (let y = 2026; y <= 2030; y++) emit(code, "34", y);
  await new Promise<void>((done) => file.end(done));

  // Documents: three terms per province, repeated as the scale asks.
  const meta = ["file,province,province_code,units,doc_type,published,term_start,term_end,publisher,title,source_url"];
  let documentBytes = 0;
  let documents = 0;
  for (let copy = 0; copy < documentCopies; copy++) {
    const written = new Set<string>();
    for (const p of provinces) {
      for (const [start, end] of TERMS) {
        const units = start >= 2025 ? "34" : "63";
        // A new unit's resolution is written once, not once per province it merged.
        if (units === "34" && written.has(`${p.unit_2025_code}-${start}`)) continue;
        written.add(`${p.unit_2025_code}-${start}`);
        const code = units === "34" ? p.unit_2025_code : p.code;
        const name = units === "34" ? p.unit_2025 : p.name_vi;
        const g = 6 + 4 * rand();
        const text = [
          `Nghị quyết Đại hội đại biểu Đảng bộ tỉnh ${name} nhiệm kỳ ${start} - ${end}`,
          "",
          `Các chỉ tiêu chủ yếu nhiệm kỳ ${start} - ${end}`,
          "",
          `- Tăng trưởng kinh tế (GRDP) bình quân ${vn(g)} - ${vn(g + 0.5)}%/năm; GRDP bình quân đầu người đến năm ${end} đạt ${vn(60 + 100 * rand(), 0)} triệu đồng.`,
          `- Cơ cấu kinh tế đến năm ${end}: khu vực nông, lâm, thủy sản chiếm ${vn(15 + 10 * rand())}%; khu vực công nghiệp và xây dựng chiếm ${vn(30 + 10 * rand())}%; khu vực dịch vụ chiếm ${vn(30 + 10 * rand())}%.`,
          `- Kim ngạch xuất khẩu năm ${end} đạt ${vn(1 + 9 * rand())} tỷ USD. Tổng thu ngân sách nhà nước trên địa bàn giai đoạn ${start + 1} - ${end} đạt ${vn(20_000 + 80_000 * rand(), 0)} tỷ đồng.`,
          `- Giảm tỷ lệ hộ nghèo bình quân mỗi năm từ 1%; tỷ lệ lao động qua đào tạo đạt ${vn(60 + 20 * rand(), 0)}%; tỷ lệ dân số tham gia bảo hiểm y tế trên ${vn(90 + 5 * rand(), 0)}%.`,
          `- Đến năm ${end}, đạt ${vn(8 + 4 * rand(), 0)} bác sĩ/vạn dân; ${vn(25 + 10 * rand(), 0)} giường bệnh/vạn dân; có ${vn(70 + 30 * rand(), 0)}% xã đạt chuẩn nông thôn mới.`,
          `- Phấn đấu đến năm ${end} ${newRural(communeCount.get(p.code) ?? 100, rand)} xã đạt chuẩn nông thôn mới.`,
          "",
          `Kết quả nhiệm kỳ trước: tăng trưởng kinh tế bình quân đạt ${vn(g - 1)}%/năm, thu nhập bình quân đầu người đạt ${vn(40 + 50 * rand(), 0)} triệu đồng/người.`,
          "",
        ].join("\n");
        const fileName = `gen_${code}_${units}_${start}_${copy}.txt`;
        writeFileSync(join(out, "documents", fileName), text);
        documentBytes += Buffer.byteLength(text);
        documents++;
        meta.push(`${fileName},${name},${code},${units},party_congress_resolution,${start}-10-15,${start},${end},Generated,Generated ${start}-${end},`);
      }
    }
  }
  writeFileSync(join(out, "documents.csv"), meta.join("\n") + "\n");
  return { actualRows, documents, documentBytes, communes: communes.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { scale: { type: "string", default: "1" }, out: { type: "string" } } });
  if (!values.out) {
    process.stderr.write("usage: npx tsx bench/generate.ts --scale N --out DIR\n");
    process.exit(2);
  }
  const size = await generate(Number(values.scale), values.out);
  process.stderr.write(`generated ${size.actualRows} actual rows, ${size.communes} communes and ${size.documents} documents (${(size.documentBytes / 1e6).toFixed(1)} MB) in ${values.out}\n`);
}
