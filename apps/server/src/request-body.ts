import { isUtf8 } from "node:buffer";
import type { IncomingMessage } from "node:http";
import { TRPCError } from "@trpc/server";

export type Body =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "refused"; readonly error: TRPCError }
  /** The client went away before sending all of it: there is no one to answer. */
  | { readonly kind: "aborted" };

/** The charset a Content-Type declares, lower-cased, or null when it declares none. */
function declaredCharset(contentType: string | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1]?.toLowerCase() ?? null;
}

/**
 * Reads a request body of at most `limit` bytes as UTF-8 text. JSON travels in UTF-8 (RFC 8259): a
 * body declared in another charset is refused (415) rather than misread, and one that is not valid
 * UTF-8 is refused (400) rather than read with replacement characters. A body over the limit is
 * drained and refused (413) without being kept.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Body> {
  const charset = declaredCharset(req.headers["content-type"]);
  const refusedCharset =
    charset !== null && charset !== "utf-8" && charset !== "utf8"
      ? new TRPCError({
          code: "UNSUPPORTED_MEDIA_TYPE",
          message: `the request body must be UTF-8 (charset=utf-8), not ${charset}`,
        })
      : null;
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (body: Body) => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit && refusedCharset === null) chunks.push(chunk);
    });
    req.on("end", () => {
      if (refusedCharset !== null) return settle({ kind: "refused", error: refusedCharset });
      if (size > limit)
        return settle({
          kind: "refused",
          error: new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `request body over ${limit} bytes` }),
        });
      const bytes = Buffer.concat(chunks);
      if (!isUtf8(bytes))
        return settle({
          kind: "refused",
          error: new TRPCError({ code: "BAD_REQUEST", message: "the request body is not valid UTF-8" }),
        });
      settle({ kind: "text", text: bytes.toString("utf8") });
    });
    // A cut connection ("aborted", ECONNRESET) is the client's doing, not a server fault.
    req.on("error", () => settle({ kind: "aborted" }));
    req.on("close", () => {
      if (!req.complete) settle({ kind: "aborted" });
    });
  });
}
