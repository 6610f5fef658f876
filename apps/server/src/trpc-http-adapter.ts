import type { IncomingMessage, ServerResponse } from "node:http";
import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError, resolveResponse } from "@trpc/server/http";
// Pinned to one tRPC version by the catalog; the integration tests run every procedure through this path.
import { getErrorShape, getTRPCErrorFromUnknown } from "@trpc/server/unstable-core-do-not-import";
import { appRouter, createCallerFactory, createContextFactory, type Context } from "@solidaria/api";
import type { LedgerDatabase } from "@solidaria/db";

/**
 * Serves tRPC over node:http. The common request (one query by GET, or one mutation by POST, with a
 * JSON body and no batching or streaming) is answered directly through a server-side caller, with
 * the exact JSON shapes of tRPC's HTTP protocol; everything else goes through tRPC's own
 * `resolveResponse`. tRPC's generic adapter wraps each call in web streams, Request and Response
 * objects, which cost more CPU than the ledger write itself and capped writes at ~1,300/s per core.
 */
export interface TrpcHandlerOptions {
  readonly db: LedgerDatabase;
  readonly basePath: string;
  readonly maxBodyBytes: number;
  readonly now?: () => Date;
}

function readBody(req: IncomingMessage, limit: number): Promise<string | TRPCError> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on("end", () =>
      resolve(
        tooLarge
          ? new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `request body over ${limit} bytes` })
          : Buffer.concat(chunks).toString("utf8"),
      ),
    );
    req.on("error", reject);
  });
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const item of value) headers.append(key, item);
    else if (value !== undefined) headers.append(key, value);
  }
  return headers;
}

type AnyCallable = (input?: unknown) => Promise<unknown>;
const createCaller = createCallerFactory(appRouter);
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { type: "query" | "mutation" | "subscription" } }
>;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
  res.end(payload);
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

async function answerDirectly(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  type: "query" | "mutation" | "subscription",
  input: unknown,
  createContext: (opts: { req: IncomingMessage }) => Context,
): Promise<void> {
  let ctx: Context | undefined;
  try {
    ctx = createContext({ req });
    const callable = path
      .split(".")
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], createCaller(ctx)) as AnyCallable;
    const data = await callable(input);
    sendJson(res, 200, { result: { data } });
  } catch (cause) {
    const error = getTRPCErrorFromUnknown(cause);
    if (error.code === "INTERNAL_SERVER_ERROR") console.error(error);
    const shape = getErrorShape({ config: appRouter._def._config, error, type, path, input, ctx });
    sendJson(res, getHTTPStatusCodeFromError(error), { error: shape });
  }
}

export function createTrpcHandler(options: TrpcHandlerOptions) {
  const createContext = createContextFactory({ db: options.db, now: options.now });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const hasBody = req.method !== "GET" && req.method !== "HEAD";
    const body = hasBody ? await readBody(req, options.maxBodyBytes) : undefined;
    const error = body instanceof TRPCError ? body : null;

    const path = url.pathname.slice(options.basePath.length);
    const procedure = Object.hasOwn(procedures, path) ? procedures[path] : undefined;
    const simple =
      error === null &&
      procedure !== undefined &&
      !url.searchParams.has("batch") &&
      req.headers["trpc-accept"] === undefined &&
      ((req.method === "GET" && procedure._def.type === "query") ||
        // tRPC answers 415 to a mutation whose body is not declared JSON: leave those to it.
        (req.method === "POST" && procedure._def.type === "mutation" && isJson(req.headers["content-type"])));
    if (simple) {
      const input = inputOf(req.method, url, body as string | undefined);
      if (input.ok) return answerDirectly(req, res, path, procedure._def.type, input.value, createContext);
    }
    const request = new Request(url, {
      method: req.method,
      headers: headersOf(req),
      ...(typeof body === "string" ? { body } : {}),
    });
    const response = await resolveResponse({
      router: appRouter,
      req: request,
      path: url.pathname.slice(options.basePath.length),
      error,
      createContext: () => Promise.resolve(createContext({ req })),
      onError({ error: failure }) {
        if (failure.code === "INTERNAL_SERVER_ERROR") console.error(failure);
      },
    });
    res.statusCode = response.status;
    response.headers.forEach((value, key) => res.setHeader(key, value));
    res.end(Buffer.from(await response.arrayBuffer()));
  };
}
