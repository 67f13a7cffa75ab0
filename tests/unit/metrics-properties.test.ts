// Properties of the measures, over generated targets and series. Building a warehouse costs a
// few hundred milliseconds, so each run of a property draws a batch of cases and measures them
// all in one warehouse, one province per case (two for a before/after pair): some 75 cases cost
// six warehouses, where 25 cases used to cost 25 or 50.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { measure, type TestActual, type TestTarget } from "../helpers/warehouse.ts";
import { readProvinces } from "../../src/ingest/catalog.ts";

const ORDER = ["deteriorating", "limited_progress", "needs_acceleration", "on_track", "achieved"];
/** The 63 provinces' codes: a batch gives each case provinces of its own. */
const PROVINCES = readProvinces("data/catalog/provinces.csv", []).map((p) => p.code);
const BATCH = 25;
const RUNS = 6;
/** Up to 25 cases a run (about 13 on average: some 75 a property, in six warehouses); a failure shrinks to one. */
const batch = <T,>(arbitrary: fc.Arbitrary<T>) => fc.array(arbitrary, { minLength: 1, maxLength: BATCH, size: "max" });

describe("growing exactly at the target rate", () => {
  test("average growth: the growth still required equals the target, and the target is on track", async () => {
    await fc.assert(
      fc.asyncProperty(batch(fc.tuple(fc.double({ min: 0.5, max: 15, noNaN: true }), fc.integer({ min: 1, max: 4 }))), async (cases) => {
        const targets: TestTarget[] = [];
        const actuals: TestActual[] = [];
        cases.forEach(([g, years], k) => {
          const province = PROVINCES[k];
          targets.push({ id: `t${k}`, province, indicator: "grdp_growth", kind: "avg_growth", low: g, period_start: 2021, year: 2025 });
          for (let i = 0; i < years; i++) actuals.push({ province, indicator: "grdp_growth", year: 2021 + i, value: g });
        });
        const { byId } = await measure(targets, actuals);
        cases.forEach(([g], k) => {
          const r = byId.get(`t${k}`)!;
          expect(r.required_growth).toBeCloseTo(g, 9);
          expect(r.achieved_growth).toBeCloseTo(g, 9);
          expect(r.status).toBe("on_track");
        });
      }),
      { numRuns: RUNS },
    );
  });

  test("a level: the growth still required equals the target's growth, and the target is on track", async () => {
    const arbitrary = fc.tuple(fc.double({ min: 0.5, max: 15, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 4 }));
    await fc.assert(
      fc.asyncProperty(batch(arbitrary), async (cases) => {
        const targets: TestTarget[] = [];
        const actuals: TestActual[] = [];
        cases.forEach(([g, base, years], k) => {
          const province = PROVINCES[k];
          const value = (t: number) => base * (1 + g / 100) ** t;
          targets.push({ id: `t${k}`, province, indicator: "grdp_per_capita", kind: "level", low: value(5), year: 2025 });
          for (let i = 0; i <= years; i++) actuals.push({ province, indicator: "grdp_per_capita", year: 2020 + i, value: value(i) });
        });
        const { byId } = await measure(targets, actuals);
        cases.forEach(([g], k) => {
          const r = byId.get(`t${k}`)!;
          expect(r.required_growth).toBeCloseTo(g, 6);
          expect(r.ratio).toBeCloseTo(1, 9);
          expect(r.status).toBe("on_track");
        });
      }),
      { numRuns: RUNS },
    );
  });
});

describe("monotonicity", () => {
  /**
   * The status of a level target measured from a base (2020) and a latest value (2022), for each
   * case twice: with `before` as the latest value in one province and `after` in another.
   */
  async function statusPairs(indicator: string, comparator: "eq" | "lte" | "gte", cases: { base: number; target: number; before: number; after: number }[]) {
    const targets: TestTarget[] = [];
    const actuals: TestActual[] = [];
    cases.forEach((c, k) => {
      for (const [side, latest] of [["before", c.before], ["after", c.after]] as const) {
        const province = PROVINCES[2 * k + (side === "after" ? 1 : 0)];
        targets.push({ id: `${side}${k}`, province, indicator, kind: "level", comparator, low: c.target, year: 2025 });
        actuals.push({ province, indicator, year: 2020, value: c.base }, { province, indicator, year: 2022, value: latest });
      }
    });
    const { byId } = await measure(targets, actuals);
    return cases.map((_, k) => [byId.get(`before${k}`)!.status as string, byId.get(`after${k}`)!.status as string]);
  }

  /** Both statuses are among the ordered ones (two points are enough for a band), and `after` is not worse. */
  function expectNotWorse([before, after]: string[]) {
    expect(ORDER).toContain(before);
    expect(ORDER).toContain(after);
    expect(ORDER.indexOf(after)).toBeGreaterThanOrEqual(ORDER.indexOf(before));
  }

  test("raising the latest value of a higher-is-better indicator never worsens its status", async () => {
    const value = () => fc.double({ min: 1, max: 1000, noNaN: true });
    await fc.assert(
      fc.asyncProperty(batch(fc.tuple(value(), value(), value(), fc.double({ min: 0, max: 500, noNaN: true }))), async (cases) => {
        const pairs = await statusPairs("grdp_per_capita", "eq", cases.map(([base, target, latest, raise]) => ({ base, target, before: latest, after: latest + raise })));
        pairs.forEach(expectNotWorse);
      }),
      { numRuns: RUNS },
    );
  });

  test("lowering the latest value of a lower-is-better indicator never worsens its status", async () => {
    const share = () => fc.double({ min: 0, max: 100, noNaN: true });
    await fc.assert(
      fc.asyncProperty(batch(fc.tuple(share(), share(), share(), fc.double({ min: 0, max: 1, noNaN: true }))), async (cases) => {
        const pairs = await statusPairs("poverty_rate", "lte", cases.map(([base, target, latest, cut]) => ({ base, target, before: latest, after: latest * (1 - cut) })));
        pairs.forEach(expectNotWorse);
      }),
      { numRuns: RUNS },
    );
  });
});
