import type { IncomingMessage, ServerResponse } from "node:http";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCode, resolveResponse } from "@trpc/server/http";
// Pinned to one tRPC version by the catalog; test/wire-format.test.ts compares this path with tRPC's own adapter.
import { getErrorShape, getTRPCErrorFromUnknown } from "@trpc/server/unstable-core-do-not-import";
import {
  appRouter,
  createContextFactory,
  DomainError,
  isCsrfTokenOf,
  type Context,
  type LedgerStore,
  type RateLimiter,
} from "@solidaria/api";
import { DISK_FULL_RETRY_AFTER_SECONDS, diskFullError, isDiskFull } from "./disk-full.js";
import { clientKey } from "./rate-limit.js";
import { readBody } from "./request-body.js";
import { carriesSessionCookie, ResponseCookie, type SessionCookiePolicy } from "./session-cookie.js";

/**
 * Serves tRPC over node:http. The common request (one query by GET, or one mutation by POST, with a
 * JSON body and no batching or streaming) is answered directly through a server-side caller, with
 * the exact JSON shapes of tRPC's HTTP protocol; everything else goes through tRPC's own
 * `resolveResponse`. tRPC's generic adapter wraps each call in web streams, Request and Response
 * objects, which cost more CPU than the ledger write itself and capped writes at ~1,300/s per core.
 *
 * Before any procedure runs, a request is refused, in tRPC's own error format, when its client has
 * used up its calls without a token (429), when its batch is over the limit (400), or when its body is
 * too large (413), not UTF-8 (415, 400), or when a POST from a browser fails the CSRF check (403).
 *
 * CSRF: a POST that carries the session cookie must send the session's CSRF token in `x-csrf-token`
 * (derived from the session's secret, which only the dashboard's own page can learn through
 * `auth.session`). A POST from a browser without a running session (signing in, accepting an
 * invitation, resetting a password) must send the header with any value (a page on another site
 * cannot add a header without a CORS preflight, which only allowed origins pass) and must not be
 * marked `Sec-Fetch-Site: cross-site`. Requests with a bearer token and no cookie are machine
 * clients: no browser sends those on its own.
 */
export interface TrpcHandlerOptions {
  readonly store: LedgerStore;
  readonly basePath: string;
  readonly maxBodyBytes: number;
  /** Most calls one batch may hold. */
  readonly maxBatchSize: number;
  /** Calls without a valid token, counted per client address; null: not limited. */
  readonly anonymousLimit: RateLimiter | null;
  /** An unexpected failure, for the log (a full disk is not one: it is counted in the outcome). */
  readonly onInternalError: (error: TRPCError, procedure: string) => void;
  readonly now?: () => Date;
  /** The address people reach the server at (links, cookies); default: http:// and the Host header. */
  readonly publicUrl?: string;
  /** The session cookie's name and attributes. */
  readonly sessionCookie: SessionCookiePolicy;
}

/** What the handler found out about a request, for the request's log line and metrics. */
export interface TrpcRequestRecord {
  /** Known procedure names, "unknown" for the others (never what the client typed: it goes into logs and labels). */
  procedures: readonly string[];
  type: "query" | "mutation" | "other";
  organisation: string | null;
  /** The calls that failed: procedure (as in `procedures`) and tRPC error code. */
  errors: { readonly procedure: string; readonly code: string }[];
}

const UNKNOWN = "unknown";

/**
 * A procedure as tRPC itself calls one (resolveResponse and createCaller both do so): called directly,
 * it saves the caller's proxy and its awaits on every request.
 */
interface Procedure {
  (call: {
    path: string;
    getRawInput: () => Promise<unknown>;
    ctx: Context;
    type: "query" | "mutation";
    signal: AbortSignal | undefined;
    batchIndex: number;
  }): Promise<unknown>;
  _def: { type: "query" | "mutation" | "subscription" };
}
const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
  res.end(payload);
}

/** Adds to the Vary header instead of replacing it: CORS has already put "Origin" there. */
function addVary(res: ServerResponse, value: string): void {
  const existing = res.getHeader("vary");
  res.setHeader("vary", existing === undefined ? value : `${String(existing)}, ${value}`);
}

/** Parses the call's input as tRPC's protocol sends it; `undefined` input is allowed, bad JSON is not. */
function isJson(contentType: string | undefined): boolean {
  // The media type is what comes before any parameters ("application/json; charset=utf-8").
  return contentType !== undefined && contentType.replace(/;.*/s, "").trim().toLowerCase() === "application/json";
}

