// The date the measures are taken at. A period has ended when its target year is before the
// as-of year: then its target gets a verdict (achieved or not), not a progress band. Today's date
// unless CHITIEU_AS_OF=YYYY-MM-DD says otherwise (tests set it), so that the same inputs and the
// same as-of date give the same bytes.
export const AS_OF_VARIABLE = "CHITIEU_AS_OF";

export class AsOfError extends Error {
  constructor(value: string) {
    super(`${AS_OF_VARIABLE}=${JSON.stringify(value)}: expected a date YYYY-MM-DD (the date the measures are taken at), or nothing for today`);
    this.name = "AsOfError";
  }
}

/** The as-of date, YYYY-MM-DD. */
export function asOfDate(env: Record<string, string | undefined> = process.env, today: Date = new Date()): string {
  const value = env[AS_OF_VARIABLE]?.trim();
  if (!value) return today.toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) throw new AsOfError(value);
  return value;
}
