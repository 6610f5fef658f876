import { TRPCError } from "@trpc/server";
import { and, asc, eq, gt, or, sql } from "drizzle-orm";
import { z } from "zod";
import { organisations, pledges } from "@solidaria/db";
import { createPledge, pledgeHistory, transitionPledge } from "../ledger/pledge-ledger-service.js";
import { toPledgeView } from "../ledger/pledge-view.js";
import { writeBatcherFor } from "../ledger/write-batcher.js";
import { authedProcedure, roleProcedure, router } from "../trpc.js";
import { Id, PledgeCreate, PledgeListInput, PledgeTransition } from "../validators.js";

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString("base64url");
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === "string"))
      return value as [string, string];
  } catch {
    // fall through to the error below
  }
  throw new TRPCError({ code: "BAD_REQUEST", message: "Invalid input: cursor: not a cursor this server returned" });
}

export const pledgeRouter = router({
  create: roleProcedure("coordinator", "state", "donor")
    .input(PledgeCreate)
    .mutation(async ({ ctx, input }) =>
      toPledgeView(await writeBatcherFor(ctx.db).run(() => createPledge(ctx.db, ctx.caller, input, ctx.now()))),
    ),

  transition: roleProcedure("coordinator", "state", "donor")
    .input(PledgeTransition)
    .mutation(async ({ ctx, input }) =>
      toPledgeView(await writeBatcherFor(ctx.db).run(() => transitionPledge(ctx.db, ctx.caller, input, ctx.now()))),
    ),

  get: authedProcedure.input(z.strictObject({ id: Id })).query(({ ctx, input }) => {
    const row = ctx.db.select().from(pledges).where(eq(pledges.id, input.id)).get();
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: `no pledge "${input.id}"` });
    return toPledgeView(row);
  }),

  list: authedProcedure.input(PledgeListInput).query(({ ctx, input }) => {
    const after = input.cursor ? decodeCursor(input.cursor) : null;
    const rows = ctx.db
      .select({ pledge: pledges })
      .from(pledges)
      .innerJoin(organisations, eq(organisations.id, pledges.organisationId))
      .where(
        and(
          input.year ? eq(pledges.year, input.year) : undefined,
          input.programme ? eq(pledges.programme, input.programme) : undefined,
          input.organisationId ? eq(pledges.organisationId, input.organisationId) : undefined,
          input.status ? eq(pledges.status, input.status) : undefined,
          input.kind ? eq(pledges.kind, input.kind) : undefined,
          input.appealId ? eq(pledges.appealId, input.appealId) : undefined,
          input.country
            ? or(
                eq(organisations.country, input.country),
                eq(pledges.resettlementCountry, input.country),
                eq(pledges.hostCountry, input.country),
              )
            : undefined,
          after
            ? or(gt(pledges.createdAt, after[0]), and(eq(pledges.createdAt, after[0]), gt(pledges.id, after[1])))
            : undefined,
        ),
      )
      .orderBy(asc(pledges.createdAt), asc(pledges.id))
      .limit(input.limit + 1)
      .all();
    const page = rows.slice(0, input.limit).map((row) => toPledgeView(row.pledge));
    const last = page.at(-1);
    return {
      items: page,
      nextCursor: rows.length > input.limit && last ? encodeCursor(last.createdAt, last.id) : null,
    };
  }),

  history: authedProcedure.input(z.strictObject({ id: Id })).query(({ ctx, input }) => {
    const exists = ctx.db
      .select({ one: sql`1` })
      .from(pledges)
      .where(eq(pledges.id, input.id))
      .get();
    if (!exists) throw new TRPCError({ code: "NOT_FOUND", message: `no pledge "${input.id}"` });
    return pledgeHistory(ctx.db, input.id).map((event) => ({
      version: event.version,
      type: event.type,
      data: JSON.parse(event.data) as Record<string, unknown>,
      reason: event.reason,
      by: { organisationId: event.actorOrganisationId, tokenId: event.actorTokenId },
      at: event.at,
    }));
  }),
});
