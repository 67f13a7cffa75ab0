export function csvField(value: unknown, options?: { excel?: boolean }): string;
export function toCsv<T extends object>(rows: readonly T[], columns: readonly (keyof T & string)[], options?: { excel?: boolean }): string;
