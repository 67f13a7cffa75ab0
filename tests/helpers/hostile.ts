// Inputs of about 1 MB built to make a careless parser hang: runs of digits, dashes, percent
// signs and separators, decomposed accents, control bytes, unbalanced brackets.
const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

export const HOSTILE_INPUTS: Record<string, string> = {
  "digit run": fill("7"),
  "digits with separators": fill("1.000,5"),
  "dashes": fill("-"),
  "dashes between numbers": fill("1 - "),
  "percent signs": fill("%"),
  "percent after numbers": fill("1% "),
  "range words": fill("từ 1 đến "),
  "NFD Vietnamese": fill("Tỷ lệ hộ nghèo giảm còn 4%; ".normalize("NFD")),
  "control bytes": fill("\u0000\u0001\u0007\u001b5\u0008%"),
  "brackets": fill("((((5%"),
  "year expressions": fill("năm 2025 "),
  "alias words": fill("tỷ lệ tăng trưởng kinh tế "),
  "one long sentence of figures": fill("tăng trưởng kinh tế đạt 7,5%, "),
};
