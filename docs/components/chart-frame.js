// Every chart comes framed the same way: its unit, its source line, downloads as SVG and PNG, and,
// folded under it, the table of the numbers it draws (sortable, with the CSV downloads). The chart
// carries an aria label; the table is its text alternative.
import {html, svg} from "htl";
import {dataTable, saveBlob} from "./table.js";
import {sourceLink} from "./links.js";
import {sourceText} from "./source.js";

/**
 * chart: the element to show (a Plot figure, an SVG, or what resize() returns).
 * unit: the unit in words ("%/năm", "tỷ đồng"), shown as "Đơn vị: …".
 * source: text, a node, or a list of {url, text} shown as "Nguồn: …" (links only for http(s)).
 * table: {columns, rows, visibleRows?} for dataTable; name: the download file name.
 */
export function chartFrame(chart, {title, unit, source, note, table, name = "bieu-do"} = {}) {
  const frame = html`<figure class="chart-frame" data-name=${name}>
    ${title ? html`<div class="chart-title">${title}</div>` : ""}
    <div class="chart-body">${chart}</div>
    <figcaption>
      ${note ? html`<div class="chart-note">${note}</div>` : ""}
      <div class="chart-unit">Đơn vị: ${unit}</div>
      <div class="chart-source">Nguồn: ${sourceLine(source)}</div>
    </figcaption>
    <div class="downloads no-print">
      <button type="button" onclick=${() => saveBlob(new Blob([composeSvg(frame)], {type: "image/svg+xml"}), `chitieu-${name}.svg`)}>Tải SVG</button>
      <button type="button" onclick=${() => savePng(frame, `chitieu-${name}.png`)}>Tải PNG</button>
    </div>
    ${table ? html`<details class="chart-table"><summary>Bảng số liệu</summary>${dataTable(table.rows, {name, columns: table.columns, rows: table.visibleRows ?? 12})}</details>` : ""}
  </figure>`;
  return frame;
}

function sourceLine(source) {
  if (source === null || source === undefined || source === "") return "–";
  if (!Array.isArray(source)) return source;
  const seen = new Set();
  const items = source.filter((s) => s && (s.url || s.text) && !seen.has(s.url ?? s.text) && seen.add(s.url ?? s.text));
  if (!items.length) return "–";
  return html`${items.map((s, i) => html`${i ? "; " : ""}${s.url ? sourceLink(s.url, s.text) : typeof s.text === "string" ? sourceText(s.text) : s.text}`)}`;
}

/** A legend entry drawn by the site (not by Plot): a coloured square or symbol and its words. */
export function legendItem(color, label, symbol) {
  const icon = symbol
    ? svg`<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><text x="7" y="11.5" text-anchor="middle" fill=${color} font-size="13" font-weight="bold">${symbol}</text></svg>`
    : svg`<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true"><rect width="14" height="14" rx="2" fill=${color}></rect></svg>`;
  return html`<span class="legend-item">${icon}${label}</span>`;
}

export function legend(items, {label} = {}) {
  return html`<div class="chart-legend" role="list" aria-label=${label ?? "Chú giải"}>${label ? html`<span class="legend-title">${label}:</span>` : ""}${items.map(([color, text, symbol]) => legendItem(color, text, symbol))}</div>`;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * One standalone SVG of the chart as the page shows it: title, legends (Plot's swatches and the
 * site's own), every chart SVG, then the unit and source lines, on a white background.
 */
export function composeSvg(frame) {
  const body = frame.querySelector(".chart-body");
  const width = Math.max(320, ...[...body.querySelectorAll("svg")].map((s) => s.getBoundingClientRect().width));
  const out = document.createElementNS(SVG_NS, "svg");
  const parts = [];
  let y = 8;
  const text = (content, size = 12, weight = "normal") => {
    const t = document.createElementNS(SVG_NS, "text");
    t.setAttribute("x", "8");
    t.setAttribute("y", String(y + size));
    t.setAttribute("font-size", String(size));
    t.setAttribute("font-weight", weight);
    t.setAttribute("font-family", "system-ui, sans-serif");
    t.setAttribute("fill", "#222");
    t.textContent = content;
    parts.push(t);
    y += size + 8;
  };
  const title = frame.querySelector(".chart-title")?.textContent ?? frame.closest(".card, section")?.querySelector("h2, h3")?.textContent;
  if (title) text(title.trim(), 14, "bold");
  let x = 8;
  let rowHeight = 0;
  const newline = () => {
    if (rowHeight) y += rowHeight + 4;
    x = 8;
    rowHeight = 0;
  };
  for (const node of body.querySelectorAll("svg, [class$='-swatch'], .legend-item")) {
    const isSwatch = node.matches("[class$='-swatch'], .legend-item");
    if (!isSwatch && (node.closest("[class$='-swatch'], .legend-item") || node.parentElement?.closest("svg"))) continue;
    if (isSwatch) {
      const icon = node.querySelector("svg");
      const label = node.textContent.trim();
      const w = 22 + label.length * 7;
      if (x + w > width) newline();
      if (icon) {
        const c = icon.cloneNode(true);
        c.setAttribute("x", String(x));
        c.setAttribute("y", String(y));
        parts.push(c);
      }
      const t = document.createElementNS(SVG_NS, "text");
      t.setAttribute("x", String(x + 18));
      t.setAttribute("y", String(y + 11));
      t.setAttribute("font-size", "11");
      t.setAttribute("font-family", "system-ui, sans-serif");
      t.setAttribute("fill", "#222");
      t.textContent = label;
      parts.push(t);
      x += w;
      rowHeight = Math.max(rowHeight, 16);
      continue;
    }
    newline();
    const box = node.getBoundingClientRect();
    const c = node.cloneNode(true);
    c.setAttribute("x", "0");
    c.setAttribute("y", String(y));
    c.setAttribute("width", String(box.width));
    c.setAttribute("height", String(box.height));
    parts.push(c);
    y += box.height + 6;
  }
  newline();
  for (const line of frame.querySelectorAll("figcaption > div")) text(line.textContent.replace(/\s+/g, " ").trim(), 11);
  out.setAttribute("xmlns", SVG_NS);
  out.setAttribute("width", String(Math.ceil(width + 16)));
  out.setAttribute("height", String(Math.ceil(y + 4)));
  out.setAttribute("viewBox", `0 0 ${Math.ceil(width + 16)} ${Math.ceil(y + 4)}`);
  out.setAttribute("style", "color:#222;background:#fff");
  const bg = document.createElementNS(SVG_NS, "rect");
  bg.setAttribute("width", "100%");
  bg.setAttribute("height", "100%");
  bg.setAttribute("fill", "#fff");
  out.append(bg, ...parts);
  return new XMLSerializer().serializeToString(out);
}

async function savePng(frame, filename) {
  const source = composeSvg(frame);
  const url = URL.createObjectURL(new Blob([source], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    await new Promise((resolve, reject) => {
      image.onload = resolve;
      image.onerror = () => reject(new Error("Không vẽ được ảnh PNG"));
      image.src = url;
    });
    const scale = 2;
    const canvas = document.createElement("canvas");
    canvas.width = image.width * scale;
    canvas.height = image.height * scale;
    const context = canvas.getContext("2d");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const blob = await new Promise((resolve) => canvas.toBlob(resolve, "image/png"));
    saveBlob(blob, filename);
  } finally {
    URL.revokeObjectURL(url);
  }
}
