// A module hook for Observable Framework's dist/html.js. Framework parses every page's head,
// header, body and footer with `new JSDOM(…).window`, eight to nine times a page: building the
// window (every DOM interface installed anew) and collecting it afterwards was half of the site
// build's CPU time (291 pages at national scale). Its callers only read `.document`, so the
// parser here makes a document in one shared window instead and fills its body with the HTML,
// which the HTML standard parses in the same "in body" mode as `<!DOCTYPE html><body>…`: the
// built site is byte-identical (compared on the 10× site, all 291 pages). If a Framework
// upgrade changes the function, the hook says so and leaves the file as it is.
const TARGET = "/@observablehq/framework/dist/html.js";
const ORIGINAL =
  "function parseHtml(html2) {\n" +
  "  return new JSDOM(`<!DOCTYPE html><body>${html2}`, { virtualConsole: new VirtualConsole() }).window;\n" +
  "}";
const SHARED =
  "let sharedWindow;\n" +
  "function parseHtml(html2) {\n" +
  '  sharedWindow ??= new JSDOM("", { virtualConsole: new VirtualConsole() }).window;\n' +
  '  const document = sharedWindow.document.implementation.createHTMLDocument("");\n' +
  "  document.body.innerHTML = html2;\n" +
  "  return { document };\n" +
  "}";

export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  if (!url.endsWith(TARGET)) return result;
  const source = String(result.source);
  if (!source.includes(ORIGINAL)) {
    process.stderr.write(`framework-html: parseHtml in ${url} is not the one this hook replaces; left as it is (slower builds)\n`);
    return result;
  }
  return { ...result, source: source.replace(ORIGINAL, SHARED) };
}
