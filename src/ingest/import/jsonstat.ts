// JSON-stat 2.0 datasets (class "dataset"): `id` and `size` give the dimensions in order, each
// dimension's `category.index` the order of its categories, `value` an array (or an object keyed
// by position, for sparse cubes) in row-major order. Roles (time, geo, metric) are used where the
// file declares them. Validated with zod, so that a file of another shape gets a clear message.
import { z } from "zod";
import type { Cube, Dimension } from "./cube.ts";

const category = z.object({
  index: z.union([z.array(z.string()), z.record(z.string(), z.number().int())]).optional(),
  label: z.record(z.string(), z.string()).optional(),
  unit: z.record(z.string(), z.object({ label: z.string().optional(), symbol: z.string().optional() }).loose()).optional(),
});

// Any number, Infinity included (JSON's 1e999): the cell is then listed as not finite, not the whole file refused.
const cell = z.union([z.custom<number>((v) => typeof v === "number"), z.string(), z.null()]);

const dataset = z
  .object({
    version: z.string().optional(),
    class: z.literal("dataset", "a JSON-stat dataset (\"class\": \"dataset\")"),
    label: z.string().optional(),
    source: z.string().optional(),
    updated: z.string().optional(),
    note: z.array(z.string()).optional(),
    id: z.array(z.string()),
    size: z.array(z.number().int().nonnegative()),
    role: z.object({ time: z.array(z.string()).optional(), geo: z.array(z.string()).optional(), metric: z.array(z.string()).optional() }).loose().optional(),
    dimension: z.record(z.string(), z.object({ label: z.string().optional(), category }).loose()),
    value: z.union([z.array(cell), z.record(z.string(), cell)]),
  })
  .loose();

export function readJsonStat(text: string): Cube | { error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { error: `not JSON: ${(error as Error).message}` };
  }
  const parsed = dataset.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { error: `not a JSON-stat 2.0 dataset: at ${i.path.join(".") || "the top"}: ${i.message}` };
  }
  const ds = parsed.data;
  if (ds.id.length !== ds.size.length) return { error: `not a JSON-stat 2.0 dataset: "id" names ${ds.id.length} dimensions and "size" ${ds.size.length}` };
  const dimensions: Dimension[] = [];
  for (const [k, id] of ds.id.entries()) {
    const d = ds.dimension[id];
    if (!d) return { error: `the dimension "${id}" is in "id" but not in "dimension"` };
    const index = d.category.index;
    const ids = Array.isArray(index)
      ? index
      : index
        ? Object.entries(index).sort((a, b) => a[1] - b[1]).map(([c]) => c)
        : Object.keys(d.category.label ?? {});
    if (ids.length !== ds.size[k]) return { error: `the dimension "${id}" has ${ids.length} categories where "size" says ${ds.size[k]}` };
    dimensions.push({
      id,
      label: d.label ?? id,
      categories: ids.map((c) => {
        const unit = d.category.unit?.[c];
        const unitText = unit?.label ?? unit?.symbol;
        return { id: c, label: d.category.label?.[c] ?? c, ...(unitText ? { unit: unitText } : {}) };
      }),
    });
  }
  const values = ds.value;
  const total = ds.size.reduce((a, b) => a * b, 1);
  if (Array.isArray(values) && values.length !== total) return { error: `"value" holds ${values.length} values where the dimensions make ${total}` };
  const first = (list?: string[]) => list?.[0];
  return {
    name: "the JSON-stat dataset",
    dimensions,
    value(index) {
      let flat = 0;
      index.forEach((k, d) => (flat = flat * ds.size[d] + k));
      const v = Array.isArray(values) ? values[flat] : values[String(flat)];
      // JSON has no Infinity, but 1e999 parses to it: a cell that no double holds is refused later.
      return v === undefined ? null : v;
    },
    roles: { time: first(ds.role?.time), geo: first(ds.role?.geo), metric: first(ds.role?.metric) },
    metadata: [ds.label ?? "", ...(ds.note ?? [])].filter(Boolean),
    stated: {
      ...(ds.label ? { indicator: ds.label } : {}),
      ...(ds.source ? { source: ds.source } : {}),
      ...(ds.updated && /^\d{4}-\d{2}-\d{2}/.test(ds.updated) ? { published: ds.updated.slice(0, 10) } : {}),
    },
  };
}
