import { z } from "zod";
import { cachedAggregate } from "../cache/aggregate-cache.js";
import { procedureFor, publicProcedure, router, unwrap } from "../trpc.js";

export const situationRouter = router({
  /** Public: the extension syncs these without a token. */
  list: publicProcedure.query(async ({ ctx }) =>
    cachedAggregate(ctx.store, "situation.list", () => ctx.store.currentSituations()),
  ),

  /** A coordinator publishes a newer version of a country's situation (the domain's schema, checked in the core). */
  publish: procedureFor("situation.publish")
    .input(z.unknown())
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.store.publishSituation(input, ctx.caller.organisation.id, ctx.now().toISOString())),
    ),

  /** Public aggregate: resettlement places still open per host country, resettlement country and category. */
  placesAvailable: publicProcedure.query(async ({ ctx }) => {
    const today = ctx.now().toISOString().slice(0, 10);
    return cachedAggregate(ctx.store, `situation.placesAvailable:${today}`, () => ctx.store.placesAvailable(today));
  }),
});
