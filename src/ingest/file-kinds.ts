// The kinds of CSV file an analyst keeps under data/, and which kind a file is. The folder says
// which kinds are possible (data/actuals/: yearly actuals or term results; data/targets/: typed
// targets; data/reviews/: figure reviews or choices among actuals), the header says which of
// them it is. A header that fits none is reported with the columns each possible kind needs,
// rather than read as the wrong kind and reported column by column.
import { basename, dirname } from "node:path";
import { detectDelimiter, readCsvHeader, readFirstLine } from "./csv.ts";
import { Problem } from "./problems.ts";
import { ACTUALS_OPTIONAL, ACTUALS_REQUIRED } from "./actuals.ts";

export type Folder = "actuals" | "targets" | "reviews";
export type KindId = "actuals" | "term_results" | "typed_targets" | "figure_reviews" | "actual_choices";

export interface FileKind {
  id: KindId;
  /** How messages name it. */
  name: string;
  folder: Folder;
  required: readonly string[];
  optional: readonly string[];
  /** Columns that tell this kind from the others: a header without all of them is not this kind. */
  signature: readonly string[];
}

export const FIGURE_REVIEW_COLUMNS = ["id", "action", "role", "indicator_code", "kind", "comparator", "value_low", "value_high", "unit", "period_start", "year", "note", "reviewer"] as const;
export const CHOICE_COLUMNS = ["province", "indicator", "year", "value", "source", "units", "note", "reviewer"] as const;

// Term results and typed targets are read by src/ingest/term-results.ts and typed-targets.ts,
// which check their columns; here they only route files and word the message for a header that
// fits nothing. The columns are those of the shared collections these inputs come from
// (term-results.csv; targets-2026-2030.csv, whose unit_code and indicator_code name the province
// and the indicator).
export const TERM_RESULT_REQUIRED = ["indicator", "period_start", "period_end", "value", "unit"] as const;
export const TERM_RESULT_OPTIONAL = ["province", "province_code", "units", "status", "source", "source_url", "quote", "note", "published", "price_base"] as const;
export const TYPED_TARGET_REQUIRED = ["kind", "comparator", "value_low", "unit", "year"] as const;
export const TYPED_TARGET_OPTIONAL = [
  "province", "unit_code", "province_code", "units", "indicator", "indicator_code", "value_high", "period_start",
  "phrase", "quote", "source_title", "page", "source_url", "published", "note",
] as const;

export const FILE_KINDS: readonly FileKind[] = [
  { id: "actuals", name: "yearly actuals", folder: "actuals", required: ACTUALS_REQUIRED, optional: ACTUALS_OPTIONAL, signature: ["year"] },
  { id: "term_results", name: "term results", folder: "actuals", required: TERM_RESULT_REQUIRED, optional: TERM_RESULT_OPTIONAL, signature: ["period_start", "period_end"] },
  { id: "typed_targets", name: "typed targets", folder: "targets", required: TYPED_TARGET_REQUIRED, optional: TYPED_TARGET_OPTIONAL, signature: ["kind", "value_low"] },
  { id: "figure_reviews", name: "figure reviews", folder: "reviews", required: ["id", "action"], optional: FIGURE_REVIEW_COLUMNS.slice(2), signature: ["id"] },
  {
    id: "actual_choices",
    name: "choices among actuals",
    folder: "reviews",
    required: ["province", "indicator", "year"],
    optional: CHOICE_COLUMNS.filter((c) => !["province", "indicator", "year"].includes(c)),
    signature: ["province", "year"],
  },
];

/** The data folder a file is in, by the name of its parent folder; null elsewhere (any kind is possible). */
export function folderOf(file: string): Folder | null {
  const parent = basename(dirname(file));
  return parent === "actuals" || parent === "targets" || parent === "reviews" ? parent : null;
}

export type Routing = { kind: FileKind; problem: null } | { kind: null; problem: Problem };

/**
 * The kind of a file from its folder and header. A kind fits when the header holds its signature
 * and at least half of its required columns; of several, the one that knows most of the header's
 * columns wins. The chosen kind's reader then reports any column still missing or unknown.
 */
export function kindOfFile(file: string, header: readonly string[], delimiter = ","): Routing {
  const folder = folderOf(file);
  const possible = FILE_KINDS.filter((k) => folder === null || k.folder === folder);
  const has = new Set(header);
  const fits = possible.filter((k) => k.signature.every((c) => has.has(c)) && k.required.filter((c) => has.has(c)).length * 2 >= k.required.length);
  const known = (k: FileKind) => header.filter((h) => k.required.includes(h) || k.optional.includes(h)).length;
  fits.sort((a, b) => known(b) - known(a) || b.signature.length - a.signature.length);
  if (fits.length > 0) return { kind: fits[0], problem: null };
  const where = folder ? ` in data/${folder}/` : "";
  return {
    kind: null,
    problem: new Problem(
      file,
      1,
      1,
      `the header ${header.join(delimiter)}, which is the header of no kind of file${where}`,
      possible.map(describeKind).join("; or "),
    ),
  };
}

export function describeKind(k: FileKind): string {
  return `${k.name} (data/${k.folder}/): the columns ${k.required.join(",")}${k.optional.length ? `, optionally ${k.optional.join(",")}` : ""}`;
}

/** The files of a folder sorted by kind; a file that fits no kind is reported. */
export function routeFiles(files: string[], problems: Problem[]): Record<KindId, string[]> {
  const out: Record<KindId, string[]> = { actuals: [], term_results: [], typed_targets: [], figure_reviews: [], actual_choices: [] };
  for (const file of files) {
    const { header, delimiter } = readHeader(file);
    if (header.length === 0) {
      // Empty or unreadable: the actuals reader says which, at its line.
      out.actuals.push(file);
      continue;
    }
    const routing = kindOfFile(file, header, delimiter);
    if (routing.kind) out[routing.kind.id].push(file);
    else problems.push(routing.problem);
  }
  return out;
}

function readHeader(file: string): { header: string[]; delimiter: "," | ";" } {
  const header = readCsvHeader(file);
  let first = "";
  try {
    first = readFirstLine(file).toString("utf8");
  } catch {
    // readCsvHeader gave [] already.
  }
  return { header, delimiter: detectDelimiter(first) };
}
