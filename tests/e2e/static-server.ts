// Serves a built site on 127.0.0.1 the way a plain web server would, with Framework's clean
// URLs (/provinces/82 → provinces/82.html) and byte ranges (a province's page reads its unit's
// row groups of the national files: docs/components/parquet.js, readUnitRows).
import { createServer, type Server, type ServerResponse } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".parquet": "application/vnd.apache.parquet",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

async function resolveFile(root: string, pathname: string): Promise<string | null> {
  const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, "");
  const candidates = clean.endsWith("/") ? [join(root, clean, "index.html")] : [join(root, clean), join(root, `${clean}.html`)];
  for (const c of candidates) {
    if (!c.startsWith(root)) continue;
    const s = await stat(c).catch(() => null);
    if (s?.isFile()) return c;
  }
  return null;
}

/** The one byte range `header` asks for ("bytes=0-99", "bytes=100-", "bytes=-50") in a file of `size` bytes; null for none, "unsatisfiable" past its end. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | "unsatisfiable" {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  // Several ranges, or a form not understood: the whole file, as the standard allows.
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const [start, end] = m[1] === "" ? [Math.max(0, size - Number(m[2])), size - 1] : [Number(m[1]), m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1)];
  return start >= size || start > end ? "unsatisfiable" : { start, end };
}

/** Writes the file a request asks for (or the byte range it asks for), or 404. */
async function answer(root: string, url: string, range: string | undefined, res: ServerResponse): Promise<void> {
  const pathname = new URL(url, "http://127.0.0.1").pathname;
  const file = await resolveFile(root, pathname);
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const body = await readFile(file);
  // Framework names its assets by their content (/_file/data/x.1a2b3c4d.parquet): a browser may
  // keep them, as it would from a real web server; pages themselves are always asked again.
  const immutable = /^\/_(file|node|npm|import|observablehq|duckdb)\//.test(pathname);
  const headers = {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    "accept-ranges": "bytes",
  };
  const part = byteRange(range, body.length);
  if (part === "unsatisfiable") {
    res.writeHead(416, { ...headers, "content-range": `bytes */${body.length}` }).end();
  } else if (part) {
    res.writeHead(206, { ...headers, "content-range": `bytes ${part.start}-${part.end}/${body.length}` });
    res.end(body.subarray(part.start, part.end + 1));
  } else {
    res.writeHead(200, headers);
    res.end(body);
  }
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<RunningServer> {
  const server: Server = createServer(async (req, res) => {
    // Every request gets an answer, also one this server cannot read (a malformed escape, a file
    // gone between stat and read): a request left without one keeps its connection open.
    try {
      await answer(root, req.url ?? "/", req.headers.range, res);
    } catch (e) {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
      res.end(String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    // close() alone waits for every connection with a request under way to end. A test once waited
    // its whole 600 s limit on an idle machine (3 December, no-stale-data's first test; the cause
    // was not found, and a request left unanswered or a socket held open would do it): the pages
    // that used this server are done, so every connection goes, and no wait here is endless.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
