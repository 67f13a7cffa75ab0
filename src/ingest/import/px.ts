// PX files (PC-Axis), as PX-Web sites export them: `KEYWORD("subkey")="value";` lines, lists of
// quoted values, then DATA= with one number (or a missing-value mark such as ".." or "-") per
// cell, the stub variables varying slowest and the heading variables fastest. The text is
// decoded with the code page the file declares (CODEPAGE="windows-1258"; iso-8859-1 when it
// declares none, as the format says).
import type { Cube, Dimension } from "./cube.ts";

interface Entry {
  keyword: string;
  language: string | null;
  subkeys: string[];
  values: string[];
  /** The raw text after "=", for DATA. */
  raw: string;
}

export function decodePx(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)) };
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const declared = /CODEPAGE\s*=\s*"([^"]+)"/i.exec(head)?.[1];
  const charset = /CHARSET\s*=\s*"([^"]+)"/i.exec(head)?.[1];
  const label = declared ?? (charset?.toUpperCase() === "ANSI" ? "windows-1252" : "iso-8859-1");
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: label.toLowerCase().replace(/[-_]/g, "") === "utf8" });
  } catch {
    return { error: `the PX file declares CODEPAGE="${label}", an encoding this program does not know (it knows utf-8, windows-1258, iso-8859-1 and the other WHATWG encodings)` };
  }
  try {
    return { text: decoder.decode(bytes).normalize("NFC") };
  } catch {
    return { error: `the PX file declares CODEPAGE="${label}" but is not valid ${label}` };
  }
}

/** Splits the header into entries; a syntax error names the line. */
function entries(text: string): Entry[] | { error: string } {
  const out: Entry[] = [];
  let i = 0;
  const lineAt = (at: number) => text.slice(0, at).split("\n").length;
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (i >= text.length) break;
    const eq = text.indexOf("=", i);
    if (eq < 0) return { error: `line ${lineAt(i)}: a keyword without "="` };
    const key = text.slice(i, eq).trim();
    const m = /^([A-Za-z][A-Za-z0-9-]*)(?:\[([^\]]*)\])?(?:\((.*)\))?$/s.exec(key);
    if (!m) return { error: `line ${lineAt(i)}: ${JSON.stringify(key.slice(0, 60))} is not a PX keyword` };
    const keyword = m[1].toUpperCase();
    // The value runs to the first ";" outside quotes (DATA to the last ";" of the file).
    let j = eq + 1;
    let quoted = false;
    if (keyword === "DATA") {
      const end = text.lastIndexOf(";");
      j = end > eq ? end : text.length;
    } else {
      while (j < text.length && (quoted || text[j] !== ";")) {
        if (text[j] === '"') quoted = !quoted;
        j++;
      }
      if (j >= text.length) return { error: `line ${lineAt(i)}: the value of ${keyword} does not end with ";"` };
    }
    const raw = text.slice(eq + 1, j);
    out.push({ keyword, language: m[2] ?? null, subkeys: m[3] ? splitList(m[3]) : [], values: keyword === "DATA" ? [] : splitList(raw), raw });
    i = j + 1;
  }
  return out;
}

/** A PX list: quoted strings (adjacent ones concatenate, as long values are split over lines), commas between items; TLIST ranges expanded. */
function splitList(raw: string): string[] {
  const tlist = /^\s*TLIST\s*\(\s*(\w+)\s*(?:,\s*"(\d+)"\s*-\s*"(\d+)"\s*)?\)\s*,?\s*(.*)$/s.exec(raw);
  if (tlist) {
    if (tlist[2] && tlist[3]) {
      const out: string[] = [];
      for (let y = Number(tlist[2]); y <= Number(tlist[3]); y++) out.push(String(y));
      return out;
    }
    return splitList(tlist[4]);
  }
  const items: string[] = [];
  let current = "";
  let inItem = false;
  let k = 0;
  while (k < raw.length) {
    const c = raw[k];
    if (c === '"') {
      const end = raw.indexOf('"', k + 1);
      current += raw.slice(k + 1, end < 0 ? raw.length : end);
      inItem = true;
      k = end < 0 ? raw.length : end + 1;
    } else if (c === ",") {
      items.push(current);
      current = "";
      inItem = false;
      k++;
    } else if (/\s/.test(c)) {
      k++;
    } else {
      current += c;
      inItem = true;
      k++;
    }
  }
  if (inItem || items.length > 0) items.push(current);
  return items;
}

