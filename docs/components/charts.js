// The site's charts: functions of data and options, so that pages stay short.
import * as Plot from "@observablehq/plot";
import {STATUS, STATUS_KEYS, formatNumber, formatValue, statusLabel} from "./format.js";

const statusColor = {domain: STATUS_KEYS, range: STATUS_KEYS.map((k) => STATUS[k].color)};
const vi = (d) => formatNumber(d);
// While a page lays out, resize() may first report a card a few dozen pixels wide: narrower
// than a chart's left margin, Plot would draw bars of negative width (a console error). A chart
// never gets narrower than its margins plus room for the marks; the frame scrolls instead.
const atLeast = (width, min) => (width === undefined ? undefined : Math.max(width, min));

/** Targets by status: a bar per status, its count and label written on it. */
export function statusCountsChart(rows, {width} = {}) {
  const counts = STATUS_KEYS.map((status) => ({status, label: statusLabel(status), count: rows.filter((r) => r.status === status).length}));
  return Plot.plot({
    width: atLeast(width, 320),
    height: 220,
    marginLeft: 170,
    ariaLabel: "Số chỉ tiêu theo tình trạng",
    x: {label: "Số chỉ tiêu", tickFormat: vi, grid: true},
    y: {label: null, domain: counts.map((d) => d.label)},
    color: statusColor,
    marks: [
      Plot.barX(counts, {x: "count", y: "label", fill: "status", title: (d) => `${d.label}: ${d.count}`}),
      Plot.text(counts, {x: "count", y: "label", text: (d) => formatNumber(d.count), dx: 4, textAnchor: "start"}),
      Plot.ruleX([0])
    ]
  });
}

/** Indicators × provinces, each cell the status of the latest target, with its symbol. */
export function scorecardChart(cells, {width, provinces, indicators} = {}) {
  return Plot.plot({
    width: atLeast(width, 400),
    height: Math.max(160, 30 * indicators.length + 110),
    marginLeft: 230,
    marginBottom: 80,
    ariaLabel: "Bảng điểm: tình trạng chỉ tiêu theo chỉ tiêu và tỉnh",
    y: {label: null, domain: indicators.map((d) => d.label)},
    x: {label: null, domain: provinces, tickRotate: -25, axis: "bottom"},
    color: statusColor,
    marks: [
      Plot.cell(cells, {y: "indicator_label", x: "province_label", fill: "status", inset: 1, tip: true,
        title: (d) => `${d.province_label} · ${d.indicator_label} (${d.indicator_name_en})\n${statusLabel(d.status)}\n${d.detail}`}),
      Plot.text(cells, {y: "indicator_label", x: "province_label", text: (d) => STATUS[d.status]?.symbol, fill: "white", fontSize: 14})
    ]
  });
}

/**
 * One target: the actual series (dots and line), the target (a band or a line at the target
 * year), and the path still required from the latest value.
 */
export function targetChart(target, series, {width = 320, height = 170} = {}) {
  const unit = target.kind === "avg_growth" ? "percent_per_year" : target.unit;
  const years = [target.base_year, target.target_year];
  const required =
    target.kind === "level" && target.latest_value !== null && target.required_growth !== null && target.latest_year < target.target_year
      ? pathRequired(target)
      : [];
  const targetHigh = target.target_high ?? target.target_low;
  return Plot.plot({
    width,
    height,
    marginLeft: 50,
    ariaLabel: `${target.indicator_name_vi}: số liệu thực tế và chỉ tiêu ${target.target_year}`,
    x: {label: null, tickFormat: (d) => `${d}`, domain: [Math.min(years[0], ...series.map((d) => d.year)), years[1]], ticks: 4},
    y: {label: null, tickFormat: vi, grid: true, nice: true},
    marks: [
      target.kind === "avg_growth"
        ? Plot.rectY([target], {x1: target.period_start - 0.5, x2: target.target_year + 0.5, y1: target.target_low, y2: targetHigh, fill: "currentColor", fillOpacity: 0.12})
        : Plot.ruleY([target.target_low, ...(target.target_high !== null ? [target.target_high] : [])], {stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.7}),
      Plot.line(required, {x: "year", y: "value", stroke: "#d4a017", strokeDasharray: "2,3"}),
      target.kind === "avg_growth"
        ? Plot.barY(series, {x: "year", y: "value", fill: "steelblue", title: (d) => `${d.year}: ${formatValue(d.value, unit)}`})
        : Plot.line(series, {x: "year", y: "value", stroke: "steelblue"}),
      Plot.dot(series, {x: "year", y: "value", fill: "steelblue", r: 3, title: (d) => `${d.year}: ${formatValue(d.value, unit)}\n${d.source ?? ""}`}),
      Plot.dot([target], {x: "target_year", y: "target_low", symbol: "star", fill: "currentColor", r: 5, title: () => `Chỉ tiêu ${target.target_year}`})
    ]
  });
}

