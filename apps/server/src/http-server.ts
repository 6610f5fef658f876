import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { LedgerDatabase } from "@solidaria/db";
import { createTrpcHandler } from "./trpc-http-adapter.js";

export interface HttpServerOptions {
  readonly db: LedgerDatabase;
  /** Web origins allowed to call the API from a browser (exact match, e.g. "https://dashboard.example.org"). */
  readonly allowedOrigins?: readonly string[];
  /** Browser-extension IDs allowed as origins; "*" allows any installed extension. */
  readonly extensionIds?: readonly string[];
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes?: number;
  readonly now?: () => Date;
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

function isAllowedOrigin(origin: string, options: HttpServerOptions): boolean {
  if (options.allowedOrigins?.includes(origin)) return true;
  const extensionId = /^(chrome-extension|moz-extension):\/\/([a-z0-9-]+)$/i.exec(origin)?.[2];
  if (extensionId === undefined) return false;
  const ids = options.extensionIds ?? ["*"];
  return ids.includes("*") || ids.includes(extensionId);
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** The HTTP host: tRPC at /trpc, JSON errors everywhere else, CORS only for the configured origins. */
export function createHttpServer(options: HttpServerOptions): Server {
  const trpc = createTrpcHandler({
    db: options.db,
    basePath: "/trpc/",
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    now: options.now,
  });

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (origin !== undefined) {
      if (!isAllowedOrigin(origin, options)) {
        sendJson(res, 403, { error: { code: "FORBIDDEN", message: `origin ${origin} is not allowed` } });
        return;
      }
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "Origin");
      res.setHeader("access-control-allow-headers", "authorization, content-type, trpc-accept");
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
      res.setHeader("access-control-max-age", "600");
    }
    if (req.method === "OPTIONS") {
      res.writeHead(204);
      res.end();
      return;
    }
    const path = (req.url ?? "/").split("?")[0];
    if (path?.startsWith("/trpc/")) {
      trpc(req, res).catch((error: unknown) => {
        console.error(error);
        if (!res.headersSent)
          sendJson(res, 500, { error: { code: "INTERNAL_SERVER_ERROR", message: "internal error" } });
        else res.destroy();
      });
      return;
    }
    if (path === "/" || path === "/health") {
      sendJson(res, 200, { status: "ok", api: "/trpc" });
      return;
    }
    sendJson(res, 404, { error: { code: "NOT_FOUND", message: `no route ${req.method} ${path}` } });
  });
}

/** Listens and resolves with the base URL once the port is bound (port 0 picks a free one). */
export function listen(server: Server, port: number, host = "127.0.0.1"): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address() as AddressInfo;
      const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
      resolve(`http://${shownHost}:${address.port}`);
    });
  });
}
