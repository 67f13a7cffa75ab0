// The as-of year: a period has ended when its target year is before it (CONTRACT.md). Read from
// the record of the last run (last-run.json, a few hundred bytes: run-info.json lists every input
// and grows with them); today's year when there is none. Pages prefer the pipeline's period_ended.
// The record is the one request run-info.js shares with the banner every page loads first, so a
// page's first cells do not wait for a second fetch of it.
import {readLastRun} from "./run-info.js";

export async function asOfYear() {
  const run = await readLastRun();
  const year = Number(String(run?.outputs_from?.as_of ?? "").slice(0, 4));
  return Number.isInteger(year) && year > 1900 ? year : new Date().getFullYear();
}
