// Accent- and case-insensitive matching of Vietnamese text. NFD splits a letter from its tone
// and vowel marks, which are then dropped; đ/Đ has no decomposition and maps to d explicitly.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldVietnamese(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase();
}

/** Folds and collapses every run of whitespace and punctuation-like separators to one space. */
export function foldForMatch(text: string): string {
  return foldVietnamese(text).replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, " ").trim();
}
