import { z } from "zod";
import { appealById, createAppeal, listAppeals } from "../appeals/appeals.js";
import { notFound } from "../errors.js";
import { authedProcedure, procedureFor, router, unwrap } from "../trpc.js";
import { AppealCreate, Id, Year } from "../validators.js";

export const appealRouter = router({
  create: procedureFor("appeal.create")
    .input(AppealCreate)
    .mutation(({ ctx, input }) => unwrap(createAppeal(ctx.db, ctx.caller, input))),

  list: authedProcedure
    .input(z.strictObject({ year: Year.optional() }).default({}))
    .query(({ ctx, input }) => listAppeals(ctx.db, input.year)),

  get: authedProcedure.input(z.strictObject({ id: Id })).query(({ ctx, input }) => {
    const appeal = appealById(ctx.db, input.id);
    if (!appeal) throw notFound("id", `no appeal "${input.id}"`);
    return appeal;
  }),
});
