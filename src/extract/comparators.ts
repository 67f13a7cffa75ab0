// The comparator of a figure and the sign of its value: "trên", "từ … trở lên", "ít nhất" (gte),
// "dưới", "không quá" (lte), a range, and "giảm" that turns a value into a fall (and a bound
// on a fall into the opposite bound on the signed value).
import type { Comparator, FigureKind } from "./figure.ts";
import type { Quantity } from "./quantities.ts";

// "từ" folds to "tu", as does the last word of "đầu tư" ("vốn đầu tư 5.000 tỷ đồng"), which is no floor.
const GTE_BEFORE = /(?<![a-z])(?:tren|hon|vuot|it nhat|toi thieu|(?<!dau )tu|khong duoi|khong thap hon|lon hon|cao hon|nhieu hon)\s*$/;
const LTE_BEFORE = /(?<![a-z])(?:duoi|con duoi|khong qua|toi da|khong vuot qua|thap hon|nho hon|it hon|kem hon)\s*$/;
/** "không dưới", "không thấp hơn", "không ít hơn", "không kém": a floor, though "dưới" is in it. */
const NOT_BELOW = /(?<![a-z])khong (?:duoi|thap hon|it hon|kem(?: hon)?|nho hon)\s*$/;
/** "không cao hơn", "không hơn", "không tới", "không vượt": a ceiling, though "hơn" is in it. */
const NOT_ABOVE = /(?<![a-z])khong (?:cao hon|hon|nhieu hon|lon hon|toi|vuot|qua)\s*$/;
const PLAN_AFTER = /^\s{0,4}(?:so voi\s{1,4})?(?:ke hoach|kh|chi tieu|du toan)(?![a-z])/;
const GTE_AFTER = /^[^,;.()]{0,12}?(?<![a-z])tro len(?![a-z])/;
const LTE_AFTER = /^[^,;.()]{0,12}?(?<![a-z])tro xuong(?![a-z])/;
const FILLER_BEFORE = /(?:\s|(?<![a-z])(?:dat|la|o muc|muc|khoang|gan|xap xi|chi|con|len|xuong|xuong con|chiem|duoc|ca nam)(?![a-z]))+$/;
// "giảm mạnh đến 17%", "giảm sâu 5%": how much it fell; "tăng trưởng âm 2%": a growth below zero.
const DECREASE_ADJACENT = /(?<![a-z])(?:giam(?:\s{1,8}(?:binh quan|moi nam|hang nam|tu|tren|duoi|khoang|it nhat|toi thieu|them|nhe|gan|hon|(?:manh|sau)(?: den| toi)?))*|tang(?: truong)? am)\s*$/;
/** "giảm 3%", "giảm bình quân 1%": the number right after says by how much something fell (not "giảm còn", "giảm dưới"). */
export function fallsBy(near: string): boolean {
  return (DECREASE_ADJACENT.test(near) || DECREASE_RATE_BEFORE.test(near)) && !TO_BELOW.test(near) && !REMAINING.test(near.slice(-12));
}
/** "giảm tỷ lệ hộ nghèo (bình quân) 1,5%": the verb before the rate's name, the fall after it. */
const DECREASE_RATE_BEFORE = /(?<![a-z])(?:keo )?giam (?:ty le|ty trong)(?: [a-z]{1,7}){1,8}?(?: (?:binh quan|moi nam|hang nam|tu|tren|duoi|khoang|it nhat|toi thieu))*\s*$/;
/** "giảm" as a word of the clause before the number. */
export const DECREASE_LEADING = /(?:^|[\s(;,])(?:keo )?giam(?![a-z])/;
const TO_BELOW = /(?<![a-z])giam(?: xuong)?(?: con)? duoi\s*$/;
const REMAINING = /(?<![a-z])(?:con|xuong|xuong con|o muc)(?![a-z])/;

export interface Bound {
  comparator: Comparator;
  low: number;
  high: number | null;
  /** Length of a "… trở lên" after the number that belongs in the quote, or 0. */
  quoteAfter: number;
}

/**
 * `near`: the last characters before the number; `before`: its clause and subject before it;
 * `afterText`: the rest of its clause.
 */
export function boundOf(q: Quantity, kind: FigureKind, near: string, before: string, afterText: string): Bound {
  const tail = near.replace(FILLER_BEFORE, (m) => (/(?<![a-z])(?:con|xuong)/.test(m) ? " con " : " "));
  let comparator: Comparator = "eq";
  if (q.isRange) comparator = "range";
  else if (NOT_BELOW.test(tail.trimEnd())) comparator = "gte";
  else if (NOT_ABOVE.test(tail.trimEnd())) comparator = "lte";
  else if (LTE_BEFORE.test(tail.trimEnd() + " ") || LTE_BEFORE.test(near)) comparator = "lte";
  // "vượt 15,7% kế hoạch": by how much a plan was beaten, a value, not a floor.
  else if (GTE_BEFORE.test(tail.trimEnd()) && !(/vuot$/.test(tail.trimEnd()) && PLAN_AFTER.test(afterText))) comparator = "gte";
  if (!q.isRange && GTE_AFTER.test(afterText)) comparator = "gte";
  if (!q.isRange && LTE_AFTER.test(afterText)) comparator = "lte";
  let low = q.low;
  let high = q.high;
  const decrease =
    DECREASE_ADJACENT.test(near) ||
    (kind === "annual_change" && DECREASE_LEADING.test(before) && !REMAINING.test(before.slice(before.search(DECREASE_LEADING))));
  // "Tỷ lệ hộ nghèo giảm (xuống) dưới 1%": a level brought below a bound, not a fall of 1.
  const toBelow = kind === "level" && TO_BELOW.test(near);
  if (toBelow) comparator = "lte";
  if (decrease && !toBelow && !REMAINING.test(before.slice(-12))) {
    [low, high] = high === null ? [-low, null] : [-high, -low];
    if (comparator === "gte") comparator = "lte";
    else if (comparator === "lte") comparator = "gte";
  }
  const quoteAfter = comparator === "gte" && GTE_AFTER.test(afterText) ? (afterText.match(GTE_AFTER)?.[0].length ?? 0) : 0;
  return { comparator, low, high, quoteAfter };
}
