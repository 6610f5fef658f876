import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { describeIssues } from "@solidaria/domain";
import type { Role } from "@solidaria/db";
import type { Context } from "./context.js";

const t = initTRPC.context<Context>().create({
  // Stack traces only while developing: they are of no use to API clients and reveal internals.
  isDev: process.env.NODE_ENV === "development",
  errorFormatter({ shape, error }) {
    // Name every bad field, in the message too, so a plain HTTP client sees what to fix.
    const issues = error.cause instanceof ZodError ? describeIssues(error.cause.issues) : null;
    // An unexpected failure's message (a SQL constraint, a file path) is for the server log, not clients.
    const internal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      ...shape,
      message: issues
        ? `Invalid input: ${issues.join("; ")}`
        : internal
          ? "internal server error: the request was not applied"
          : shape.message,
      data: { ...shape.data, issues },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const publicProcedure = t.procedure;

/** Requires a valid, unrevoked token. */
export const authedProcedure = t.procedure.use(({ ctx, next }) => {
  if (ctx.caller === null) {
    throw new TRPCError({ code: "UNAUTHORIZED", message: "a valid API token is required (Authorization: Bearer ...)" });
  }
  return next({ ctx: { ...ctx, caller: ctx.caller } });
});

/** Requires one of `roles`. */
export function roleProcedure(...roles: Role[]) {
  return authedProcedure.use(({ ctx, next }) => {
    if (!roles.includes(ctx.caller.role)) {
      throw new TRPCError({
        code: "FORBIDDEN",
        message: `this needs the role ${roles.join(" or ")}; your token is ${ctx.caller.role}`,
      });
    }
    return next();
  });
}
