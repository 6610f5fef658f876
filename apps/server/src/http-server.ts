import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import type { Logger } from "pino";
import type { LedgerStore } from "@solidaria/api";
import { createExportEndpoint, DEFAULT_MAX_CONCURRENT_EXPORTS, EXPORT_PATH } from "./export-endpoint.js";
import { liveness, readiness } from "./health.js";
import { createLogger } from "./logger.js";
import { ServerMetrics } from "./metrics.js";
import { isAllowedOrigin } from "./origin-policy.js";
import { settingsFromEnvironment } from "./settings.js";
import { ThrottledLine } from "./throttled-log.js";
import { createTrpcHandler, type TrpcRequestRecord } from "./trpc-http-adapter.js";
import { createDashboardFiles } from "./dashboard-files.js";
import { carriesSessionCookie, sessionCookiePolicy } from "./session-cookie.js";

export interface HttpServerOptions {
  readonly store: LedgerStore;
  /** Web origins allowed to call the API from a browser (exact match, e.g. "https://dashboard.example.org"). */
  readonly allowedOrigins?: readonly string[];
  /** Browser-extension ids allowed as origins (none by default); "*" allows any installed extension. */
  readonly extensionIds?: readonly string[];
  /** Largest request body accepted, in bytes. */
  readonly maxBodyBytes?: number;
  /** Most calls in one tRPC batch (default: $SOLIDARIA_MAX_BATCH, else 10). */
  readonly maxBatchSize?: number;
  /**
   * Calls without a valid token, per client address: `burst` at once, refilled at `perSecond`
   * (default: $SOLIDARIA_ANONYMOUS_BURST and $SOLIDARIA_ANONYMOUS_PER_SECOND, else 60 and 1); null: no limit.
   */
  readonly anonymousRate?: { readonly burst: number; readonly perSecond: number } | null;
  /** CSV exports running at once. */
  readonly maxConcurrentExports?: number;
  /** Where the JSON log lines go (default: standard output at $SOLIDARIA_LOG_LEVEL, else info). */
  readonly logger?: Logger;
  /** Milliseconds on a monotonic clock, for rate limits and log throttling: injectable so tests move time. */
  readonly clock?: () => number;
  /** The ledger's clock (event times, dates, sessions), injectable so tests can pin dates and move time. */
  readonly now?: () => Date;
  /**
   * The address people reach the server at: invitation and reset links start with it, its origin may
   * call the API, and when it is https the session cookie is `__Host-` and Secure. Default: http://
   * and the request's Host header.
   */
  readonly publicUrl?: string;
  /** The built dashboard (its `dist` folder) to serve at /; null or absent: a page saying how to build it. */
  readonly dashboardDir?: string | null;
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;
/** At most one "aborted" line per minute, however many clients give up. */
const ABORT_LOG_WINDOW_MS = 60_000;
/** Probes and scrapers call these every few seconds: their lines are only logged at debug level. */
const QUIET_ROUTES = new Set(["/health", "/ready", "/metrics"]);
/** A request id a proxy sent is kept when it is this plain; otherwise the server makes one. */
const REQUEST_ID = /^[\w.:-]{1,64}$/;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

/** The route a request is counted under in metrics: a fixed set, never the client's own path. */
function routeOf(path: string): string {
  if (path.startsWith("/trpc/")) return "/trpc";
  if (path.startsWith("/assets/")) return "/assets";
  return [EXPORT_PATH, "/health", "/ready", "/metrics"].includes(path) ? path : "other";
}

/**
 * The HTTP host: tRPC at /trpc, the CSV export, /health, /ready and /metrics, JSON errors everywhere
 * else, CORS only for the configured origins. Every answer says `X-Content-Type-Options: nosniff` and
 * carries a request id; answers to requests with credentials are never stored by caches. One JSON
 * log line per request: id, method, route, procedures, organisation, status, outcome and duration.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const needsEnvironment =
    options.logger === undefined || options.maxBatchSize === undefined || options.anonymousRate === undefined;
  const settings = needsEnvironment ? settingsFromEnvironment() : null;
  const logger = options.logger ?? createLogger(settings?.logLevel ?? "info");
  const clock = options.clock ?? (() => performance.now());
  const maxBatchSize = options.maxBatchSize ?? settings?.maxBatchSize ?? 10;
  const anonymousRate = options.anonymousRate === undefined ? (settings?.anonymousRate ?? null) : options.anonymousRate;
  if (anonymousRate !== null && anonymousRate.burst < maxBatchSize)
    throw new RangeError(
      `the anonymous burst (${anonymousRate.burst}) must be at least the batch limit (${maxBatchSize})`,
    );
  const publicUrl = options.publicUrl === undefined ? undefined : new URL(options.publicUrl);
  const sessionCookie = sessionCookiePolicy(options.publicUrl);
  // The dashboard is served from the public address: its own origin calls the API.
  const policy = {
    allowedOrigins: [...(options.allowedOrigins ?? []), ...(publicUrl ? [publicUrl.origin] : [])],
    extensionIds: options.extensionIds ?? [],
  };
  if (policy.extensionIds.includes("*"))
    logger.warn("every browser extension may call the API (extension id *): name the allowed ones instead");

  const metrics = new ServerMetrics(options.store.dialect === "sqlite" ? options.store.location : null);
  // Request ids: this process's random prefix and a count, unique across restarts and worker processes.
  const idPrefix = randomUUID().slice(0, 8);
  let requests = 0;
  const abortLine = new ThrottledLine(
    (leftOut) =>
      logger.warn({ leftOut }, "a client cut its request before sending all of it (at most one such line a minute)"),
    ABORT_LOG_WINDOW_MS,
    clock,
  );
  const trpc = createTrpcHandler({
    store: options.store,
    basePath: "/trpc/",
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxBatchSize,
    anonymousLimit:
      anonymousRate === null ? null : options.store.rateLimiter({ ...anonymousRate, clock: options.clock }),
    onInternalError: (error, procedure) => logger.error({ err: error.cause ?? error, procedure }, "internal error"),
    now: options.now,
    publicUrl: options.publicUrl,
    sessionCookie,
  });
  const exportCsv = createExportEndpoint({
    store: options.store,
    maxConcurrent: options.maxConcurrentExports ?? DEFAULT_MAX_CONCURRENT_EXPORTS,
    sessionCookieName: sessionCookie.name,
    now: options.now,
  });
  const dashboard = createDashboardFiles(options.dashboardDir ?? null);

  function finish(
    req: IncomingMessage,
    res: ServerResponse,
    id: string,
    route: string,
    started: number,
    trpcRecord: TrpcRequestRecord | null,
  ): void {
    const seconds = (clock() - started) / 1000;
    const complete = res.writableFinished;
    if (!complete) metrics.aborted.inc();
    // An upload cut short is the client's doing, and can come by the thousand: one throttled line.
    if (!req.complete) {
      abortLine.note();
      return;
    }
    metrics.recordRequest(route, res.statusCode);
    if (res.statusCode === 429) metrics.rateLimited.inc();
    const errors = trpcRecord?.errors ?? [];
    if (trpcRecord !== null) {
      metrics.batchCalls.observe({ type: trpcRecord.type }, trpcRecord.procedures.length);
      // Each failed call under its error code, every other call of the request as "ok".
      const failures = new Map<string, number>();
      for (const { procedure, code } of errors) {
        metrics.recordCall(procedure, code, seconds);
        failures.set(procedure, (failures.get(procedure) ?? 0) + 1);
      }
      for (const procedure of trpcRecord.procedures) {
        const failed = failures.get(procedure) ?? 0;
        if (failed > 0) failures.set(procedure, failed - 1);
        else metrics.recordCall(procedure, "ok", seconds);
      }
    }
    const codes = [...new Set(errors.map((error) => error.code))];
    const outcome = !complete ? "aborted" : codes.length > 0 ? codes.join(",") : res.statusCode < 400 ? "ok" : "error";
    const line = {
      reqId: id,
      method: req.method,
      route,
      ...(trpcRecord ? { procedures: trpcRecord.procedures, organisation: trpcRecord.organisation } : {}),
      status: res.statusCode,
      outcome,
      durationMs: Math.round(seconds * 1e4) / 10,
    };
    if (QUIET_ROUTES.has(route)) logger.debug(line, "request");
    else logger.info(line, "request");
  }

  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const started = clock();
    const url = new URL(req.url ?? "/", "http://localhost");
    const path = url.pathname;
    // Reassigned when the dashboard answers: its pages have client-side paths of their own.
    let route = routeOf(path);
    const given = req.headers["x-request-id"];
    const id = typeof given === "string" && REQUEST_ID.test(given) ? given : `${idPrefix}-${(requests += 1)}`;
    const trpcRecord: TrpcRequestRecord | null =
      route === "/trpc" ? { procedures: [], type: "other", organisation: null, errors: [] } : null;
    res.once("close", () => finish(req, res, id, route, started, trpcRecord));
    res.setHeader("x-request-id", id);
    // Browsers must take each answer as the type it says (JSON, CSV), never guess HTML from its content.
    res.setHeader("x-content-type-options", "nosniff");
    // Whatever a token or a session was allowed to read must not stay in a shared or browser cache.
    if (req.headers.authorization !== undefined || carriesSessionCookie(req.headers.cookie, sessionCookie))
      res.setHeader("cache-control", "no-store");

    const origin = req.headers.origin;
    if (origin !== undefined) {
      if (!isAllowedOrigin(origin, policy) && !isSameOrigin(origin, req, publicUrl)) {
        sendJson(res, 403, { error: { code: "FORBIDDEN", message: `origin ${origin} is not allowed` } });
        return;
      }
      res.setHeader("access-control-allow-origin", origin);
      res.setHeader("vary", "Origin");
      res.setHeader(
        "access-control-allow-headers",
        "authorization, content-type, trpc-accept, x-csrf-token, x-request-id",
      );
      res.setHeader("access-control-allow-methods", "GET, POST, OPTIONS");
      res.setHeader("access-control-expose-headers", "retry-after, x-request-id, content-disposition");
      res.setHeader("access-control-max-age", "600");
    }
    if (req.method === "OPTIONS") {
      res.writeHead(204);
      res.end();
      return;
    }
    const failed = (error: unknown) => {
      logger.error({ err: error, reqId: id, route }, "internal error");
      if (!res.headersSent) sendJson(res, 500, { error: { code: "INTERNAL_SERVER_ERROR", message: "internal error" } });
      else res.destroy();
    };
    if (trpcRecord !== null) {
      trpc(req, res, url, trpcRecord).catch(failed);
      return;
    }
    if (path === EXPORT_PATH) {
      exportCsv(req, res, url).catch(failed);
      return;
    }
    if (path === "/health") {
      const { status, body } = liveness();
      sendJson(res, status, body);
      return;
    }
    if (path === "/ready") {
      readiness(options.store).then(({ status, body }) => sendJson(res, status, body), failed);
      return;
    }
    if (path === "/metrics") {
      metrics.registry.metrics().then((text) => {
        res.writeHead(200, { "content-type": metrics.registry.contentType });
        res.end(text);
      }, failed);
      return;
    }
    if (dashboard(req, res, path)) {
      if (route === "other") route = "/dashboard";
      return;
    }
    sendJson(res, 404, { error: { code: "NOT_FOUND", message: `no route ${req.method} ${path}` } });
  });
}

/**
 * Whether `origin` is the server's own, as the browser reached it: the dashboard's page calling the
 * API it was served from. The scheme is the public address's (http when none is set); the host is the
 * one the browser asked for, which a page on another site cannot make its own Origin.
 */
function isSameOrigin(origin: string, req: IncomingMessage, publicUrl: URL | undefined): boolean {
  const host = req.headers.host;
  if (host === undefined) return false;
  return origin === `${publicUrl?.protocol ?? "http:"}//${host}`;
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
