// Framework's HTML parser, replaced at load by src/cli/framework-html-hooks.mjs with one that
// reuses a jsdom window: it must still apply to the installed Framework (else builds are slow
// again, silently), and the documents it makes must be those of the original parser.
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { load } from "../../src/cli/framework-html-hooks.mjs";
import config from "../../observablehq.config.ts";

const require = createRequire(import.meta.url);
const htmlJs = join(dirname(require.resolve("@observablehq/framework/package.json")), "dist", "html.js");
// The jsdom Framework itself resolves (a dependency of Framework's, not of ours).
const { JSDOM, VirtualConsole } = createRequire(htmlJs)("jsdom");

test("the hook replaces parseHtml in the installed Framework and nothing else", async () => {
  const url = pathToFileURL(htmlJs).href;
  const original = readFileSync(htmlJs, "utf8");
  const hooked = await load(url, {}, async () => ({ format: "module", source: original, shortCircuit: true }));
  const source = String(hooked.source);
  expect(source).not.toContain("new JSDOM(`<!DOCTYPE html><body>${html2}`");
  expect(source).toContain("sharedWindow.document.implementation.createHTMLDocument");
  // The rest of the file is untouched: what precedes and follows the function is the same.
  const start = original.indexOf("function parseHtml(");
  const end = original.indexOf("}\n", start) + 2;
  expect(source.startsWith(original.slice(0, start))).toBe(true);
  expect(source.endsWith(original.slice(end))).toBe(true);
  // Other modules pass through as they are.
  const other = await load("file:///x/framework/dist/markdown.js", {}, async () => ({ format: "module", source: original }));
  expect(other.source).toBe(original);
});

test("the shared window parses fragments as a fresh window does", () => {
  const fresh = (html: string) => new JSDOM(`<!DOCTYPE html><body>${html}`, { virtualConsole: new VirtualConsole() }).window.document;
  const window = new JSDOM("", { virtualConsole: new VirtualConsole() }).window;
  const shared = (html: string) => {
    const document = window.document.implementation.createHTMLDocument("");
    document.body.innerHTML = html;
    return document;
  };
  const fragments = [
    String(config.head),
    String(config.footer),
    "",
    '<h1 id="tong-quan">Tổng quan</h1><p>Chỉ tiêu <a href="./tinh/63-82#x">Tiền Giang</a> 7,5&nbsp;%<p>không đóng',
    "<table><tr><td>1<td>2</table><ul><li>a<li>b</ul>",
    '<div class="observablehq observablehq--block"><!--:abc:--></div><script type="module">if (a < b && "</div>") {}</script>',
    '<link rel="preload" as="fetch" href="./data/overview.parquet" crossorigin><img src="a.png" srcset="a.png 1x, b.png 2x">',
    "<template><td>x</td></template><select><option>1<option>2</select><pre>\n\ncode</pre>",
  ];
  for (const html of fragments) {
    const a = fresh(html);
    const b = shared(html);
    expect(b.body.innerHTML).toBe(a.body.innerHTML);
    expect([...b.querySelectorAll("[id],[name],a[href],script[src],link[href]")].map((e) => e.outerHTML)).toEqual(
      [...a.querySelectorAll("[id],[name],a[href],script[src],link[href]")].map((e) => e.outerHTML),
    );
  }
});
