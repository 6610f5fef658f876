import { TRPCError } from "@trpc/server";

/** A full disk takes an operator to fix: clients are asked to come back in a minute, not at once. */
export const DISK_FULL_RETRY_AFTER_SECONDS = 60;

/** Whether SQLite refused a write because the disk (or the database's size limit) is full. */
export function isDiskFull(error: unknown): boolean {
  for (let cause = error, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth += 1)
    if ((cause as { code?: unknown }).code === "SQLITE_FULL") return true;
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
