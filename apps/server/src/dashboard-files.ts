import { createReadStream, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { extname, join, resolve, sep } from "node:path";

/**
 * Serves the built dashboard (a single-page app): its hashed files under /assets/ cached for a year,
 * the other files of its folder (favicon...) as they are, and index.html for every page address the
 * app routes itself (a GET for HTML without a file extension), with a Content-Security-Policy that
 * lets the page load and call nothing but this server. Without a build, / says how to make one.
 */

/** Only this server's scripts, styles (inline ones for the UI's own style attributes), images and API. */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join("; ");

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

const IMMUTABLE = "public, max-age=31536000, immutable";

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Solidaria</title></head>
<body><h1>Solidaria coordination server</h1>
<p>The dashboard is not built. Build it with <code>pnpm --filter @solidaria/dashboard build</code>
(or <code>pnpm build</code>), then restart the server. The API is at <code>/trpc</code>; health at <code>/health</code>.</p>
</body></html>
`;

/** Headers of every HTML page: the CSP, no Referer (links carry tokens in fragments, and nothing else leaks). */
function pageHeaders(res: ServerResponse): void {
  res.setHeader("content-security-policy", DASHBOARD_CSP);
  res.setHeader("referrer-policy", "no-referrer");
  res.setHeader("x-frame-options", "DENY");
  res.setHeader("cache-control", "no-cache");
}

function sendText(res: ServerResponse, req: IncomingMessage, status: number, type: string, body: string): void {
  res.writeHead(status, { "content-type": type, "content-length": Buffer.byteLength(body) });
  res.end(req.method === "HEAD" ? undefined : body);
}

function notFound(req: IncomingMessage, res: ServerResponse, path: string): void {
  res.removeHeader("cache-control");
  sendText(
    res,
    req,
    404,
    "application/json; charset=utf-8",
    JSON.stringify({ error: { code: "NOT_FOUND", message: `no file ${path}` } }),
  );
}

/** The decoded path's segments, or null when it tries to leave the folder or name a hidden file. */
function safeSegments(path: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  const segments = decoded.split("/").filter((segment) => segment !== "");
  if (segments.some((segment) => segment.startsWith("."))) return null;
  return segments;
}

function fileSize(file: string): number | null {
  try {
    const stats = statSync(file);
    return stats.isFile() ? stats.size : null;
  } catch {
    return null;
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, size: number): void {
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  res.writeHead(200, { "content-type": type, "content-length": size });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

const wantsHtml = (req: IncomingMessage) => (req.headers.accept ?? "").includes("text/html");

/**
 * A handler for the dashboard's files: true when it answered the request (GET or HEAD of a file,
 * /assets/..., or a page), false to let the host answer 404.
 */
export function createDashboardFiles(dashboardDir: string | null) {
  const root = dashboardDir === null ? null : resolve(dashboardDir);
  return (req: IncomingMessage, res: ServerResponse, path: string): boolean => {
    if (req.method !== "GET" && req.method !== "HEAD") return false;
    const isPage = path === "/" || (extname(path) === "" && !path.startsWith("/assets/") && wantsHtml(req));
    const segments = safeSegments(path);
    if (segments === null) {
      sendText(
        res,
        req,
        400,
        "application/json; charset=utf-8",
        JSON.stringify({ error: { code: "BAD_REQUEST", message: "bad path" } }),
      );
      return true;
    }
    const index = root === null ? null : join(root, "index.html");
    const indexSize = index === null ? null : fileSize(index);
    if (isPage) {
      pageHeaders(res);
      if (index === null || indexSize === null) sendText(res, req, 200, "text/html; charset=utf-8", NOT_BUILT);
      else sendFile(req, res, index, indexSize);
      return true;
    }
    if (root === null) return false;
    const file = join(root, ...segments);
    if (!file.startsWith(root + sep)) return false;
    const size = fileSize(file);
    if (path.startsWith("/assets/")) {
      if (size === null) {
        notFound(req, res, path);
        return true;
      }
      res.setHeader("cache-control", IMMUTABLE);
      sendFile(req, res, file, size);
      return true;
    }
    if (size === null) return false;
    res.setHeader("cache-control", "no-cache");
    if (extname(file).toLowerCase() === ".html") pageHeaders(res);
    sendFile(req, res, file, size);
    return true;
  };
}
