// The site's charts: functions of data and options, so that pages stay short. Every axis that
// carries numbers formats them in vi-VN and years without separators; a chart whose colour
// encodes a category is drawn with its legend (chart-frame.js puts the unit and source under it).
import * as Plot from "npm:@observablehq/plot";
import {html} from "htl";
import {STATUS, STATUS_KEYS, SECTORS, sectorLabel, statusLabel} from "./labels.js";
import {formatNumber, formatValue, formatYear, formatTarget, rateUnitOf} from "./format.js";
import {legend} from "./chart-frame.js";

export {SECTORS, sectorLabel};
const vi = (d) => formatNumber(d);
// While a page lays out, resize() may first report a card a few dozen pixels wide: narrower
// than a chart's left margin, Plot would draw bars of negative width (a console error). A chart
// never gets narrower than its margins plus room for the marks; the frame scrolls instead.
const atLeast = (width, min) => (width === undefined ? undefined : Math.max(width, min));
const statusColor = {domain: STATUS_KEYS, range: STATUS_KEYS.map((k) => STATUS[k].color)};

/** The legend of the statuses present in `rows` (or all). */
export function statusLegend(rows) {
  const present = rows ? STATUS_KEYS.filter((s) => rows.some((r) => r.status === s)) : STATUS_KEYS;
  return legend(present.map((s) => [STATUS[s].color, STATUS[s].label, STATUS[s].symbol]), {label: "Tình trạng"});
}

/** Targets by status: a bar per status, its count written on it. A row is one target, or a group of `targets` targets. */
export function statusCountsChart(rows, {width} = {}) {
  const counts = STATUS_KEYS.map((status) => ({status, label: statusLabel(status), count: rows.reduce((n, r) => n + (r.status === status ? r.targets ?? 1 : 0), 0)})).filter((d) => d.count > 0);
  const chart = Plot.plot({
    width: atLeast(width, 320),
    height: 40 + 28 * Math.max(1, counts.length),
    marginLeft: Math.min(190, Math.max(120, width * 0.4)),
    ariaLabel: "Số chỉ tiêu theo tình trạng",
    x: {label: "Số chỉ tiêu →", tickFormat: vi, grid: true, ticks: Math.min(5, Math.max(...counts.map((d) => d.count), 1))},
    y: {label: null, domain: counts.map((d) => d.label)},
    color: statusColor,
    marks: [
      Plot.barX(counts, {x: "count", y: "label", fill: "status", title: (d) => `${d.label}: ${d.count}`}),
      Plot.text(counts, {x: "count", y: "label", text: (d) => formatNumber(d.count), dx: 4, textAnchor: "start"}),
      Plot.ruleX([0])
    ]
  });
  return html`<div>${statusLegend(rows)}${chart}</div>`;
}

/** Each province's targets stacked by status; a bar links to the province page. */
export function provinceStatusChart(rows, {width, hrefOf, provinceOrder} = {}) {
  const chart = Plot.plot({
    width: atLeast(width, 320),
    height: 40 + 24 * provinceOrder.length,
    marginLeft: Math.min(150, Math.max(100, width * 0.32)),
    ariaLabel: "Chỉ tiêu của mỗi tỉnh theo tình trạng",
    x: {label: "Số chỉ tiêu →", tickFormat: vi, grid: true},
    y: {label: null, domain: provinceOrder},
    color: statusColor,
    marks: [
      Plot.barX(rows, Plot.stackX({x: "count", y: "province", fill: "status", order: STATUS_KEYS, href: (d) => hrefOf(d), title: (d) => `${d.province}: ${d.count} ${STATUS[d.status].label.toLowerCase()}`})),
      Plot.ruleX([0])
    ]
  });
  return html`<div>${statusLegend(rows)}${chart}</div>`;
}

/**
 * One target: the actual series, the target (a band for a growth target, a dashed line for a
 * level), and while the period runs the path still required; once it has ended, the verdict.
 */
