// The as-of year: a period has ended when its target year is before it (CONTRACT.md). Read from
// the record of the last run (last-run.json, a few hundred bytes: run-info.json lists every input
// and grows with them); today's year when there is none. Pages prefer the pipeline's period_ended.
import {FileAttachment} from "observablehq:stdlib";

export async function asOfYear() {
  try {
    const run = await FileAttachment("../data/last-run.json").json();
    const year = Number(String(run?.outputs_from?.as_of ?? "").slice(0, 4));
    if (Number.isInteger(year) && year > 1900) return year;
  } catch {
    // no record of a run yet
  }
  return new Date().getFullYear();
}
