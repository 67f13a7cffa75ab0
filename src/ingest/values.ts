// Numbers in an analyst's CSV, as Excel writes them. In a semicolon-separated file (Excel in a
// Vietnamese locale) "1.234,5" means 1234.5; in a comma-separated file the decimal mark is a
// point, and a decimal comma is read where it cannot be a thousands separator ("7,5" quoted).
// Anything that could mean two numbers is refused rather than guessed.

export type ParsedNumber = { ok: true; value: number } | { ok: false; expected: string };

const PLAIN = /^[+-]?\d+$/;

export function parseCsvNumber(raw: string, delimiter: "," | ";"): ParsedNumber {
  const text = raw.replace(/[\s\u00a0]/g, "");
  if (text === "") return { ok: false, expected: "a number (the value is empty)" };
  if (PLAIN.test(text)) return finite(Number(text));
  const commas = (text.match(/,/g) ?? []).length;
  const dots = (text.match(/\./g) ?? []).length;
  const sign = /^[+-]/.test(text) ? text[0] : "";
  const body = sign ? text.slice(1) : text;
  if (!/^[\d.,]+$/.test(body)) return { ok: false, expected: "a number such as 7.5 or 7,5" };
  let normalised: string | null = null;
  if (commas > 0 && dots > 0) {
    // Both marks: the last one is the decimal mark, the other groups thousands.
    const decimal = body.lastIndexOf(",") > body.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    const [int, frac, extra] = body.split(decimal);
    if (extra === undefined && /^\d{1,3}(?:[.,]\d{3})*$/.test(int) && !int.includes(decimal) && /^\d+$/.test(frac)) {
      normalised = int.replaceAll(group, "") + "." + frac;
    }
  } else if (commas === 1 && dots === 0) {
    const [int, frac] = body.split(",");
    const couldBeThousands = delimiter === "," && /^\d{1,3}$/.test(int) && /^\d{3}$/.test(frac);
    if (/^\d+$/.test(int) && /^\d+$/.test(frac) && !couldBeThousands) normalised = `${int}.${frac}`;
    else if (couldBeThousands) return { ok: false, expected: `an unambiguous number: "${raw}" could be ${int}.${frac} or ${int}${frac}; write 7.5 or 7500` };
  } else if (dots === 1 && commas === 0) {
    const [int, frac] = body.split(".");
    if (delimiter === ";" && /^\d{1,3}$/.test(int) && /^\d{3}$/.test(frac)) normalised = int + frac; // Vietnamese thousands
    else if (/^\d+$/.test(int) && /^\d+$/.test(frac)) normalised = `${int}.${frac}`;
  } else if (commas === 0 && dots > 1 && /^\d{1,3}(?:\.\d{3})+$/.test(body)) {
    normalised = body.replaceAll(".", "");
  } else if (dots === 0 && commas > 1 && delimiter === "," && /^\d{1,3}(?:,\d{3})+$/.test(body)) {
    normalised = body.replaceAll(",", "");
  }
  if (normalised === null) return { ok: false, expected: "one number with at most one decimal mark (7.5 or 7,5)" };
  return finite(Number(sign + normalised));
}

/** A number too large for a double becomes Infinity in JavaScript and NULL in SQL: refused. */
function finite(value: number): ParsedNumber {
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, expected: "a number a computer can hold (this one has too many digits)" };
}

/**
 * The plain numbers whose meaning does not depend on anything but their digits: parseCsvNumber
 * reads them as JavaScript's Number() does, so the bulk reader may cast them in SQL and send
 * only the other forms through parseCsvNumber. In a semicolon file "18.700" is eighteen
 * thousand seven hundred, so there only integers are plain. At most 15 digits, so that the
 * cast is exact and finite.
 */
export function plainNumberPattern(delimiter: "," | ";"): string {
  return delimiter === "," ? String.raw`[+-]?\d{1,15}(\.\d{1,15})?` : String.raw`[+-]?\d{1,15}`;
}
