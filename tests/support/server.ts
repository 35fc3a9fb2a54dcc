import {createReadStream, existsSync, statSync} from "node:fs";
import {createServer} from "node:http";
import type {AddressInfo} from "node:net";
import {extname, join, normalize} from "node:path";
import {createGzip} from "node:zlib";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".csv": "text/csv",
  ".svg": "image/svg+xml",
  ".png": "image/png"
};

/**
 * Serves a built site on 127.0.0.1 under a sub-path, like a static host: missing files get 404.html with status 404.
 * With `gzip`, answers clients that accept it with gzip-encoded bodies, as static hosts do (for the bench's byte counts
 * and Lighthouse).
 */
export async function serveSite(
  dir: string,
  base: string,
  {gzip = false}: {gzip?: boolean} = {}
): Promise<{origin: string; url: string; close: () => Promise<void>}> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    let file = path.startsWith(base) ? normalize(join(dir, path.slice(base.length))) : "";
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, {"content-type": TYPES[".html"]});
      createReadStream(join(dir, "404.html"))
        .on("error", () => res.end("not found"))
        .pipe(res);
      return;
    }
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    if (gzip && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && extname(file) !== ".png") {
      res.writeHead(200, {"content-type": type, "content-encoding": "gzip", vary: "accept-encoding"});
      createReadStream(file).pipe(createGzip()).pipe(res);
      return;
    }
    res.writeHead(200, {"content-type": type});
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {origin, url: origin + base, close: () => new Promise((resolve) => server.close(() => resolve()))};
}
