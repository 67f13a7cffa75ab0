// Dates as analysts write them: 2016-02-29 or 29/02/2016. Only days that exist are dates
// (31/02/2016 and 45/13/2016 are refused, not rolled over into March or next year).

/** The date as YYYY-MM-DD, or null when the text is not a real date in one of the two forms. */
export function isoDate(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const parts = iso ? [iso[1], iso[2], iso[3]] : vi ? [vi[3], vi[2], vi[1]] : null;
  if (!parts) return null;
  const [y, m, d] = parts;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  return `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
