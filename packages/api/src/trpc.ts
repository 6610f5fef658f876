import { initTRPC, TRPCError } from "@trpc/server";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import { ZodError } from "zod";
import { describeIssues, FairShareError, issuePath } from "@solidaria/domain";
import { mayAttempt, type Operation } from "./access/access-policy.js";
import type { Context } from "./context.js";
import { DomainError, invalid, type ProblemKind, type Result } from "./errors.js";

/**
 * tRPC over the ledger core: procedures, the checks every call gets, and the one place where the
 * core's refusals (DomainError: a kind and a field) become tRPC errors.
 */

const CODES: Record<ProblemKind, TRPC_ERROR_CODE_KEY> = {
  invalid: "BAD_REQUEST",
  forbidden: "FORBIDDEN",
  "not-found": "NOT_FOUND",
  conflict: "CONFLICT",
  unauthenticated: "UNAUTHORIZED",
  throttled: "TOO_MANY_REQUESTS",
};

/** A refusal from below the routers, or null for anything else (a bug, answered as an internal error). */
function refusalIn(cause: unknown): DomainError | null {
  if (cause instanceof DomainError) return cause;
  // A fair-share key the indicators cannot serve (an unknown indicator, all zero) is the caller's to fix.
  if (cause instanceof FairShareError) return invalid("key", cause.message);
  return null;
}

function toTRPCError(refusal: DomainError): TRPCError {
  return new TRPCError({
    code: CODES[refusal.kind],
    message: refusal.kind === "invalid" ? `Invalid input: ${refusal.describe()}` : refusal.describe(),
    cause: refusal,
  });
}

const t = initTRPC.context<Context>().create({
  // Stack traces only while developing: they are of no use to API clients and reveal internals.
  isDev: process.env.NODE_ENV === "development",
  errorFormatter({ shape, error, input }) {
    // Name every bad field, in the message too, so a plain HTTP client sees what to fix; with the
    // input at hand, a value of the wrong type is told apart from a missing one.
    const zodIssues = error.cause instanceof ZodError ? error.cause.issues : null;
    const issues = zodIssues ? describeIssues(zodIssues, "en", input) : null;
    const firstIssue = zodIssues?.[0];
    // An unexpected failure's message (a SQL constraint, a file path) is for the server log, not clients.
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: issues
        ? `Invalid input: ${issues.join("; ")}`
        : internal
          ? "internal server error: the request was not applied"
          : shape.message,
      data: {
        ...shape.data,
        issues,
        /** The input field the error is about, so that clients can word it in their user's language. */
        field: error.cause instanceof DomainError ? error.cause.field : firstIssue ? issuePath(firstIssue.path) : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Every procedure's first step: a refusal thrown below the routers becomes its tRPC error here. */
const mapRefusals = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok) {
    const refusal = refusalIn(result.error.cause);
    if (refusal !== null) throw toTRPCError(refusal);
  }
  return result;
});

export const publicProcedure = t.procedure.use(mapRefusals);

/** Requires a valid, unrevoked token, or a running session (a person signed in to the dashboard). */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.caller === null) {
    throw new TRPCError({
      code: "UNAUTHORIZED",
      message: "sign in, or send a valid API token (Authorization: Bearer ...)",
    });
  }
  return next({ ctx: { ...ctx, caller: ctx.caller } });
});

/**
 * Requires a token whose role the access policy lets do at least one of `operations` (for some
 * organisation; the commands check which), before the input is even parsed.
 */
export function procedureFor(...operations: [Operation, ...Operation[]]) {
  return authedProcedure.use(({ ctx, next }) => {
    const refusals = operations.map((operation) => mayAttempt(ctx.caller, operation));
    const refusal = refusals.every((candidate) => candidate !== null) ? refusals[0] : null;
    if (refusal) throw toTRPCError(refusal);
    return next();
  });
}

/** A command's value, or its refusal thrown for `mapRefusals` to answer. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw result.error;
}
