export interface PageFigure {
  figure_id: string;
  quote_start: number;
  quote_end: number;
  confidence: number | null;
  review: string | null;
}
export const REVIEW_THRESHOLD: number;
export function needsReview(figure: Pick<PageFigure, "confidence" | "review">): boolean;
export function textPieces<F extends Pick<PageFigure, "quote_start" | "quote_end">>(text: string, figures: F[]): { text: string; figures: F[]; starts: F[]; ends: F[] }[];
export function formatDate(value: unknown): string;
export function documentName(file: string): string;
export function unitKey(row: { units: string; province_code: string }): string;
