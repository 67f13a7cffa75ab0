// Properties of the measures, over generated targets and series. Each property run measures a
// batch of generated cases at once, one province each, so that a run costs one warehouse.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { readProvinces } from "../../src/ingest/catalog.ts";
import { measure, type TestActual, type TestTarget } from "../helpers/warehouse.ts";

const PROVINCES = readProvinces("data/catalog/provinces.csv", []).map((p) => p.code);
const BANDS = ["deteriorating", "limited_progress", "needs_acceleration", "on_track", "achieved"];
const RUNNING_STATUSES = [...BANDS, "no_data"];
const VERDICTS = ["achieved", "not_achieved", "no_final_value"];
const RUNS = 6;
// Each run builds a warehouse (about half a second on an idle two-core machine, several seconds
// when seven agents share it): room for the runs and for shrinking a counterexample.
const PROPERTY_TIMEOUT = 180_000;

/** Checks a status is a band, then returns its rank (so that a missing status can never pass). */
function bandRank(status: string): number {
  expect(BANDS).toContain(status);
  return BANDS.indexOf(status);
}

describe("growing exactly at the target rate", () => {
  test("average growth: the growth still required equals the target, and the target is on track", async () => {
    const gen = fc.array(fc.record({ g: fc.double({ min: 0.5, max: 15, noNaN: true }), years: fc.integer({ min: 1, max: 4 }) }), { minLength: 5, maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(gen, async (cases) => {
        const targets: TestTarget[] = cases.map((c, i) => ({ id: `t${i}`, province: PROVINCES[i], indicator: "grdp_growth", kind: "avg_growth", low: c.g, period_start: 2021, year: 2025 }));
        const actuals = cases.flatMap((c, i) => Array.from({ length: c.years }, (_, y) => ({ province: PROVINCES[i], indicator: "grdp_growth", year: 2021 + y, value: c.g })));
        const { byId } = await measure(targets, actuals);
        cases.forEach((c, i) => {
          const r = byId.get(`t${i}`)!;
          expect(r.required_growth).toBeCloseTo(c.g, 6);
          expect(r.achieved_growth).toBeCloseTo(c.g, 6);
          // One year is not enough to judge progress (two points); two or more are on track.
          expect(r.status).toBe(c.years >= 2 ? "on_track" : "no_data");
        });
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);

  test("a level: the growth still required equals the target's growth, and the target is on track", async () => {
    const gen = fc.array(
      fc.record({ g: fc.double({ min: 0.5, max: 15, noNaN: true }), base: fc.double({ min: 1, max: 1e6, noNaN: true }), years: fc.integer({ min: 1, max: 4 }) }),
      { minLength: 5, maxLength: 5 },
    );
    await fc.assert(
      fc.asyncProperty(gen, async (cases) => {
        const value = (c: (typeof cases)[number], t: number) => c.base * (1 + c.g / 100) ** t;
        const targets: TestTarget[] = cases.map((c, i) => ({ id: `t${i}`, province: PROVINCES[i], indicator: "grdp_per_capita", kind: "level", low: value(c, 5), year: 2025 }));
        const actuals = cases.flatMap((c, i) => Array.from({ length: c.years + 1 }, (_, y) => ({ province: PROVINCES[i], indicator: "grdp_per_capita", year: 2020 + y, value: value(c, y) })));
        const { byId } = await measure(targets, actuals);
        cases.forEach((c, i) => {
          const r = byId.get(`t${i}`)!;
          expect(r.required_growth).toBeCloseTo(c.g, 6);
          expect(r.ratio).toBeCloseTo(1, 6);
          expect(r.status).toBe("on_track");
        });
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);
});

describe("monotonicity", () => {
  // Each case is measured twice, in two provinces: before and after the change.
  const levels = (indicator: string, comparator: "eq" | "lte", cases: { base: number; target: number; before: number; after: number }[]) => {
    const targets: TestTarget[] = [];
    const actuals: TestActual[] = [];
    cases.forEach((c, i) => {
      for (const [k, latest] of [[0, c.before], [1, c.after]] as const) {
        const province = PROVINCES[2 * i + k];
        targets.push({ id: `t${i}-${k}`, province, indicator, kind: "level", comparator, low: c.target, year: 2025 });
        actuals.push({ province, indicator, year: 2020, value: c.base }, { province, indicator, year: 2022, value: latest });
      }
    });
    return measure(targets, actuals);
  };

  test("raising the latest value of a higher-is-better indicator never worsens its status", async () => {
    const gen = fc.array(
      fc.record({ base: fc.double({ min: 1, max: 1000, noNaN: true }), target: fc.double({ min: 1, max: 1000, noNaN: true }), latest: fc.double({ min: 1, max: 1000, noNaN: true }), raise: fc.double({ min: 0, max: 500, noNaN: true }) }),
      { minLength: 8, maxLength: 8 },
    );
    await fc.assert(
      fc.asyncProperty(gen, async (cases) => {
        const { byId } = await levels("grdp_per_capita", "eq", cases.map((c) => ({ base: c.base, target: c.target, before: c.latest, after: c.latest + c.raise })));
        cases.forEach((_, i) => expect(bandRank(byId.get(`t${i}-1`)!.status)).toBeGreaterThanOrEqual(bandRank(byId.get(`t${i}-0`)!.status)));
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);

  test("lowering the latest value of a lower-is-better indicator never worsens its status", async () => {
    const gen = fc.array(
      fc.record({ base: fc.double({ min: 0, max: 100, noNaN: true }), target: fc.double({ min: 0, max: 100, noNaN: true }), latest: fc.double({ min: 0, max: 100, noNaN: true }), share: fc.double({ min: 0, max: 1, noNaN: true }) }),
      { minLength: 8, maxLength: 8 },
    );
    await fc.assert(
      fc.asyncProperty(gen, async (cases) => {
        const { byId } = await levels("child_malnutrition_rate", "lte", cases.map((c) => ({ base: c.base, target: c.target, before: c.latest, after: c.latest * (1 - c.share) })));
        cases.forEach((_, i) => expect(bandRank(byId.get(`t${i}-1`)!.status)).toBeGreaterThanOrEqual(bandRank(byId.get(`t${i}-0`)!.status)));
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);
});

describe("verdicts", () => {
  const KINDS = ["level", "avg_growth", "cumulative", "annual", "annual_change"] as const;
  const INDICATOR = { level: "grdp_per_capita", avg_growth: "grdp_growth", cumulative: "budget_revenue", annual: "party_org_good_rate", annual_change: "child_malnutrition_rate" } as const;
  const caseGen = fc.record({
    kind: fc.constantFrom(...KINDS),
    comparator: fc.constantFrom("eq", "gte", "lte", "range"),
    low: fc.double({ min: 0.5, max: 90, noNaN: true }),
    width: fc.double({ min: 0, max: 10, noNaN: true }),
    end: fc.integer({ min: 2018, max: 2027 }),
    // Which years from 2015 to 2027 have a value, and the values.
    years: fc.array(fc.boolean(), { minLength: 13, maxLength: 13 }),
    values: fc.array(fc.double({ min: 0.5, max: 95, noNaN: true }), { minLength: 13, maxLength: 13 }),
  });

  test("a finished period never shows a progress band, a running one never a verdict", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(caseGen, { minLength: 20, maxLength: 20 }), fc.integer({ min: 2019, max: 2027 }), async (cases, asOfYear) => {
        const targets: TestTarget[] = cases.map((c, i) => ({
          id: `t${i}`, province: PROVINCES[i], indicator: INDICATOR[c.kind], kind: c.kind, comparator: c.comparator,
          low: c.kind === "annual_change" ? -c.low / 10 : c.low, high: c.comparator === "range" ? (c.kind === "annual_change" ? -c.low / 10 : c.low) + c.width : null,
          unit: c.kind === "annual_change" ? "pp_per_year" : undefined, period_start: c.end - 4, year: c.end, term: [c.end - 5, c.end],
        }));
        const actuals = cases.flatMap((c, i) =>
          c.years.flatMap((has, y) => (has ? [{ province: PROVINCES[i], indicator: INDICATOR[c.kind], year: 2015 + y, value: c.kind === "cumulative" ? c.values[y] * 100 : c.values[y] }] : [])),
        );
        const { byId } = await measure(targets, actuals, { asOf: `${asOfYear}-06-01` });
        cases.forEach((c, i) => {
          const r = byId.get(`t${i}`)!;
          expect(r.period_ended).toBe(c.end < asOfYear);
          expect(c.end < asOfYear ? VERDICTS : RUNNING_STATUSES).toContain(r.status);
        });
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);

  test("adding a year in the middle of a consistent series never changes the base year", async () => {
    // A series on one path from one source, with a value in 2025 and any values from 2015 to 2020;
    // a year inside the period (2021-2024) is added. The base year (2020, or the nearest earlier
    // year with a value) and its value stay.
    const gen = fc.array(
      fc.record({
        g: fc.double({ min: -5, max: 15, noNaN: true }),
        base: fc.double({ min: 10, max: 1000, noNaN: true }),
        early: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
        inside: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
        middle: fc.integer({ min: 2021, max: 2024 }),
      }),
      { minLength: 10, maxLength: 10 },
    );
    await fc.assert(
      fc.asyncProperty(gen, async (cases) => {
        const targets: TestTarget[] = [];
        const actuals: TestActual[] = [];
        cases.forEach((c, i) => {
          const years = [
            ...c.early.flatMap((has, y) => (has ? [2015 + y] : [])),
            ...c.inside.flatMap((has, y) => (has && 2021 + y !== c.middle ? [2021 + y] : [])),
            2025,
          ];
          for (const [k, ys] of [[0, years], [1, [...years, c.middle]]] as const) {
            const province = PROVINCES[2 * i + k];
            targets.push({ id: `t${i}-${k}`, province, indicator: "grdp_per_capita", kind: "level", low: c.base * 2, year: 2025 });
            for (const y of ys) actuals.push({ province, indicator: "grdp_per_capita", year: y, value: c.base * (1 + c.g / 100) ** (y - 2015) });
          }
        });
        const { byId } = await measure(targets, actuals);
        cases.forEach((c, i) => {
          const [before, after] = [byId.get(`t${i}-0`)!, byId.get(`t${i}-1`)!];
          const early = c.early.flatMap((has, y) => (has ? [2015 + y] : []));
          expect(before.base_year_used).toBe(early.length > 0 ? Math.max(...early) : null);
          expect([after.base_year_used, after.base_value]).toEqual([before.base_year_used, before.base_value]);
        });
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);

  test("the merged baseline of a unit that is one old province equals that province's value", async () => {
    const SAME_TERRITORY = ["01", "04", "11", "12", "14", "20", "22", "38", "40", "42", "46"];
    const gen = fc.array(
      fc.record({ indicator: fc.constantFrom("grdp_current", "grdp_per_capita", "grdp_growth", "share_agri", "export_turnover"), value: fc.double({ min: 0.5, max: 99, noNaN: true }) }),
      { minLength: SAME_TERRITORY.length, maxLength: SAME_TERRITORY.length },
    );
    await fc.assert(
      fc.asyncProperty(gen, async (cases) => {
        const targets: TestTarget[] = cases.map((c, i) => ({
          id: `t${i}`, province: SAME_TERRITORY[i], units: "34", indicator: c.indicator, kind: "level", comparator: "gte", low: c.value * 1.5, year: 2030, term: [2025, 2030],
        }));
        const actuals = cases.map((c, i) => ({ province: SAME_TERRITORY[i], indicator: c.indicator, year: 2025, value: c.value }));
        const { byId } = await measure(targets, actuals, { asOf: "2026-12-01" });
        cases.forEach((c, i) => {
          const r = byId.get(`t${i}`)!;
          expect([r.baseline_year, r.baseline_value, r.baseline_method]).toEqual([2025, c.value, "same_territory"]);
        });
      }),
      { numRuns: RUNS },
    );
  }, PROPERTY_TIMEOUT);
});
