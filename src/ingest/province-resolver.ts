// Resolves how analysts write a province: the statistics office code ("82", "1" and "01" are
// both Hà Nội) or the name with or without accents ("Tiền Giang", "tien giang", "Tỉnh Tiền
// Giang", "TP. Cần Thơ", "Hoà"/"Hòa"). A code alone is ambiguous across the 2025 merger (82 is
// Tiền Giang among the 63 provinces and the new Đồng Tháp among the 34 units), so every lookup
// names its set.
import type { Province } from "./catalog.ts";
import { foldVietnamese } from "../text/fold.ts";

export type UnitSet = "63" | "34";

export interface ProvinceUnit {
  set: UnitSet;
  code: string;
  name_vi: string;
  name_en: string;
  region: string;
  /** For the 63: the unit it became on 1 July 2025; for the 34: itself. */
  unit_2025_code: string;
}

const PREFIX = /^(?:tinh|thanh pho|tp\.?|t\.p\.?)\s+/;
const foldName = (name: string) =>
  foldVietnamese(name)
    .replace(/[.\-–]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(PREFIX, "")
    .trim();

export class ProvinceResolver {
  readonly units: ProvinceUnit[];
  private readonly byCode = new Map<string, ProvinceUnit>();
  private readonly byName = new Map<string, ProvinceUnit>();

  constructor(provinces: Province[]) {
    const old: ProvinceUnit[] = provinces.map((p) => ({ set: "63", code: p.code, name_vi: p.name_vi, name_en: p.name_en, region: p.region, unit_2025_code: p.unit_2025_code }));
    const merged = new Map<string, ProvinceUnit>();
    for (const p of provinces) {
      const existing = merged.get(p.unit_2025_code);
      // The new unit takes its region from the province that hosts its centre (same code).
      if (!existing || p.code === p.unit_2025_code) {
        merged.set(p.unit_2025_code, {
          set: "34",
          code: p.unit_2025_code,
          name_vi: p.unit_2025,
          name_en: existing?.name_en && p.code !== p.unit_2025_code ? existing.name_en : englishName(p.unit_2025, provinces),
          region: p.region,
          unit_2025_code: p.unit_2025_code,
        });
      }
    }
    this.units = [...old, ...[...merged.values()].sort((a, b) => a.code.localeCompare(b.code))];
    for (const u of this.units) {
      this.byCode.set(`${u.set}:${u.code}`, u);
      this.byName.set(`${u.set}:${foldName(u.name_vi)}`, u);
      this.byName.set(`${u.set}:${foldName(u.name_en)}`, u);
    }
  }

  /** The unit written as `text` in `set`, or null. */
  resolve(text: string, set: UnitSet): ProvinceUnit | null {
    const t = text.trim();
    if (/^\d{1,2}$/.test(t)) return this.byCode.get(`${set}:${t.padStart(2, "0")}`) ?? null;
    return this.byName.get(`${set}:${foldName(t)}`) ?? null;
  }

  get(set: UnitSet, code: string): ProvinceUnit | undefined {
    return this.byCode.get(`${set}:${code}`);
  }
}

function englishName(vi: string, provinces: Province[]): string {
  return provinces.find((p) => p.name_vi === vi)?.name_en ?? foldVietnamese(vi).replace(/\b\w/g, (c) => c.toUpperCase());
}

/** Before 1 July 2025 figures belong to the 63 provinces, from 2026 to the 34 units. */
export function defaultUnitSet(year: number): UnitSet {
  return year <= 2025 ? "63" : "34";
}
