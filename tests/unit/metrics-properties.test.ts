// Properties of the measures, over generated targets and series.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { measure } from "../helpers/warehouse.ts";

const ORDER = ["deteriorating", "limited_progress", "needs_acceleration", "on_track", "achieved"];

describe("growing exactly at the target rate", () => {
  test("average growth: the growth still required equals the target, and the target is on track", async () => {
    await fc.assert(
      fc.asyncProperty(fc.double({ min: 0.5, max: 15, noNaN: true }), fc.integer({ min: 1, max: 4 }), async (g, years) => {
        const actuals = Array.from({ length: years }, (_, i) => ({ indicator: "grdp_growth", year: 2021 + i, value: g }));
        const { byId } = await measure([{ id: "t", indicator: "grdp_growth", kind: "avg_growth", low: g, period_start: 2021, year: 2025 }], actuals);
        const r = byId.get("t")!;
        expect(r.required_growth).toBeCloseTo(g, 9);
        expect(r.achieved_growth).toBeCloseTo(g, 9);
        expect(r.status).toBe("on_track");
      }),
      { numRuns: 25 },
    );
  });

  test("a level: the growth still required equals the target's growth, and the target is on track", async () => {
    await fc.assert(
      fc.asyncProperty(fc.double({ min: 0.5, max: 15, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), fc.integer({ min: 1, max: 4 }), async (g, base, years) => {
        const value = (t: number) => base * (1 + g / 100) ** t;
        const actuals = Array.from({ length: years + 1 }, (_, i) => ({ indicator: "grdp_per_capita", year: 2020 + i, value: value(i) }));
        const { byId } = await measure([{ id: "t", indicator: "grdp_per_capita", kind: "level", low: value(5), year: 2025 }], actuals);
        const r = byId.get("t")!;
        expect(r.required_growth).toBeCloseTo(g, 6);
        expect(r.ratio).toBeCloseTo(1, 9);
        expect(r.status).toBe("on_track");
      }),
      { numRuns: 25 },
    );
  });
});

describe("monotonicity", () => {
  const level = (indicator: string, comparator: "eq" | "lte" | "gte", target: number, base: number, latest: number) =>
    measure(
      [{ id: "t", indicator, kind: "level", comparator, low: target, year: 2025 }],
      [{ indicator, year: 2020, value: base }, { indicator, year: 2022, value: latest }],
    ).then(({ byId }) => byId.get("t")!.status as string);

  test("raising the latest value of a higher-is-better indicator never worsens its status", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 1, max: 1000, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        async (base, target, latest, raise) => {
          const before = await level("grdp_per_capita", "eq", target, base, latest);
          const after = await level("grdp_per_capita", "eq", target, base, latest + raise);
          expect(ORDER.indexOf(after)).toBeGreaterThanOrEqual(ORDER.indexOf(before));
        },
      ),
      { numRuns: 25 },
    );
  });

  test("lowering the latest value of a lower-is-better indicator never worsens its status", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        async (base, target, latest, share) => {
          const before = await level("poverty_rate", "lte", target, base, latest);
          const after = await level("poverty_rate", "lte", target, base, latest * (1 - share));
          expect(ORDER.indexOf(after)).toBeGreaterThanOrEqual(ORDER.indexOf(before));
        },
      ),
      { numRuns: 25 },
    );
  });
});
