import { z } from "zod";
import { notFound } from "../errors.js";
import { authedProcedure, procedureFor, router, unwrap } from "../trpc.js";
import { AppealCreate, Id, Year } from "../validators.js";

export const appealRouter = router({
  create: procedureFor("appeal.create")
    .input(AppealCreate)
    .mutation(async ({ ctx, input }) => unwrap(await ctx.store.createAppeal(ctx.caller, input))),

  list: authedProcedure
    .input(z.strictObject({ year: Year.optional() }).default({}))
    .query(async ({ ctx, input }) => ctx.store.listAppeals(input.year)),

  get: authedProcedure.input(z.strictObject({ id: Id })).query(async ({ ctx, input }) => {
    const appeal = await ctx.store.appealById(input.id);
    if (!appeal) throw notFound("id", `no appeal "${input.id}"`);
    return appeal;
  }),
});
