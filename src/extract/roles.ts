// Whether a number is a target or a reported result: a cue in its own clause ("phấn đấu",
// "ước đạt"), else the latest heading or cue before it, else the document's type.
import type { Quantity } from "./quantities.ts";
import type { Heading, Role, RoleCue } from "./structure.ts";

const LOCAL_TARGET = /(?:nghi quyet|nq|ke hoach|(?<![a-z])kh|muc tieu|chi tieu)(?: (?:(?!va )[a-z0-9 \-]){0,20}?)?(?: de ra| dat ra| giao| dia phuong)?(?: phan dau)?(?: la|:| giao)?\s*(?:(?:tren|duoi|tu|la)\s*)?$|(?<![a-z])(?:phan dau|du toan [a-z ]{0,30})\s*(?:dat\s*)?(?:(?:tren|duoi|tu)\s*)?$/;
const LOCAL_ACTUAL = /(?<![a-z])(?:uoc dat|dat duoc|da dat|uoc tang|uoc tinh dat|thuc hien dat|thuc te dat)(?![a-z])[^,;()]*$/;

/** The role of a document's numbers when nothing in the text says otherwise: its type says (never its file name). */
export function defaultRole(docType: string | null | undefined): Role {
  return /result|review|report|actual/.test(docType ?? "") ? "actual" : "target";
}

/** Index of the last item whose position (`pos`) satisfies `before`, or -1; items are sorted by position. */
export function lastBefore<T>(items: T[], pos: (item: T) => number, before: (p: number) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(pos(items[mid]))) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** `roleHeadings`: the headings that carry a role; the latest of them or a later cue decides. */
/** "…so với kế hoạch, tăng từ 7,2 - 7,8%": the clause right after a comparison with the plan states the plan. */
const PLAN_CLAUSE_BEFORE = /so voi (?:ke hoach|kh|chi tieu|muc tieu|nghi quyet)\s?,\s?[a-z ]{0,24}$/;

/** "thấp hơn kế hoạch (8%)", "so với chỉ tiêu Nghị quyết (7%)": a value in brackets right after the plan's name is the plan's. */
export const PLAN_BRACKET_BEFORE = /(?<![a-z])(?:ke hoach|kh|chi tieu|nghi quyet|nq|muc tieu|du toan)(?: (?:nghi quyet|de ra|dat ra|chung(?: de ra| dat ra)?|giao|nam \d{4}|\d{1,2} nam|(?:ca |toan |cua )?(?:nhiem ky|giai doan)))?\s{0,2}\(\s{0,2}(?:(?:binh quan|tren|duoi|tu|la|khoang)\s{1,2})?$/;
/** "Mục tiêu tổng thu ngân sách giai đoạn 2016 - 2020 là …": a clause that opens with the aim states it, however long its subject. */
const AIM_HEAD = /^\s{0,3}(?:[-+*•]\s{0,3})?muc tieu(?! (?:de ra|dat ra|nghi quyet|chung))(?![a-z])[^.]*?(?:la|dat|:)\s*(?:(?:tren|duoi|tu|khoang)\s*)?$/;
/** The role the number's own clause states ("phấn đấu", "kế hoạch … là", "ước đạt"), or null. */
export function localRole(clauseTail: string, before = ""): Role | null {
  if (LOCAL_TARGET.test(clauseTail) || AIM_HEAD.test(clauseTail) || PLAN_CLAUSE_BEFORE.test(before.slice(-60)) || PLAN_BRACKET_BEFORE.test(before.slice(-40))) return "target";
  if (LOCAL_ACTUAL.test(clauseTail)) return "actual";
  return null;
}

/** Where a role was read: the number's own clause, a heading or cue before it, or the document's type. */
export type RoleSource = "clause" | "context" | "document";

export function roleAt(q: Quantity, clauseTail: string, roleHeadings: Heading[], cues: RoleCue[], fallback: Role, before = ""): { role: Role; source: RoleSource } {
  const local = localRole(clauseTail, before);
  if (local) return { role: local, source: "clause" };
  const h = lastBefore(roleHeadings, (x) => x.start, (p) => p <= q.start);
  const c = lastBefore(cues, (x) => x.at, (p) => p < q.start);
  const headingAt = h >= 0 ? roleHeadings[h].start : -1;
  if (c >= 0 && cues[c].at >= headingAt && (cues[c].until === undefined || q.start < cues[c].until!)) return { role: cues[c].role, source: "context" };
  return h >= 0 ? { role: roleHeadings[h].role!, source: "context" } : { role: fallback, source: "document" };
}
