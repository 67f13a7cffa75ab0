import { describe, expect, test } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parse } from "csv-parse/sync";
import { runCli } from "../helpers/run-cli.ts";

const CLI = "src/cli/extract.ts";
const doc = resolve("data/documents/001_31bcd61aa05f9e0e.txt");

describe("npm run extract", () => {
  test("prints the gold columns then id, start, end, subject, confidence, as CSV", async () => {
    const r = await runCli(CLI, [doc]);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual([
      "doc", "role", "indicator_code", "kind", "comparator", "value_low", "value_high", "unit", "period_start", "year", "quote",
      "id", "start", "end", "subject", "confidence",
    ]);
    const exports = rows.find((row) => row.indicator_code === "export_turnover")!;
    expect([exports.value_low, exports.unit, exports.year, exports.role]).toEqual(["1400", "million_usd", "2020", "target"]);
    // The offsets point at the quote in the original file.
    const text = readFileSync(doc, "utf8");
    expect(text.slice(Number(exports.start), Number(exports.end))).toBe(exports.quote);
  });

  test("--format json prints the same figures", async () => {
    const csv = parse((await runCli(CLI, [doc])).stdout, { columns: true }) as { id: string }[];
    const json = JSON.parse((await runCli(CLI, ["--format", "json", doc])).stdout) as { id: string; value_low: number }[];
    expect(json.map((f) => f.id)).toEqual(csv.map((f) => f.id));
    expect(typeof json[0].value_low).toBe("number");
  });

  test("ids are the same on a second run", async () => {
    expect((await runCli(CLI, [doc])).stdout).toBe((await runCli(CLI, [doc])).stdout);
  });

  test("no file, an unknown option or an unknown format is a usage error (exit 2)", async () => {
    expect((await runCli(CLI, [])).status).toBe(2);
    const bad = await runCli(CLI, ["--colour", doc]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("Unknown option '--colour'");
    expect((await runCli(CLI, ["--format", "xml", doc])).stderr).toContain('--format must be csv or json, not "xml"');
  });

  test("an unreadable file is named, the others are still extracted, the exit code is 1", async () => {
    const r = await runCli(CLI, ["/nonexistent/x.txt", doc]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("cannot read /nonexistent/x.txt: ENOENT");
    expect(r.stdout).toContain("export_turnover");
  });

  test("invalid UTF-8 is replaced and warned about, not fatal", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chitieu-"));
    const file = join(dir, "broken.txt");
    writeFileSync(file, Buffer.concat([Buffer.from("Kim ngạch xuất khẩu năm 2025 đạt 4,5 tỷ USD. "), Buffer.from([0xff, 0xfe, 0xc3])]));
    const r = await runCli(CLI, [file]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("warning: broken.txt: the text contains replacement characters");
    expect(r.stdout).toContain("4.5,,billion_usd");
  });
});
