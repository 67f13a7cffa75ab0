// When the data a page shows were built, and from which inputs (docs/data/run-info.json, written by
// a successful pipeline run with its outputs; docs/data/last-run.json, written after every run).
// A minimal version for the pages; the pipeline's owner keeps the full one (CONTRACT.md).
import {FileAttachment} from "observablehq:stdlib";
import {html} from "htl";
import {formatDate, formatNumber} from "./format.js";

// The method is called on the literal FileAttachment so that Framework sees it (an attachment
// whose method it cannot see is taken for Parquet and pulls Arrow from a CDN).
async function readJson(read) {
  try {
    return await read();
  } catch {
    return null;
  }
}

/** "Dữ liệu dựng lúc 14:03 ngày 01/12/2026 (tính đến 01/12/2026) từ 6 tệp đầu vào", with the list folded. */
export async function runInfoLine() {
  const info = await readJson(() => FileAttachment("../data/run-info.json").json());
  const last = await readJson(() => FileAttachment("../data/last-run.json").json());
  if (!info) return html`<p class="run-info muted">Chưa có thông tin về lần dựng dữ liệu.</p>`;
  const when = vietnamTime(last?.outputs_built_at);
  const inputs = info.inputs ?? [];
  return html`<div class="run-info muted">Dữ liệu dựng ${when}${info.as_of ? ` (tính đến ngày ${formatDate(info.as_of)})` : ""} từ
    <details class="run-inputs"><summary>${formatNumber(inputs.length, 0)} tệp đầu vào</summary>
    <ul>${inputs.map((f) => html`<li><code>${f.path}</code> (${formatNumber(f.bytes, 0)} byte)</li>`)}</ul></details></div>`;
}

/** "lúc 14:03 ngày 01/12/2026", in Vietnam's time, from an ISO time. */
export function vietnamTime(iso) {
  const t = iso ? new Date(iso) : null;
  if (!t || Number.isNaN(t.getTime())) return "";
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", {timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23"}).formatToParts(t).map((p) => [p.type, p.value]));
  return `lúc ${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}

/** The banner shown when the last run rejected an input (nothing when it succeeded). */
export async function rejectedInputBanner() {
  const last = await readJson(() => FileAttachment("../data/last-run.json").json());
  if (!last || last.ok !== false) return html`<div class="rejected-banner-none" hidden></div>`;
  return html`<div class="rejected-banner" role="alert"><strong>Lần chạy gần nhất bị từ chối</strong>: các số trên trang là của lần chạy trước.
    <ul>${(last.problems ?? []).map((p) => html`<li><code>${p.file}:${p.line}:${p.column}</code> ${p.message}</li>`)}</ul></div>`;
}
