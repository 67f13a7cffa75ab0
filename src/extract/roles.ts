// Whether a number is a target or a reported result: a cue in its own clause ("phấn đấu",
// "ước đạt"), else the latest heading or cue before it, else the document's type.
import type { Quantity } from "./quantities.ts";
import type { Heading, Role, RoleCue } from "./structure.ts";

const LOCAL_TARGET = /(?:nghi quyet|nq|ke hoach|muc tieu|chi tieu)(?: [a-z ]{0,20}?)?(?: de ra| dat ra| giao| dia phuong)?(?: phan dau)?(?: la|:| giao)?\s*(?:tren|duoi|tu|la)?\s*$|(?<![a-z])(?:phan dau|du toan [a-z ]{0,30})\s*(?:dat\s*)?(?:tren|duoi|tu)?\s*$/;
const LOCAL_ACTUAL = /(?<![a-z])(?:uoc dat|dat duoc|da dat|uoc tang|uoc tinh dat|thuc hien dat|thuc te dat)(?![a-z])[^,;()]*$/;

/** The role of a document's numbers when nothing in the text says otherwise. */
export function defaultRole(docType: string | null | undefined, name: string): Role {
  return /result|review|report|actual|bao cao|ket qua/.test(`${docType ?? ""} ${name}`) ? "actual" : "target";
}

export function roleAt(q: Quantity, clauseTail: string, headings: Heading[], cues: RoleCue[], fallback: Role): Role {
  if (LOCAL_TARGET.test(clauseTail)) return "target";
  if (LOCAL_ACTUAL.test(clauseTail)) return "actual";
  let role = fallback;
  let at = -1;
  for (const h of headings) {
    if (h.start > q.start) break;
    if (h.role) {
      role = h.role;
      at = h.start;
    }
  }
  for (const c of cues) {
    if (c.at >= q.start) break;
    if (c.at >= at) role = c.role;
  }
  return role;
}
