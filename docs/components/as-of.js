// The as-of year: a period has ended when its target year is before it (CONTRACT.md). Read from
// the run information the pipeline writes; today's year when there is none.
import {FileAttachment} from "observablehq:stdlib";

export async function asOfYear() {
  try {
    const info = await FileAttachment("../data/run-info.json").json();
    const year = Number(String(info.as_of ?? "").slice(0, 4));
    if (Number.isInteger(year) && year > 1900) return year;
  } catch {
    // no run information yet
  }
  return new Date().getFullYear();
}
