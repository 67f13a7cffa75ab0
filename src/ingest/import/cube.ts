// A statistics cube (a PX file or a JSON-stat dataset): dimensions with categories and one value
// per combination, the last dimension varying fastest. The place, time and (optionally)
// indicator dimensions are found from the roles the file declares, else from their categories:
// the one whose labels are years, the one whose labels name provinces.
import type { ProvinceResolver } from "../province-resolver.ts";
import { cleanPlace, parseYearLabel, type Observation, type TableRead } from "./observations.ts";
import { foldVietnamese } from "../../text/fold.ts";

export interface Category {
  id: string;
  label: string;
  unit?: string;
}

export interface Dimension {
  id: string;
  label: string;
  categories: Category[];
}

export interface Cube {
  dimensions: Dimension[];
  /** The value at one category index per dimension: a number, a text such as "..", or null. */
  value(index: number[]): number | string | null;
  roles: { time?: string; geo?: string; metric?: string };
  metadata: string[];
  stated: TableRead["stated"];
  /** "the PX file", "the JSON-stat dataset". */
  name: string;
}

const TIME_NAMES = /^(nam|year|years|time|thoi gian|ky|period|tid|ar)$/;

export function readCube(cube: Cube, provinces: ProvinceResolver): TableRead | { error: string } {
  const dims = cube.dimensions;
  const byId = (id?: string) => dims.find((d) => d.id === id);
  const yearShare = (d: Dimension) => d.categories.filter((c) => parseYearLabel(c.label) || parseYearLabel(c.id)).length / Math.max(1, d.categories.length);
  const placeShare = (d: Dimension) =>
    d.categories.filter((c) => {
      const t = cleanPlace(c.label);
      return provinces.resolve(t, "63") || provinces.resolve(t, "34");
    }).length;
  const time =
    byId(cube.roles.time) ??
    dims.find((d) => TIME_NAMES.test(foldVietnamese(d.label || d.id).trim())) ??
    [...dims].sort((a, b) => yearShare(b) - yearShare(a)).find((d) => yearShare(d) >= 0.5);
  if (!time) return { error: `no time dimension in ${cube.name} (a variable whose values are years)` };
  const others = dims.filter((d) => d !== time);
  const geo = byId(cube.roles.geo) ?? [...others].sort((a, b) => placeShare(b) - placeShare(a)).find((d) => placeShare(d) > 0);
  if (!geo) return { error: `no dimension of provinces in ${cube.name} (a variable whose values name provinces)` };
  const rest = others.filter((d) => d !== geo);
  const metric = byId(cube.roles.metric) ?? (rest.filter((d) => d.categories.length > 1).length === 1 ? rest.find((d) => d.categories.length > 1) : undefined);
  const extra = rest.filter((d) => d !== metric && d.categories.length > 1);
  if (extra.length > 0) {
    return {
      error: `${cube.name} has more dimensions than place, time and indicator: ${extra.map((d) => `${d.label || d.id} (${d.categories.length} values)`).join(", ")}; export one value of each`,
    };
  }
  const years = time.categories.map((c) => parseYearLabel(c.label) ?? parseYearLabel(c.id));
  const observations: Observation[] = [];
  const skipped: TableRead["skipped"] = [];
  time.categories.forEach((c, i) => {
    if (!years[i]) skipped.push({ where: `${time.label || time.id}="${c.label}"`, text: c.label, reason: "not a year" });
  });
  const index = new Array(dims.length).fill(0);
  const t = dims.indexOf(time);
  const g = dims.indexOf(geo);
  const m = metric ? dims.indexOf(metric) : -1;
  const metricCategories = metric ? metric.categories : [undefined];
  metricCategories.forEach((mc, mi) => {
    geo.categories.forEach((gc, gi) => {
      time.categories.forEach((tc, ti) => {
        const year = years[ti];
        if (!year) return;
        index[g] = gi;
        index[t] = ti;
        if (m >= 0) index[m] = mi;
        const where = [`${geo.label || geo.id}="${gc.label}"`, `${time.label || time.id}="${tc.label}"`, ...(mc ? [`${metric!.label || metric!.id}="${mc.label}"`] : [])].join(", ");
        observations.push({
          place: gc.label,
          placeCode: gc.id,
          year: year.year,
          value: cube.value(index),
          where,
          placeWhere: `${geo.label || geo.id}="${gc.label}"`,
          ...(year.status ? { status: year.status } : {}),
          ...(mc ? { indicatorLabel: mc.label, ...(mc.unit ? { unit: mc.unit } : {}) } : {}),
        });
      });
    });
  });
  const fixedDims = rest.filter((d) => d !== metric);
  const fixed = fixedDims.flatMap((d) => [d.label, ...d.categories.map((c) => c.label)]);
  const fixedUnit = fixedDims.flatMap((d) => d.categories).find((c) => c.unit)?.unit;
  return {
    observations,
    skipped,
    metadata: [...cube.metadata, ...fixed],
    stated: { ...cube.stated, ...(cube.stated.unit || !fixedUnit ? {} : { unit: fixedUnit }) },
    layout: `places in "${geo.label || geo.id}", years in "${time.label || time.id}"${metric ? `, indicators in "${metric.label || metric.id}"` : ""}`,
  };
}
