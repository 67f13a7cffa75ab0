// A figure: one number of a document with its role, indicator, kind, comparator, values, unit,
// period, and the quote it came from (offsets into the original text).

export type FigureKind = "level" | "avg_growth" | "cumulative" | "annual" | "annual_change";
export type Comparator = "eq" | "range" | "gte" | "lte";

export interface Figure {
  doc: string;
  role: "target" | "actual";
  indicator_code: string;
  kind: FigureKind;
  comparator: Comparator;
  value_low: number;
  value_high: number | null;
  unit: string;
  period_start: number | null;
  year: number | null;
  quote: string;
  id: string;
  start: number;
  end: number;
  subject: string;
  confidence: number;
  /** What the confidence was read from ("alias/clause"…), only when asked for (calibration). */
  evidence?: string;
}

/** The columns of the gold files, then ours, in the order the CSV output uses. */
export const FIGURE_COLUMNS = [
  "doc",
  "role",
  "indicator_code",
  "kind",
  "comparator",
  "value_low",
  "value_high",
  "unit",
  "period_start",
  "year",
  "quote",
  "id",
  "start",
  "end",
  "subject",
  "confidence",
] as const satisfies readonly (keyof Figure)[];
