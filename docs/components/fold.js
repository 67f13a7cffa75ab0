// Accent- and case-insensitive matching of Vietnamese text, shared by the pipeline (through
// src/text/fold.ts) and the pages (search): NFD splits a letter from its tone and vowel marks,
// which are dropped; đ/Đ has no decomposition and maps to d explicitly.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldVietnamese(text) {
  return String(text).normalize("NFD").replace(COMBINING_MARKS, "").replace(/[đĐ]/g, "d").toLowerCase();
}

/** Folds and collapses every run of Unicode whitespace to one space. */
export function foldForMatch(text) {
  return foldVietnamese(text).replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g, " ").trim();
}