function inputOf(
  method: string | undefined,
  url: URL,
  body: string | undefined,
): { ok: true; value: unknown } | { ok: false } {
  try {
    if (method === "GET") {
      const raw = url.searchParams.get("input");
      return { ok: true, value: raw === null ? undefined : JSON.parse(raw) };
    }
    return { ok: true, value: body === undefined || body === "" ? undefined : JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

/** A procedure's name for logs and metrics: known names only, never what a client made up. */
function labelOf(path: string): string {
  return Object.hasOwn(procedures, path) ? path : UNKNOWN;
}

/** The procedure paths of a request as tRPC reads them: URL-decoded, comma-separated in a batch. */
function pathsOf(path: string, batch: boolean): string[] {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // tRPC refuses it with its own message; it is one call until then.
    return [path];
  }
  return batch ? decoded.split(",") : [decoded];
}

const CSRF_REFUSAL = "missing or wrong CSRF token";

/** Whether any call of the request is one of the sign-in procedures (`auth.*`). */
const callsAuth = (paths: readonly string[]) => paths.some((name) => name.startsWith("auth."));

/**
 * Why a POST fails the CSRF check, or null when it passes (or the check does not concern it). Runs
 * before any procedure, so a refused request changes nothing.
 */
function csrfRefusal(req: IncomingMessage, ctx: Context, paths: readonly string[], cookie: boolean): string | null {
  if (req.method !== "POST") return null;
  const given = req.headers["x-csrf-token"];
  const header = typeof given === "string" ? given : undefined;
  if (ctx.session !== null && cookie) return isCsrfTokenOf(ctx.session.secret, header) ? null : CSRF_REFUSAL;
  const browser = cookie || (req.headers.authorization === undefined && callsAuth(paths));
  if (!browser) return null;
  if (header === undefined || header === "") return CSRF_REFUSAL;
  if (req.headers["sec-fetch-site"] === "cross-site") return `${CSRF_REFUSAL}: a request from another site`;
  return null;
}

/** The seconds a refusal asks the client to wait (a sign-in lock), if any. */
function retryAfterOf(error: TRPCError): number | null {
  return error.cause instanceof DomainError ? error.cause.retryAfterSeconds : null;
}

export function createTrpcHandler(options: TrpcHandlerOptions) {
  const createContext = createContextFactory({
    store: options.store,
    now: options.now,
    publicUrl: options.publicUrl,
    sessionCookieName: options.sessionCookie.name,
  });
  const { maxBatchSize, anonymousLimit } = options;

  /** A full disk answers 503 with Retry-After, whichever path the call took. */
  function unavailable(res: ServerResponse): void {
    res.setHeader("retry-after", String(DISK_FULL_RETRY_AFTER_SECONDS));
  }

  async function answerDirectly(
    res: ServerResponse,
    path: string,
    procedure: Procedure,
    type: "query" | "mutation",
    input: unknown,
    ctx: Context,
    record: TrpcRequestRecord,
    cookie: ResponseCookie,
  ): Promise<void> {
    try {
      const data = await procedure({
        path,
        getRawInput: () => Promise.resolve(input),
        ctx,
        type,
        signal: undefined,
        batchIndex: 0,
      });
      addVary(res, "trpc-accept, accept");
      cookie.writeTo(res);
      sendJson(res, 200, { result: { data } });
    } catch (cause) {
      const caught = getTRPCErrorFromUnknown(cause);
      const error = isDiskFull(caught) ? diskFullError(caught) : caught;
      record.errors.push({ procedure: path, code: error.code });
      if (error.code === "SERVICE_UNAVAILABLE") unavailable(res);
      if (error.code === "INTERNAL_SERVER_ERROR") options.onInternalError(error, path);
      const retryAfter = retryAfterOf(error);
      if (retryAfter !== null) res.setHeader("retry-after", String(retryAfter));
      const json = { error: getErrorShape({ config: appRouter._def._config, error, type, path, input, ctx }) };
      addVary(res, "trpc-accept, accept");
      cookie.writeTo(res);
      // As tRPC: the status is the one the error formatter put in the shape.
      sendJson(res, getHTTPStatusCode(json, [error]), json);
    }
  }

  /** tRPC's own handling: batches, streaming, method errors, and the refusals above (as `error`). */
  async function answerThroughTrpc(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    body: string | undefined,
    error: TRPCError | null,
    ctx: Context,
    record: TrpcRequestRecord,
    cookie: ResponseCookie,
  ): Promise<void> {
    const headers = new Headers();
    for (const [key, value] of Object.entries(req.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(key, item);
      else if (value !== undefined) headers.append(key, value);
    }
    let diskFull = 0;
    const response = await resolveResponse({
      router: appRouter,
      req: new Request(url, { method: req.method, headers, ...(body === undefined ? {} : { body }) }),
      path: url.pathname.slice(options.basePath.length),
      error,
      createContext: () => Promise.resolve(ctx),
      // A query may come by POST, so that a secret in its input (an invitation's token) stays out of
      // URLs and the access logs of proxies; the CSRF check covers every POST.
      allowMethodOverride: true,
      onError({ error: failure, path }) {
        record.errors.push({ procedure: labelOf(path ?? UNKNOWN), code: failure.code });
        if (isDiskFull(failure)) diskFull += 1;
        else if (failure.code === "INTERNAL_SERVER_ERROR") options.onInternalError(failure, path ?? UNKNOWN);
        const retryAfter = retryAfterOf(failure);
        if (retryAfter !== null) res.setHeader("retry-after", String(retryAfter));
      },
      // Only the error formatter in the router can rename the error; the status and Retry-After are the transport's.
      responseMeta: ({ errors, data }) =>
        diskFull > 0 && diskFull === errors.length && errors.length === data.length ? { status: 503 } : {},
    });
    if (response.status === 503) unavailable(res);
    cookie.writeTo(res);
    res.statusCode = response.status;
    response.headers.forEach((value, key) => {
      if (key === "vary") addVary(res, value);
      else res.setHeader(key, value);
    });
    res.end(Buffer.from(await response.arrayBuffer()));
  }

  return async (req: IncomingMessage, res: ServerResponse, url: URL, record: TrpcRequestRecord): Promise<void> => {
    const path = url.pathname.slice(options.basePath.length);
    const batch = url.searchParams.get("batch") === "1";
    const paths = pathsOf(path, batch);
    record.procedures = paths.map(labelOf);
    const types = new Set(paths.map((name) => (Object.hasOwn(procedures, name) ? procedures[name]?._def.type : null)));
    const [only] = types;
    record.type = types.size === 1 && (only === "query" || only === "mutation") ? only : "other";
    const cookie = new ResponseCookie(options.sessionCookie);
    const ctx = await createContext({ req, cookie, clientAddress: clientKey(req.socket.remoteAddress) });
    record.organisation = ctx.caller?.organisation.id ?? null;
    const carriesCookie = carriesSessionCookie(req.headers.cookie, options.sessionCookie);
    // A cookie whose session has ended is cleared, unless a procedure sets a new one.
    if (carriesCookie && ctx.session === null) cookie.clear();

    let refusal: TRPCError | null = null;
    const csrf = csrfRefusal(req, ctx, paths, carriesCookie);
    if (csrf !== null) refusal = new TRPCError({ code: "FORBIDDEN", message: csrf });
    if (refusal === null && ctx.caller === null && anonymousLimit !== null) {
      // A batch costs one call per procedure in it, up to the batch limit (beyond it, it is refused anyway).
      const decision = await anonymousLimit.take(
        clientKey(req.socket.remoteAddress),
        Math.min(paths.length, maxBatchSize),
      );
      if (!decision.allowed) {
        const { burst, perSecond } = anonymousLimit.options;
        res.setHeader("retry-after", String(decision.retryAfterSeconds));
        refusal = new TRPCError({
          code: "TOO_MANY_REQUESTS",
          message: `too many calls without a token from your address (at most ${burst} at once, then ${perSecond} a second): try again in ${decision.retryAfterSeconds} s, or use an API token`,
        });
      }
    }
    if (refusal === null && batch && paths.length > maxBatchSize)
      refusal = new TRPCError({
        code: "BAD_REQUEST",
        message: `a batch may hold at most ${maxBatchSize} calls; this one has ${paths.length}: send it in parts`,
      });
    let body: string | undefined;
    if (refusal === null && req.method !== "GET" && req.method !== "HEAD") {
      const read = await readBody(req, options.maxBodyBytes);
      if (read.kind === "aborted") {
        // No one is left to answer (the host counts and logs the cut upload).
        res.destroy();
        return;
      }
      if (read.kind === "refused") refusal = read.error;
      else body = read.text;
    }

    const procedure = paths.length === 1 && !batch ? procedures[path] : undefined;
    if (
      refusal === null &&
      procedure !== undefined &&
      Object.hasOwn(procedures, path) &&
      req.headers["trpc-accept"] === undefined
    ) {
      const type = procedure._def.type;
      const simple =
        (req.method === "GET" && type === "query") ||
        // tRPC answers 415 to a mutation whose body is not declared JSON: leave those to it.
        (req.method === "POST" && type === "mutation" && isJson(req.headers["content-type"]));
      const input = simple ? inputOf(req.method, url, body) : { ok: false as const };
      if (input.ok && type !== "subscription")
        return answerDirectly(res, path, procedure, type, input.value, ctx, record, cookie);
    }
    return answerThroughTrpc(req, res, url, body, refusal, ctx, record, cookie);
  };
}
