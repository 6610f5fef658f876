import { once } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { requestSession, type LedgerStore } from "@solidaria/api";

/** Where the pledges are served as a CSV file. */
export const EXPORT_PATH = "/export/pledges.csv";

/** A long export holds a read snapshot and a connection: only this many run at once. */
export const DEFAULT_MAX_CONCURRENT_EXPORTS = 2;

const Query = z.strictObject({
  bom: z
    .enum(["0", "1", "true", "false"], {
      error: 'must be "1" or "true" (start with a byte-order mark), or "0" or "false"',
    })
    .optional(),
});

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

/**
 * GET /export/pledges.csv[?bom=1]: every pledge as an HXL-tagged CSV file (text/csv, UTF-8), for any
 * valid token or signed-in session (it replaces the `export.csv` procedure, which built the whole file at once). `bom=1` starts the file with a UTF-8 byte-order
 * mark, which spreadsheet programs need to read accents right. The rows are streamed page by page
 * from one snapshot, and only as fast as the client reads them: other requests are served meanwhile,
 * and memory stays at a page or two whatever the size of the ledger.
 */
export function createExportEndpoint(options: {
  readonly store: LedgerStore;
  readonly maxConcurrent: number;
  /** The session cookie a signed-in person's browser sends (a GET that changes nothing: no CSRF token). */
  readonly sessionCookieName: string;
  readonly now?: () => Date;
}) {
  const now = options.now ?? (() => new Date());
  let running = 0;
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendJson(
        res,
        405,
        { error: { code: "METHOD_NOT_SUPPORTED", message: `${EXPORT_PATH} answers GET, not ${req.method}` } },
        { allow: "GET, HEAD" },
      );
      return;
    }
    const query = Query.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) {
      const problems = query.error.issues.map((issue) =>
        issue.code === "unrecognized_keys"
          ? `unknown parameter ${issue.keys.join(", ")}`
          : `${issue.path.join(".")}: ${issue.message}`,
      );
      sendJson(res, 400, { error: { code: "BAD_REQUEST", message: `Invalid query: ${problems.join("; ")}` } });
      return;
    }
    const caller =
      req.headers.authorization !== undefined
        ? await options.store.resolveCaller(req.headers.authorization)
        : await requestSession(options.store, req.headers.cookie, options.sessionCookieName, now());
    if (caller === null) {
      sendJson(
        res,
        401,
        { error: { code: "UNAUTHORIZED", message: "sign in, or send a valid API token (Authorization: Bearer ...)" } },
        { "www-authenticate": "Bearer" },
      );
      return;
    }
    if (running >= options.maxConcurrent) {
      sendJson(
        res,
        503,
        {
          error: {
            code: "SERVICE_UNAVAILABLE",
            message: `${options.maxConcurrent} exports are running: try again in a few seconds`,
          },
        },
        { "retry-after": "5" },
      );
      return;
    }
    const day = new Date().toISOString().slice(0, 10);
    res.writeHead(200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="solidaria-pledges-${day}.csv"`,
      "cache-control": "no-store",
    });
    if (req.method === "HEAD") {
      res.end();
      return;
    }
    running += 1;
    const byteOrderMark = query.data.bom === "1" || query.data.bom === "true";
    // A client that stops reading or goes away ends the export at the next page.
    const gone = new Promise<void>((resolve) => res.once("close", resolve));
    try {
      for await (const page of options.store.pledgeCsvExport({ byteOrderMark })) {
        if (res.destroyed) break;
        if (!res.write(page)) await Promise.race([once(res, "drain"), gone]);
      }
      res.end();
    } finally {
      running -= 1;
    }
  };
}