export function readPx(text: string): Cube | { error: string } {
  const parsed = entries(text);
  if ("error" in parsed) return parsed;
  // Only the default language: keywords with a [lang] suffix translate it.
  const list = parsed.filter((e) => e.language === null);
  const one = (keyword: string, subkey?: string) => list.find((e) => e.keyword === keyword && (subkey === undefined ? e.subkeys.length === 0 : e.subkeys[0] === subkey));
  const stub = one("STUB")?.values ?? [];
  const heading = one("HEADING")?.values ?? [];
  const variables = [...stub, ...heading];
  if (variables.length === 0) return { error: "the PX file has neither STUB nor HEADING" };
  const data = list.find((e) => e.keyword === "DATA");
  if (!data) return { error: "the PX file has no DATA" };
  const contvariable = one("CONTVARIABLE")?.values[0];
  const dimensions: Dimension[] = [];
  for (const v of variables) {
    const labels = one("VALUES", v)?.values;
    if (!labels) return { error: `the PX file has no VALUES("${v}")` };
    const codes = one("CODES", v)?.values ?? labels;
    dimensions.push({
      id: v,
      label: v,
      categories: labels.map((label, k) => {
        const unit = v === contvariable ? list.find((e) => e.keyword === "UNITS" && e.subkeys[0] === label)?.values[0] : undefined;
        return { id: codes[k] ?? label, label, ...(unit ? { unit } : {}) };
      }),
    });
  }
  const tokens = tokenizeData(data.raw);
  const expected = dimensions.reduce((n, d) => n * d.categories.length, 1);
  if (tokens.length !== expected) {
    return { error: `the PX file's DATA holds ${tokens.length} values where its variables (${dimensions.map((d) => `${d.id}: ${d.categories.length}`).join(", ")}) make ${expected}` };
  }
  const timeVar = list.find((e) => e.keyword === "TIMEVAL")?.subkeys[0];
  const updated = one("LAST-UPDATED")?.values[0] ?? one("CREATION-DATE")?.values[0];
  const date = updated ? /^(\d{4})(\d{2})(\d{2})/.exec(updated) : null;
  const title = one("TITLE")?.values.join("") ?? "";
  const contents = one("CONTENTS")?.values.join("") ?? "";
  const units = one("UNITS")?.values.join("");
  const source = one("SOURCE")?.values.join("");
  const notes = list.filter((e) => e.keyword === "NOTE" || e.keyword === "NOTEX").map((e) => e.values.join(""));
  return {
    name: "the PX file",
    dimensions,
    value(index) {
      let flat = 0;
      index.forEach((k, d) => (flat = flat * dimensions[d].categories.length + k));
      const t = tokens[flat];
      return /^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t) ? Number(t) : t;
    },
    roles: { ...(timeVar ? { time: timeVar } : {}), ...(contvariable ? { metric: contvariable } : {}) },
    metadata: [title, contents, ...(units ? [units] : []), ...notes].filter(Boolean),
    stated: {
      ...(contents || title ? { indicator: contents || title } : {}),
      ...(units ? { unit: units } : {}),
      ...(source ? { source } : {}),
      ...(date ? { published: `${date[1]}-${date[2]}-${date[3]}` } : {}),
    },
  };
}

/** DATA values: numbers and missing-value marks, quoted or not, separated by spaces, commas or line ends. */
function tokenizeData(raw: string): string[] {
  const out: string[] = [];
  for (const m of raw.matchAll(/"([^"]*)"|([^\s,;"]+)/g)) out.push(m[1] ?? m[2]);
  return out;
}
