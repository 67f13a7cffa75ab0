// CHITIEU_PROFILE=1: every DuckDB statement of the pipeline is timed (wall time and this
// process's CPU time, which counts DuckDB's threads too) and, at exit, the statements are listed
// by the time they took, grouped by their first words, on stderr. It measures; it changes nothing.
import type { DuckDBConnection } from "@duckdb/node-api";

interface Entry {
  label: string;
  calls: number;
  wallMs: number;
  cpuMs: number;
}

const entries = new Map<string, Entry>();
let started: { wall: number; cpu: NodeJS.CpuUsage } | null = null;

export const profiling = () => process.env.CHITIEU_PROFILE === "1";

/** A short name for a statement: its first meaningful line, without literals' noise. */
function labelOf(sql: string): string {
  const line = sql
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l && !l.startsWith("--"));
  return (line ?? sql).replace(/'[^']*'/g, "'…'").slice(0, 90);
}

function report(): void {
  if (!started) return;
  const wall = performance.now() - started.wall;
  const cpu = process.cpuUsage(started.cpu);
  const rows = [...entries.values()].sort((a, b) => b.wallMs - a.wallMs);
  const total = rows.reduce((s, e) => s + e.wallMs, 0);
  const lines = [
    `profile: ${(wall / 1000).toFixed(1)} s since the database opened, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU; DuckDB statements ${(total / 1000).toFixed(1)} s`,
    ...rows.slice(0, 60).map((e) => `profile: ${(e.wallMs / 1000).toFixed(2).padStart(7)} s wall ${(e.cpuMs / 1000).toFixed(2).padStart(7)} s cpu ${String(e.calls).padStart(4)}× ${e.label}`),
  ];
  process.stderr.write(lines.join("\n") + "\n");
}

/** Records one measured span under `label` (also usable around JavaScript work). */
export async function measure<T>(label: string, work: () => Promise<T>): Promise<T> {
  if (!profiling()) return work();
  const wall = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await work();
  } finally {
    const used = process.cpuUsage(cpu);
    const entry = entries.get(label) ?? { label, calls: 0, wallMs: 0, cpuMs: 0 };
    entry.calls++;
    entry.wallMs += performance.now() - wall;
    entry.cpuMs += (used.user + used.system) / 1000;
    entries.set(label, entry);
  }
}

/** Wraps the connection's statement methods so that each is measured; a no-op unless CHITIEU_PROFILE=1. */
export function profileConnection(conn: DuckDBConnection): DuckDBConnection {
  if (!profiling()) return conn;
  if (!started) {
    started = { wall: performance.now(), cpu: process.cpuUsage() };
    process.once("exit", report);
  }
  for (const method of ["run", "runAndReadAll"] as const) {
    const original = conn[method].bind(conn) as (sql: string, ...rest: unknown[]) => Promise<unknown>;
    (conn as unknown as Record<string, unknown>)[method] = (sql: string, ...rest: unknown[]) => measure(labelOf(sql), () => original(sql, ...rest));
  }
  return conn;
}
