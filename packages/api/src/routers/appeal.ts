import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { and, asc, eq } from "drizzle-orm";
import { z } from "zod";
import { parseMoney, toDecimalString } from "@solidaria/domain";
import { appealPlaceNeeds, appeals, organisations } from "@solidaria/db";
import { authedProcedure, roleProcedure, router } from "../trpc.js";
import { AppealCreate, Id, Year } from "../validators.js";

type AppealRow = typeof appeals.$inferSelect;

function toAppealView(row: AppealRow, needs: { hostCountry: string; category: string; needed: number }[]) {
  const { requiredUsdMinor, ...rest } = row;
  return { ...rest, requiredUsd: toDecimalString({ minor: requiredUsdMinor, currency: "USD" }), placeNeeds: needs };
}

export const appealRouter = router({
  create: roleProcedure("coordinator", "state")
    .input(AppealCreate)
    .mutation(({ ctx, input }) => {
      const caller = ctx.caller;
      let owner = caller.organisation.id;
      if (caller.role === "coordinator") owner = input.organisationId ?? caller.organisation.id;
      else if (input.organisationId && input.organisationId !== owner) {
        throw new TRPCError({ code: "FORBIDDEN", message: "a state creates appeals for its own organisation only" });
      }
      return ctx.db.transaction(
        (tx) => {
          if (!tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, owner)).get()) {
            throw new TRPCError({
              code: "BAD_REQUEST",
              message: `Invalid input: organisationId: no organisation "${owner}"`,
            });
          }
          if (tx.select({ id: appeals.id }).from(appeals).where(eq(appeals.code, input.code)).get()) {
            throw new TRPCError({ code: "CONFLICT", message: `an appeal with code "${input.code}" already exists` });
          }
          const row = tx
            .insert(appeals)
            .values({
              id: randomUUID(),
              code: input.code,
              title: input.title,
              year: input.year,
              organisationId: owner,
              requiredUsdMinor: parseMoney(input.requiredUsd, "USD").minor,
              startDate: input.startDate ?? null,
              endDate: input.endDate ?? null,
            })
            .returning()
            .get();
          for (const need of input.placeNeeds)
            tx.insert(appealPlaceNeeds)
              .values({ appealId: row.id, ...need })
              .run();
          return toAppealView(row, input.placeNeeds);
          // Immediate: the code check and the insert hold the write lock together (two creates with one
          // code get a CONFLICT, not a constraint failure).
        },
        { behavior: "immediate" },
      );
    }),

  list: authedProcedure.input(z.strictObject({ year: Year.optional() }).default({})).query(({ ctx, input }) => {
    const rows = ctx.db
      .select()
      .from(appeals)
      .where(input.year ? eq(appeals.year, input.year) : undefined)
      .orderBy(asc(appeals.year), asc(appeals.code))
      .all();
    const needs = ctx.db.select().from(appealPlaceNeeds).all();
    return rows.map((row) =>
      toAppealView(
        row,
        needs.filter((need) => need.appealId === row.id).map(({ appealId: _, ...need }) => need),
      ),
    );
  }),

  get: authedProcedure.input(z.strictObject({ id: Id })).query(({ ctx, input }) => {
    const row = ctx.db.select().from(appeals).where(eq(appeals.id, input.id)).get();
    if (!row) throw new TRPCError({ code: "NOT_FOUND", message: `no appeal "${input.id}"` });
    const needs = ctx.db
      .select({
        hostCountry: appealPlaceNeeds.hostCountry,
        category: appealPlaceNeeds.category,
        needed: appealPlaceNeeds.needed,
      })
      .from(appealPlaceNeeds)
      .where(and(eq(appealPlaceNeeds.appealId, row.id)))
      .all();
    return toAppealView(row, needs);
  }),
});
