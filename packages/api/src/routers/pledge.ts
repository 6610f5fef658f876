import { z } from "zod";
import { toPledgeView } from "../ledger/pledge-view.js";
import { notFound } from "../errors.js";
import { authedProcedure, procedureFor, router, unwrap } from "../trpc.js";
import { Id, PledgeCreate, PledgeListInput, PledgeTransition } from "../validators.js";

export const pledgeRouter = router({
  create: procedureFor("funding.pledge", "places.pledge")
    .input(PledgeCreate)
    .mutation(async ({ ctx, input }) =>
      toPledgeView(unwrap(await ctx.store.createPledge(ctx.caller, input, ctx.now()))),
    ),

  transition: procedureFor("funding.move", "places.move")
    .input(PledgeTransition)
    .mutation(async ({ ctx, input }) =>
      toPledgeView(unwrap(await ctx.store.transitionPledge(ctx.caller, input, ctx.now()))),
    ),

  get: authedProcedure.input(z.strictObject({ id: Id })).query(async ({ ctx, input }) => {
    const row = await ctx.store.pledgeById(input.id);
    if (!row) throw notFound("id", `no pledge "${input.id}"`);
    return toPledgeView(row);
  }),

  list: authedProcedure.input(PledgeListInput).query(async ({ ctx, input }) => {
    const page = await ctx.store.listPledges(input);
    return { items: page.rows.map(toPledgeView), nextCursor: page.nextCursor };
  }),

  /** The log of one pledge, oldest first; each event names the organisation and token label behind it. */
  history: authedProcedure.input(z.strictObject({ id: Id })).query(async ({ ctx, input }) => {
    if (!(await ctx.store.pledgeById(input.id))) throw notFound("id", `no pledge "${input.id}"`);
    return ctx.store.pledgeHistory(input.id, ctx.caller);
  }),
});
