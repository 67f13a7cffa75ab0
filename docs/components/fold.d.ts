export function foldVietnamese(text: string): string;
export function foldForMatch(text: string): string;