export function targetChart(target, series, {width = 320, height = 180} = {}) {
  const growth = target.kind === "avg_growth";
  const unit = growth ? "percent_per_year" : target.unit;
  const ended = isEnded(target);
  const first = Math.min(target.base_year ?? target.target_year, ...series.map((d) => d.year));
  const years = [first - 0.5, target.target_year + 0.5];
  const required =
    !ended && target.kind === "level" && target.latest_value !== null && target.required_growth !== null && target.latest_year < target.target_year
      ? pathRequired(target)
      : [];
  const targetHigh = target.target_high ?? target.target_low;
  const targetMark = growth
    ? Plot.rectY([target], {x1: (target.period_start ?? target.target_year) - 0.5, x2: target.target_year + 0.5, y1: target.target_low, y2: targetHigh === target.target_low ? targetHigh + 0.06 : targetHigh, fill: "#7a7a7a", fillOpacity: 0.25})
    : Plot.ruleY([target.target_low, ...(target.target_high !== null && target.target_high !== undefined ? [target.target_high] : [])], {stroke: "currentColor", strokeDasharray: "4,3", strokeOpacity: 0.7});
  return Plot.plot({
    width,
    height,
    marginLeft: 52,
    ariaLabel: `${target.indicator_name_vi}: số liệu thực tế và chỉ tiêu ${target.target_year}`,
    x: {label: null, domain: years, tickFormat: (d) => (Number.isInteger(d) ? formatYear(d) : ""), ticks: Math.min(6, target.target_year - first + 1)},
    y: {label: unitShort(unit), tickFormat: vi, grid: true, nice: true, zero: growth},
    marks: [
      targetMark,
      Plot.line(required, {x: "year", y: "value", stroke: "#b8860b", strokeDasharray: "2,3", strokeWidth: 1.5}),
      growth
        ? Plot.rectY(series, {x1: (d) => d.year - 0.35, x2: (d) => d.year + 0.35, y: "value", fill: "steelblue", title: (d) => `${d.year}: ${formatValue(d.value, "percent")}`})
        : Plot.line(series, {x: "year", y: "value", stroke: "steelblue"}),
      growth ? null : Plot.dot(series, {x: "year", y: "value", fill: "steelblue", r: 3, title: (d) => `${d.year}: ${formatValue(d.value, unit)}`}),
      ended && target.final_value !== null && target.final_value !== undefined
        ? Plot.dot([target], {x: "target_year", y: "final_value", symbol: target.status === "achieved" ? "circle" : "times", stroke: STATUS[target.status]?.color ?? "currentColor", strokeWidth: 2.5, r: 6, title: () => `Kết quả cuối kỳ: ${formatValue(target.final_value, unit)} · ${statusLabel(target.status)}`})
        : Plot.dot([target], {x: "target_year", y: "target_low", symbol: "star", fill: "currentColor", r: 5, title: () => `Chỉ tiêu ${target.target_year}: ${formatTarget(target, unit)}`}),
      growth ? Plot.ruleY([0]) : null
    ]
  });
}

