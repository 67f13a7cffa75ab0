// How likely a figure is to be right in every field, from the evidence it was read on: how its
// indicator was named (an alias of its own, a subject shared with an earlier number, a unit or
// noun that names it, or nothing the catalog knows) and where its role came from (its own
// clause, a heading or cue before it, or only the document's type). Each value is the share of
// such figures that were strictly right on the three development sets, smoothed ((right + 1) /
// (n + 2)) and rounded down to a tenth; a cell with fewer than 10 figures takes the value of its
// row; a row of fewer than 10 figures, and an indicator read from a generic head alone
// ("tăng trưởng bình quân 7%/năm", no subject: GRDP growth most of the time, a sector's in a
// list of sectors), are never above 0,7; an `unknown` indicator is never above 0,5, since an analyst must name it anyway
// (`calibratedTable` in calibrate.ts computes it; `npx tsx src/extract/calibrate.ts` prints it).
// The pages mark figures below 0,8 "cần xem lại". tests/unit/extract-confidence.test.ts holds
// the promise: at 0,8 and above, at least 95 % of the figures are strictly right.
import type { RoleSource } from "./roles.ts";
import type { Resolved } from "./subjects.ts";

export type SubjectEvidence = "alias" | "generic" | "shared" | "unit" | "unknown";

export function subjectEvidence(r: Resolved): SubjectEvidence {
  if (r.code === "unknown") return "unknown";
  if (r.inherited) return "shared";
  if (r.generic) return "generic";
  return r.match ? "alias" : "unit";
}

/** Share strictly right, by subject evidence and role source (see the header). */
export const CALIBRATED: Record<SubjectEvidence, Record<RoleSource, number>> = {
  alias: { clause: 0.9, context: 0.9, document: 0.9 },
  generic: { clause: 0.7, context: 0.7, document: 0.7 },
  shared: { clause: 0.9, context: 0.8, document: 0.9 },
  unit: { clause: 0.7, context: 0.7, document: 0.7 },
  unknown: { clause: 0.5, context: 0.5, document: 0.5 },
};

export const SUBJECT_EVIDENCE: SubjectEvidence[] = ["alias", "generic", "shared", "unit", "unknown"];
export const ROLE_SOURCES: RoleSource[] = ["clause", "context", "document"];

export function confidenceOf(r: Resolved, roleSource: RoleSource): number {
  return CALIBRATED[subjectEvidence(r)][roleSource];
}
