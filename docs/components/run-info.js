// What every page says about its data. runInfoLine(): when the numbers were built and from which
// inputs ("Dữ liệu dựng lúc 14:03 ngày 01/12/2026 từ 23 văn bản, …"). rejectedInputBanner(): when
// the last run of the pipeline rejected an input, a banner with each problem's file, line and
// message, saying that the numbers shown are the previous run's; nothing when the run was ok.
// Both read last-run.json, which the pipeline writes beside its outputs after every run
// (src/pipeline/run-info.ts); run-banner.js puts the banner on every page.
import {FileAttachment} from "observablehq:stdlib";
import {html} from "htl";

let lastRun;
/** The record of the last run, or null when there is none (no run yet). */
export function readLastRun() {
  return (lastRun ??= FileAttachment("../data/last-run.json").json().catch(() => null));
}

// Made on first use: every page loads this module first (run-banner.js), and making a
// DateTimeFormat loads the locale's calendar data, about 0,1 s that would come before any chart.
let dateTime, dateOnly;
const dateTimeFormat = () => (dateTime ??= new Intl.DateTimeFormat("vi-VN", {hour: "2-digit", minute: "2-digit", day: "2-digit", month: "2-digit", year: "numeric"}));
const dateOnlyFormat = () => (dateOnly ??= new Intl.DateTimeFormat("vi-VN", {day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC"}));

/** "14:03 ngày 01/12/2026", in the reader's time zone. */
export function formatRunTime(iso) {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return "–";
  const parts = Object.fromEntries(dateTimeFormat().formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute} ngày ${parts.day}/${parts.month}/${parts.year}`;
}

/** "01/12/2026" for 2026-12-01. */
export function formatAsOf(isoDate) {
  const d = new Date(`${isoDate}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? "–" : dateOnlyFormat().format(d);
}

function inputsPhrase(from) {
  if (!from) return "";
  const parts = [
    from.documents ? `${from.documents} văn bản` : null,
    from.actuals ? `${from.actuals} tệp số liệu thực tế` : null,
    from.reviews ? `${from.reviews} tệp rà soát` : null,
    from.catalog ? "các danh mục" : null
  ].filter(Boolean);
  if (parts.length === 0) return "";
  return ` từ ${parts.length > 1 ? `${parts.slice(0, -1).join(", ")} và ${parts[parts.length - 1]}` : parts[0]}`;
}

/** The line under a page's title: when its data were built, as of which date, from which inputs. */
export async function runInfoLine() {
  const run = await readLastRun();
  if (!run?.outputs_built_at) return html`<p class="run-info">Chưa có dữ liệu: pipeline chưa chạy thành công lần nào.</p>`;
  const from = run.outputs_from;
  return html`<p class="run-info">Dữ liệu dựng lúc ${formatRunTime(run.outputs_built_at)}${inputsPhrase(from)}${from?.as_of ? `; tình trạng tính đến ngày ${formatAsOf(from.as_of)}` : ""}.</p>`;
}

function place(problem) {
  if (!problem.file) return null;
  const at = [problem.line ? `dòng ${problem.line}` : null, problem.column ? `cột ${problem.column}` : null].filter(Boolean).join(", ");
  return html`<code>${problem.file}</code>${at ? `, ${at}` : ""}: `;
}

/** The banner of a rejected run, or null when the last run succeeded (or there was none). */
export async function rejectedInputBanner() {
  const run = await readLastRun();
  if (!run || run.ok) return null;
  const problems = run.problems ?? [];
  const shown = problems.slice(0, 10);
  return html`<div class="rejected-input" role="alert">
  <p><strong>Lần chạy lúc ${formatRunTime(run.finished_at)} đã dừng vì ${problems.length > 1 ? `${problems.length} lỗi` : "một lỗi"} trong dữ liệu đầu vào.</strong>
  ${run.outputs_built_at
    ? `Các con số trên trang là của lần chạy trước (dựng lúc ${formatRunTime(run.outputs_built_at)}).`
    : "Chưa có lần chạy nào thành công, nên trang chưa có số liệu."}
  Sửa lỗi rồi lưu tệp: pipeline sẽ chạy lại.</p>
  <ul>${shown.map((p) => html`<li>${place(p)}${p.message}</li>`)}</ul>
  ${problems.length > shown.length ? html`<p>… và ${problems.length - shown.length} lỗi khác (xem cửa sổ dòng lệnh).</p>` : ""}
</div>`;
}
