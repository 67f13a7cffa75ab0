export function csvField(value: unknown, options?: { excel?: boolean; delimiter?: "," | ";" }): string;
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[], options?: { excel?: boolean }): string;
export interface CsvColumn<T> { key: string; label: string; csv?: (row: T) => unknown }
export function tableCsv<T extends Record<string, unknown>>(rows: readonly T[], columns: readonly CsvColumn<T>[], flavour?: "tools" | "excel-vn"): string;
