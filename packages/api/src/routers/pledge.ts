import { z } from "zod";
import { createPledge } from "../ledger/create-pledge.js";
import { pledgeHistory } from "../ledger/event-log.js";
import { listPledges, pledgeById } from "../ledger/pledge-queries.js";
import { toPledgeView } from "../ledger/pledge-view.js";
import { transitionPledge } from "../ledger/transition-pledge.js";
import { writeBatcherFor } from "../ledger/write-batcher.js";
import { notFound } from "../errors.js";
import { authedProcedure, procedureFor, router, unwrap } from "../trpc.js";
import { Id, PledgeCreate, PledgeListInput, PledgeTransition } from "../validators.js";

export const pledgeRouter = router({
  create: procedureFor("funding.pledge", "places.pledge")
    .input(PledgeCreate)
    .mutation(async ({ ctx, input }) =>
      toPledgeView(unwrap(await writeBatcherFor(ctx.db).run(() => createPledge(ctx.db, ctx.caller, input, ctx.now())))),
    ),

  transition: procedureFor("funding.move", "places.move")
    .input(PledgeTransition)
    .mutation(async ({ ctx, input }) =>
      toPledgeView(
        unwrap(await writeBatcherFor(ctx.db).run(() => transitionPledge(ctx.db, ctx.caller, input, ctx.now()))),
      ),
    ),

  get: authedProcedure.input(z.strictObject({ id: Id })).query(({ ctx, input }) => {
    const row = pledgeById(ctx.db, input.id);
    if (!row) throw notFound("id", `no pledge "${input.id}"`);
    return toPledgeView(row);
  }),

  list: authedProcedure.input(PledgeListInput).query(({ ctx, input }) => {
    const page = listPledges(ctx.db, input);
    return { items: page.rows.map(toPledgeView), nextCursor: page.nextCursor };
  }),

  /** The log of one pledge, oldest first; each event names the organisation and token label behind it. */
  history: authedProcedure.input(z.strictObject({ id: Id })).query(({ ctx, input }) => {
    if (!pledgeById(ctx.db, input.id)) throw notFound("id", `no pledge "${input.id}"`);
    return pledgeHistory(ctx.db, input.id, ctx.caller);
  }),
});
