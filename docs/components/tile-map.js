// The tile-grid map: one square per unit, coloured by a measure, each square with data a link to
// its province page (reachable with Tab, named for screen readers), with a colour legend.
import * as Plot from "npm:@observablehq/plot";
import {html, svg} from "htl";
import {gridOf, tileLines} from "./tile-grid.js";
import {legendItem} from "./chart-frame.js";

const NO_VALUE = "#e4e4e4";

/**
 * units: "63" or "34". provinces: rows of provinces.parquet. values: Map code → {value, text, href}.
 * color: Plot color scale options (a domain and a scheme), label: what the colour measures.
 * Returns the legend and the map; squares without a value are light grey and carry no link.
 */
export function tileMap({units, provinces, values, color, label, width = 420}) {
  const grid = gridOf(units);
  const names = new Map(provinces.filter((p) => p.units === units).map((p) => [p.code, p.name_vi]));
  const columns = Math.max(...Object.values(grid).map(([c]) => c)) + 1;
  const rows = Math.max(...Object.values(grid).map(([, r]) => r)) + 1;
  const size = Math.max(34, Math.min(52, Math.floor((Math.min(width, 460) - 4) / columns)));
  const scale = Plot.scale({color: {...color}});
  const tiles = Object.entries(grid).map(([code, [col, row]]) => {
    const v = values.get(code);
    const name = names.get(code) ?? code;
    const has = v && v.value !== null && v.value !== undefined && Number.isFinite(v.value);
    const fill = has ? scale.apply(v.value) : NO_VALUE;
    return {code, col, row, name, v, has, fill, ink: isDark(fill) ? "#fff" : "#1b1b1b"};
  });
  const map = svg`<svg class="tile-map" width=${columns * size} height=${rows * size} viewBox=${`0 0 ${columns * size} ${rows * size}`} role="group" aria-label=${`Bản đồ ô: ${label}`}>
    ${tiles.map((t) => {
      const body = svg`<rect x=${t.col * size + 1} y=${t.row * size + 1} width=${size - 2} height=${size - 2} rx="3" fill=${t.fill}></rect>
        ${tileLines(t.name).map((line, i, all) => svg`<text x=${t.col * size + size / 2} y=${t.row * size + size / 2 + (i - (all.length - 1) / 2) * 11 + 3.5} text-anchor="middle" font-size=${size < 42 ? 8.5 : 9.5} fill=${t.has ? t.ink : "#555"}>${line}</text>`)}
        <title>${t.name}: ${t.v?.text ?? "chưa có số liệu"}</title>`;
      return t.v?.href
        ? svg`<a href=${t.v.href} class="tile" data-code=${t.code} aria-label=${`${t.name}: ${t.v.text ?? "chưa có số liệu"}`}>${body}</a>`
        : svg`<g class="tile" data-code=${t.code}>${body}</g>`;
    })}
  </svg>`;
  const legend = html`<div class="tile-map-legend">${Plot.legend({color: {...color}, label, width: Math.min(320, width), tickFormat: color.tickFormat})}${legendItem(NO_VALUE, "chưa có số liệu")}</div>`;
  return html`<div class="tile-map-wrap">${legend}${map}</div>`;
}

function isDark(color) {
  let r, g, b;
  const rgb = /rgb\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (rgb) [r, g, b] = rgb.slice(1).map(Number);
  else if (/^#[0-9a-f]{6}$/i.test(color)) [r, g, b] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  else return false;
  return 0.299 * r + 0.587 * g + 0.114 * b < 140;
}
