// A problem in an input file, reported as FILE:LINE:COLUMN the way compilers do, so that an
// editor or a terminal can jump to it. Columns count CSV fields (the Excel column), from 1.
export class Problem {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly found: string,
    readonly expected: string,
    /** A warning is reported but does not stop the pipeline (a conflict between sources). */
    readonly severity: "error" | "warning" = "error",
  ) {}

  toString(): string {
    return `${this.file}:${this.line}:${this.column}: ${this.severity === "warning" ? "warning: " : ""}found ${this.found}; expected ${this.expected}`;
  }
}

/** Thrown when inputs are invalid; carries every problem found in the run. */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? "" : "s"} in the input files:\n${problems.map(String).join("\n")}`);
    this.name = "InputError";
  }
}

export function throwIfProblems(problems: Problem[]): void {
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) throw new InputError(errors);
}
