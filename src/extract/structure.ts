// The structure of a document that decides what its numbers mean: paragraphs and sentences,
// headings, and the words that switch between talking about targets ("phấn đấu", "mục tiêu",
// "Các chỉ tiêu chủ yếu") and about results ("đã đạt", "ước đạt", "nhiệm kỳ qua"), and the
// periods and years they name.

export type Role = "target" | "actual";

export interface Period {
  start: number;
  end: number;
}

export interface RoleCue {
  at: number;
  role: Role;
  /** Where the cue stops holding: the end of its paragraph for a look back ("Nhìn lại nhiệm kỳ trước, …"). */
  until?: number;
}

export interface Heading {
  start: number;
  end: number;
  role: Role | null;
  period: Period | null;
}

// Results: what has been reached. Targets: what is to be reached.
const ACTUAL_CUES =
  /(?<![a-z])(?:da dat|dat duoc|uoc dat|uoc tang|uoc tinh|du uoc|ket qua (?:dat duoc|thuc hien|an tuong|quan trong|noi bat)|nhiem ky (?:vua )?qua|nhin lai|(?:\d{1,2}|nhung|may) nam qua|vua qua|thanh tuu|da duy tri|ghi nhan|theo bao cao)(?![a-z])/g;
const TARGET_CUES =
  /(?<![a-z])(?:phan dau|(?:dat|de) ra muc tieu|dat muc tieu|xac dinh muc tieu|muc tieu moi|muc tieu den nam|(?:cac|mot so|\d{1,3}) chi tieu chu yeu (?:nhiem ky|nam|giai doan|cua)|quyet tam|thong nhat thong qua|chi tieu(?: chu yeu)?(?: duoc)? de ra|(?:nghi quyet|dai hoi)(?: [a-z]{1,7}){0,5} xac dinh(?! ro))(?![a-z])/g;
