import { TRPCError } from "@trpc/server";

/** A full disk takes an operator to fix: clients are asked to come back in a minute, not at once. */
export const DISK_FULL_RETRY_AFTER_SECONDS = 60;

/**
 * What each database calls a full disk: SQLite's result code (the disk, or the database's size limit)
 * and PostgreSQL's SQLSTATE 53100 (disk_full), as their drivers put it in `code`.
 */
const DISK_FULL_CODES = new Set(["SQLITE_FULL", "53100"]);

/** Whether the database refused a write because its disk is full (drizzle keeps the driver's error as `cause`). */
export function isDiskFull(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === "string" && DISK_FULL_CODES.has(code)) return true;
  }
  return false;
}

/** What the client is told: nothing was written, and the server is unavailable rather than broken. */
export function diskFullError(cause: unknown): TRPCError {
  return new TRPCError({
    code: "SERVICE_UNAVAILABLE",
    message: "the server's disk is full: nothing was written; try again later",
    cause,
  });
}