/** Words under a target chart: what each mark is. */
export function targetChartLegend(target) {
  const growth = target.kind === "avg_growth";
  const items = [["steelblue", growth ? "tăng trưởng từng năm" : "số liệu thực tế"], ["#7a7a7a", growth ? "khoảng chỉ tiêu" : "chỉ tiêu (nét đứt)"]];
  if (isEnded(target) && target.final_value !== null && target.final_value !== undefined) items.push([STATUS[target.status]?.color ?? "#333", `kết quả cuối kỳ: ${STATUS[target.status]?.label ?? ""}`, target.status === "achieved" ? "○" : "✕"]);
  else items.push(["#333", `chỉ tiêu năm ${target.target_year}`, "★"]);
  if (!isEnded(target) && target.kind === "level" && target.required_growth !== null && target.latest_value !== null) items.push(["#b8860b", "đường còn phải đi", "┄"]);
  return legend(items);
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

const unitShort = (unit) => {
  const words = {percent: "%", percent_per_year: "%/năm", billion_vnd: "tỷ đồng", million_vnd: "triệu đồng", million_usd: "triệu USD", billion_usd: "tỷ USD"};
  return words[unit] ? `↑ ${words[unit]}` : null;
};

/**
 * A growth target's years: each year's growth (bars) against the target band; while the period
 * runs, the growth still required in each remaining year; once it has ended, the average achieved.
 */
export function growthChart(rows, target, {width, height = 240} = {}) {
  const band = rows.filter((d) => d.target_low !== null);
  const ended = isEnded(target);
  const years = rows.map((d) => d.year);
  const average = target.final_value ?? target.achieved_growth;
  return Plot.plot({
    width,
    height,
    marginLeft: 45,
    ariaLabel: `${target.indicator_name_vi ?? "Tăng trưởng"} hằng năm so với chỉ tiêu`,
    x: {label: null, tickFormat: formatYear, type: "band", domain: years},
    y: {label: "↑ %/năm", tickFormat: vi, grid: true},
    marks: [
      Plot.barY(band, {x: "year", y1: "target_low", y2: (d) => (d.target_high ?? d.target_low) + (d.target_high ? 0 : 0.06), fill: "#7a7a7a", fillOpacity: 0.3, title: (d) => `Chỉ tiêu ${formatNumber(d.target_low)}${d.target_high ? "–" + formatNumber(d.target_high) : ""}%`}),
      Plot.barY(rows.filter((d) => d.has_actual), {x: "year", y: "actual_growth", fill: "steelblue", insetLeft: 8, insetRight: 8, title: (d) => `${d.year}: ${formatValue(d.actual_growth, "percent")}`}),
      ended
        ? Plot.ruleY(average === null || average === undefined ? [] : [average], {stroke: STATUS[target.status]?.color ?? "currentColor", strokeWidth: 2, strokeDasharray: "6,3"})
        : Plot.tickY(rows.filter((d) => d.required_growth !== null), {x: "year", y: "required_growth", stroke: "#b8860b", strokeWidth: 3, title: (d) => `Cần đạt ${formatValue(d.required_growth, "percent")}/năm`}),
      Plot.ruleY([0])
    ]
  });
}

export function growthLegend(target) {
  const items = [["steelblue", "tăng trưởng từng năm"], ["#7a7a7a", "chỉ tiêu"]];
  if (isEnded(target)) {
    const average = target.final_value ?? target.achieved_growth;
    if (average !== null && average !== undefined) items.push([STATUS[target.status]?.color ?? "#333", `bình quân đạt ${formatValue(average, "percent_per_year")}: ${STATUS[target.status]?.label ?? ""}`, "┅"]);
  } else items.push(["#b8860b", "tăng trưởng còn phải đạt mỗi năm", "▬"]);
  return legend(items);
}

/** Sector shares by year, stacked, with the target structure beside them. */
export function structureChart(rows, targets, {width, height = 260} = {}) {
  const order = SECTORS.map(sectorLabel);
  const xs = [...new Set(rows.map((d) => d.year))].sort((a, b) => a - b).map(String).concat([...new Set(targets.map((d) => `${d.target_year} (chỉ tiêu)`))]);
  return Plot.plot({
    width,
    height,
    marginLeft: 45,
    marginBottom: 40,
    ariaLabel: "Cơ cấu kinh tế theo năm và cơ cấu mục tiêu",
    x: {label: null, type: "band", domain: xs, tickRotate: xs.length * 40 > width ? -45 : 0},
    y: {label: "↑ % GRDP", tickFormat: vi, domain: [0, 100]},
    color: {domain: order, range: ["#6a994e", "#bc4749", "#386fa4", "#a7a7a7"], legend: true},
    marks: [
      Plot.barY(rows, Plot.stackY({x: (d) => String(d.year), y: "share_reported", fill: (d) => sectorLabel(d.sector), order, title: (d) => `${d.year} · ${sectorLabel(d.sector)}: ${formatValue(d.share_reported, "percent")}`})),
      Plot.barY(targets, Plot.stackY({x: (d) => `${d.target_year} (chỉ tiêu)`, y: "target_share", fill: (d) => sectorLabel(d.sector), fillOpacity: 0.5, stroke: "currentColor", order, title: (d) => `Chỉ tiêu ${d.target_year} · ${sectorLabel(d.sector)}: ${formatValue(d.target_share, "percent")}`})),
      Plot.ruleY([100], {strokeDasharray: "3,3"})
    ]
  });
}

export {rateUnitOf};

/** A period is over: the page's own reading (`ended`, from the as-of year) or the pipeline's. */
const isEnded = (t) => Boolean(t.ended ?? t.period_ended);
