export function safeHref(url: unknown): string | null;
export function sourceLink(url: string | null | undefined, text?: string): HTMLElement;
export function shortAddress(href: string, max?: number): string;
