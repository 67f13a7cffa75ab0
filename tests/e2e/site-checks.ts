// What every page of the site must hold to, checked on a page already open (so that one load
// serves many checks): Vietnamese words instead of codes and English, vi-VN numbers and dates,
// nothing wider than a phone, each chart with its unit, source and (where colour means something)
// its legend, and every address shown as a link.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Page } from "playwright-core";

const indicatorCodes = (parse(readFileSync("data/catalog/indicators.csv"), { columns: true }) as { code: string }[]).map((r) => r.code);

/** Codes and English phrases that must never be visible outside code samples, quotes and raw SQL results. */
export const FORBIDDEN: string[] = [
  // statuses, feasibility, kinds of source, statuses of actuals, structure bases, merge methods
  "achieved", "not_achieved", "on_track", "needs_acceleration", "limited_progress", "deteriorating", "no_data", "no_final_value",
  "within_record", "above_median", "never_reached", "no_history",
  "statistics_office", "official", "estimate", "reported",
  "four_components", "three_sectors", "taxes_not_reported", "without_taxes", "with_taxes", "three_sectors_taxes_in_services", "three_sectors_without_taxes",
  "same_territory", "grdp_weighted", "implied_population", "not_computable",
  // units and regions
  "billion_vnd", "million_vnd", "million_usd", "billion_usd", "percent_per_year", "pp_per_year", "per_10k_pop", "persons", "enterprises",
  "mekong_delta", "mekong delta", "red_river_delta", "southeast", "central_highlands", "northern_midlands_mountains", "north_central_central_coast",
  // English reasons and choice reasons
  "no actual value", "one value only", "two are needed", "no growth rate", "latest published", "chosen in data/reviews", "first listed", "only value",
  "same value", "status estimate", "statistics office source",
  // document kinds
  "party_congress_resolution", "annual_resolution", "political_report", "annual_results_news", "action_programme",
  ...indicatorCodes,
];

export interface PageFindings {
  codes: string[];
  englishNumbers: string[];
  isoDates: string[];
  tooWide: number | null;
  charts: string[];
  unlinkedAddresses: string[];
}

/** Looks at the open page and returns what breaks the rules (all empty when it is clean). */
export async function inspectPage(page: Page, path: string, width: number): Promise<PageFindings> {
  return page.evaluate(
    ({ forbidden, path, width }) => {
      const main = document.querySelector("main")!;
      // Text a reader sees, without code samples, quotes from documents and the SQL page's raw results.
      const skip = "code, pre, textarea, script, style, .quote, .document-text, .sql-results, [hidden]";
      const texts: string[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest(skip)) continue;
        texts.push(n.textContent ?? "");
      }
      const visible = texts.join("\n");
      // (No named helper functions in here: the test runner's transform would rename them.)
      // A word's pattern is compiled only where the word occurs at all (the pattern holds the word
      // as it is written): 200 patterns over a province page's 30.000 characters took 120 ms a check.
      const codes = forbidden.filter((word) => visible.includes(word) && new RegExp(`(^|[^\\p{L}\\p{N}_/.-])${word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}\\p{N}_/-])`, "u").test(visible));
      // en-US numbers ("2,025", "670,000") and ISO dates ("2025-09-28") in what a reader sees
      // ("0,674" is a Vietnamese decimal: no one groups thousands after a zero).
      const englishNumbers = [...new Set(visible.match(/(?<![\d.,])[1-9]\d{0,2}(?:,\d{3})+(?![\d,])/g) ?? [])];
      const isoDates = [...new Set(visible.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [])];
      const pageWidth = Math.max(document.documentElement.scrollWidth, document.body.scrollWidth);
      const tooWide = width <= 400 && pageWidth > width ? pageWidth : null;

      // Charts: Plot's SVGs and the tile map, each framed with a unit and a source; a legend
      // wherever colour encodes a category or a value (two fills or more among its marks).
      const charts: string[] = [];
      const chartSvgs = [...main.querySelectorAll("svg")].filter((s) => !s.parentElement?.closest("svg") && !s.closest(".legend-item, [class$='-swatch'], .tile-map-legend") && !/-ramp$/.test(s.getAttribute("class") ?? "") && (s.getAttribute("class")?.startsWith("plot") || s.classList.contains("tile-map")));
      for (const svg of chartSvgs) {
        const name = svg.getAttribute("aria-label") ?? "(biểu đồ không tên)";
        const frame = svg.closest("figure.chart-frame") ?? svg.closest("figure");
        const caption = frame?.querySelector("figcaption")?.textContent ?? "";
        const unit = frame?.querySelector(".chart-unit")?.textContent ?? (/Đơn vị/.test(caption) ? caption : "");
        const source = frame?.querySelector(".chart-source")?.textContent ?? (/Nguồn/.test(caption) ? caption : "");
        if (!/Đơn vị:\s*\S/.test(unit)) charts.push(`${name}: no unit`);
        if (!/Nguồn:\s*\S/.test(source)) charts.push(`${name}: no source line`);
        const fills = new Set<string>();
        for (const el of svg.querySelectorAll("g[aria-label] rect, g[aria-label] circle, g[aria-label] path, g[aria-label] text, a.tile rect, g.tile rect")) {
          const group = el.closest("g[aria-label]")?.getAttribute("aria-label") ?? "";
          if (/axis|grid|tick|rule|frame/.test(group)) continue;
          const fill = el.getAttribute("fill") ?? el.closest("[fill]")?.getAttribute("fill") ?? "";
          if (fill && fill !== "none" && fill !== "currentColor" && fill !== "white" && fill !== "#fff" && fill !== "black") fills.add(fill);
        }
        const legend = frame?.querySelector(".chart-legend, .tile-map-legend, [class$='-swatches'], [class*='-swatches '], svg[class$='-ramp']");
        if (fills.size >= 2 && !legend) charts.push(`${name}: ${fills.size} colours and no legend`);
      }

      // Addresses: any web address a reader sees must be a link to http(s). (A bare site name given
      // as a citation, "plo.vn", is a name, not an address.)
      const unlinkedAddresses: string[] = [];
      const address = /\bhttps?:\/\/\S+|\bwww\.[a-z0-9-]+\.\S+/i;
      const walker2 = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let n = walker2.nextNode(); n; n = walker2.nextNode()) {
        const parent = n.parentElement;
        if (!parent || parent.closest("code, pre, textarea, .sql-results, .document-text")) continue;
        const m = address.exec(n.textContent ?? "");
        if (!m) continue;
        const link = parent.closest("a[href]") as HTMLAnchorElement | null;
        if (!link || !/^https?:$/.test(link.protocol)) unlinkedAddresses.push(m[0]);
      }
      void path;
      return { codes, englishNumbers, isoDates, tooWide, charts, unlinkedAddresses };
    },
    { forbidden: FORBIDDEN, path, width },
  );
}

export const CLEAN: PageFindings = { codes: [], englishNumbers: [], isoDates: [], tooWide: null, charts: [], unlinkedAddresses: [] };
