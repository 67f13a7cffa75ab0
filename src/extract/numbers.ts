// Vietnamese number notation: a decimal comma and a thousands dot ("10.160,896" is 10160.896,
// "77.000" is 77000, "7,5" is 7.5), leading zeros ("05"). A dot followed by one or two digits
// is read as a decimal point, as in texts written the English way ("7.5%").

const THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const DECIMAL_COMMA = /^\d+(?:,\d+)?$/;
const DECIMAL_POINT = /^\d+\.\d{1,2}$/;

/** Parses one number token; null when it is not a number in either notation (dates, codes). */
export function parseVietnameseNumber(token: string): number | null {
  if (THOUSANDS.test(token)) return Number(token.replaceAll(".", "").replace(",", "."));
  if (DECIMAL_COMMA.test(token)) return Number(token.replace(",", "."));
  if (DECIMAL_POINT.test(token)) return Number(token);
  return null;
}

/** Rounds away binary noise from scaling (1.42 × 1000 = 1419.9999999999998). */
export function tidy(value: number): number {
  return Number(value.toPrecision(12));
}