const HEADING_ACTUAL = /ket qua|danh gia|thanh tuu|da dat|dat duoc|tong ket|so ket/;
const HEADING_TARGET = /muc tieu|chi tieu|phuong huong|nhiem vu|ke hoach|giai phap|dinh huong|phan dau/;
// ("Kết quả hai năm 2021 - 2022", "3 năm 2021 - 2023": a span of a term, as "5 năm" is.)
const PERIOD = /(?:nhiem ky|giai doan|thoi ky|ke hoach|(?:\d{1,2}|hai|ba|bon|nam) nam|\()\s*\(?(\d{4})\s*-\s*(\d{4})\)?/g;
const SINGLE_YEAR = /(?<![a-z])nam (\d{4})(?!\s{0,3}-\s{0,3}\d{4})/;
const FIGURE_IN_LINE = /\d\s?%|\d\s?(?:ty|trieu|nghin|ngan) (?:dong|usd)/;

/** A period written "2021 - 2025" is inclusive; a term written "2020 - 2025" starts a year later. */
export function periodFromYears(a: number, b: number): Period {
  return { start: b - a >= 5 ? a + 1 : a, end: b };
}

// The cues searched for without their leading lookbehind, which is checked by hand: a pattern that
// begins with its words lets the engine skip ahead to where they can start (5 to 10 % faster over
// the documents, measured).
const SCANS = [
  [withoutLeadingLookbehind(ACTUAL_CUES), "actual"],
  [withoutLeadingLookbehind(TARGET_CUES), "target"],
] as const;

function withoutLeadingLookbehind(regex: RegExp): RegExp {
  const lookbehind = "(?<![a-z])";
  if (!regex.source.startsWith(lookbehind)) throw new Error(`cue pattern must begin with ${lookbehind}: ${regex.source}`);
  return new RegExp(regex.source.slice(lookbehind.length), regex.flags);
}

export function findRoleCues(folded: string): RoleCue[] {
  const cues: RoleCue[] = [];
  for (const [regex, role] of SCANS) {
    regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(folded))) {
      const before = folded.charCodeAt(m.index - 1);
      if (before >= 97 && before <= 122) {
        // Inside a word: as the lookbehind would, look again from the next position.
        regex.lastIndex = m.index + 1;
        continue;
      }
      // "chưa đạt được mục tiêu" is not a result.
      if (role === "actual" && /chua\s*$/.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
      // "Để đạt được mục tiêu đó", "nhằm đạt được": what is to be reached.
      if (role === "actual" && /(?:de|nham)\s*$/.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
      // "không đạt mục tiêu đề ra", "chưa đạt mục tiêu": a result measured against a target.
      if (role === "target" && /(?:khong|chua)\s*$/.test(folded.slice(Math.max(0, m.index - 6), m.index))) continue;
      // "bằng 77,5% mục tiêu đến năm 2025", "đạt 95% chỉ tiêu đề ra": how far a result has come
      // towards a target, said in the results' own sentence.
      if (role === "target" && /\d\s?%\s{0,2}(?:so voi\s{1,2})?$/.test(folded.slice(Math.max(0, m.index - 12), m.index))) continue;
      // A look back at the past term speaks of its own paragraph only: a congress text turns to its
      // targets after it, often without a cue ("Nghị quyết xác định giai đoạn 2026 - 2030, …").
      if (folded.startsWith("nhin lai", m.index)) {
        const end = folded.indexOf("\n", m.index);
        cues.push({ at: m.index, role, until: end < 0 ? folded.length : end });
      } else if (role === "target" && (midSentence(folded, m.index) || /(?<![a-z])(?:de|nham)\s*$/.test(folded.slice(Math.max(0, m.index - 6), m.index)))) {
        // "Để đạt mục tiêu cả nhiệm kỳ, hai năm còn lại cần …" in a review: a purpose, of its own sentence only.
        // "…, phấn đấu năm 2020 đạt trên 90%." after a result: an aim of its own sentence only.
        cues.push({ at: m.index, role, until: sentenceEnd(folded, m.index) });
      } else cues.push({ at: m.index, role });
    }
  }
  return cues.sort((a, b) => a.at - b.at);
}

/** A cue after a comma or a semicolon of a sentence that began well before it. */
function midSentence(folded: string, at: number): boolean {
  const from = Math.max(0, at - 200);
  const head = folded.slice(from, at);
  const start = Math.max(head.lastIndexOf(". "), head.lastIndexOf("\n"), head.lastIndexOf(":"));
  if (start < 0 && from > 0) return false;
  const sentence = head.slice(start + 1);
  return sentence.length > 16 && /[,;]\s*(?:[a-z]+\s+){0,2}$/.test(sentence);
}

/** Where the sentence holding `at` ends: a full stop before a space, or a line's end. */
function sentenceEnd(folded: string, at: number): number {
  const limit = Math.min(folded.length, at + 400);
  for (let i = at; i < limit; i++) {
    const ch = folded[i];
    if (ch === "\n" || (ch === "." && (i + 1 >= folded.length || folded[i + 1] === " "))) return i;
  }
  return limit;
}

/** Lines that read as headings: short, not ending a sentence, often numbered or in capitals. */
export function findHeadings(clean: string, folded: string): Heading[] {
  const out: Heading[] = [];
  let lineStart = 0;
  while (lineStart <= folded.length) {
    let lineEnd = folded.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = folded.length;
    const length = lineEnd - lineStart;
    const line = length <= 400 ? folded.slice(lineStart, lineEnd).trim() : "";
    // A line that states a figure ("- Tăng trưởng đạt 7,3% (kế hoạch 7%)") is an item without
    // its full stop, not a heading, whatever words it holds.
    const short = line.length > 0 && line.length <= 160 && !/[.;:]["*)]*$/.test(line) && !FIGURE_IN_LINE.test(line);
    let upper = false;
    if (!short && line.length > 0) {
      // A line of capitals: no letter changes when upper-cased (a cheap test first: most lines have a small a-z).
      const text = clean.slice(lineStart, lineEnd);
      if (!/[a-z]/.test(text) && text === text.toUpperCase()) {
        const letters = text.replace(/[^\p{L}]/gu, "");
        upper = letters.length > 8;
      }
    }
    if ((short || upper) && /[a-z]/.test(line)) {
      const role: Role | null = HEADING_ACTUAL.test(line) ? "actual" : HEADING_TARGET.test(line) ? "target" : null;
      let period: Period | null = null;
      PERIOD.lastIndex = 0;
      const p = PERIOD.exec(line);
      if (p) period = periodFromYears(Number(p[1]), Number(p[2]));
      else {
        // "Một số chỉ tiêu chủ yếu năm 2020", "Những kết quả đạt được năm 2025": a one-year list;
        // "mục tiêu đến năm 2030" names a target year, not a period.
        const y = SINGLE_YEAR.exec(line);
        // "từ năm 2026 (và những năm tiếp theo)" names where a span begins, not one year.
        if (y && role && !/(?:den|vao|toi|tu)\s*$/.test(line.slice(0, y.index))) period = { start: Number(y[1]), end: Number(y[1]) };
      }
      if (role || period) out.push({ start: lineStart, end: lineEnd, role, period });
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