function pathRequired(t) {
  const out = [];
  for (let y = t.latest_year; y <= t.target_year; y++) {
    const n = y - t.latest_year;
    const value = t.rate_unit === "pp_per_year" ? t.latest_value + t.required_growth * n : t.latest_value * (1 + t.required_growth / 100) ** n;
    out.push({year: y, value});
  }
  return out;
}

/** Yearly growth against the target band, and the growth still required of the remaining years. */
export function growthChart(rows, {width, height = 240} = {}) {
  const band = rows.filter((d) => d.target_low !== null);
  return Plot.plot({
    width,
    height,
    marginLeft: 45,
    ariaLabel: "Tăng trưởng GRDP hằng năm so với chỉ tiêu",
    x: {label: null, tickFormat: (d) => `${d}`, type: "band"},
    y: {label: "%/năm", tickFormat: vi, grid: true},
    marks: [
      Plot.barY(band, {x: "year", y1: "target_low", y2: (d) => d.target_high ?? d.target_low + 0.05, fill: "currentColor", fillOpacity: 0.15, title: (d) => `Chỉ tiêu ${formatNumber(d.target_low)}${d.target_high ? "–" + formatNumber(d.target_high) : ""}%`}),
      Plot.barY(rows.filter((d) => d.has_actual), {x: "year", y: "actual_growth", fill: "steelblue", insetLeft: 8, insetRight: 8, title: (d) => `${d.year}: ${formatValue(d.actual_growth, "percent")}\n${d.source ?? ""}`}),
      Plot.tickY(rows.filter((d) => d.required_growth !== null), {x: "year", y: "required_growth", stroke: "#d4a017", strokeWidth: 3, title: (d) => `Cần đạt ${formatValue(d.required_growth, "percent")}/năm`}),
      Plot.ruleY([0])
    ]
  });
}

const SECTOR_LABELS = {agri: "Nông, lâm, thủy sản", industry_construction: "Công nghiệp - xây dựng", services: "Dịch vụ", product_tax: "Thuế sản phẩm"};
export const SECTORS = Object.keys(SECTOR_LABELS);
export const sectorLabel = (s) => SECTOR_LABELS[s] ?? s;

/** Sector shares by year, stacked, with the target structure marked at its year. */
export function structureChart(rows, targets, {width, height = 260} = {}) {
  return Plot.plot({
    width,
    height,
    marginLeft: 45,
    ariaLabel: "Cơ cấu kinh tế theo năm và cơ cấu mục tiêu",
    x: {label: null, type: "band", tickFormat: (d) => `${d}`},
    y: {label: "% GRDP", tickFormat: vi, domain: [0, 100]},
    color: {domain: SECTORS.map(sectorLabel), legend: true},
    marks: [
      Plot.barY(rows, Plot.stackY({x: "year", y: "share_reported", fill: (d) => sectorLabel(d.sector), order: SECTORS.map(sectorLabel), title: (d) => `${d.year} · ${sectorLabel(d.sector)}: ${formatValue(d.share_reported, "percent")}`})),
      Plot.barY(targets, Plot.stackY({x: (d) => `${d.target_year} (chỉ tiêu)`, y: "target_share", fill: (d) => sectorLabel(d.sector), fillOpacity: 0.45, stroke: "currentColor", order: SECTORS.map(sectorLabel), title: (d) => `Chỉ tiêu ${d.target_year} · ${sectorLabel(d.sector)}: ${formatValue(d.target_share, "percent")}`})),
      Plot.ruleY([100], {strokeDasharray: "3,3"})
    ]
  });
}
