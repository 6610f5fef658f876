import { z } from "zod";
import { cachedAggregate } from "../cache/aggregate-cache.js";
import { currentSituations, publishSituation } from "../published/situations.js";
import { placesAvailable } from "../reports/places.js";
import { procedureFor, publicProcedure, router, unwrap } from "../trpc.js";

export const situationRouter = router({
  /** Public: the extension syncs these without a token. */
  list: publicProcedure.query(({ ctx }) => cachedAggregate(ctx.db, "situation.list", () => currentSituations(ctx.db))),

  /** A coordinator publishes a newer version of a country's situation (the domain's schema, checked in the core). */
  publish: procedureFor("situation.publish")
    .input(z.unknown())
    .mutation(({ ctx, input }) =>
      unwrap(publishSituation(ctx.db, input, ctx.caller.organisation.id, ctx.now().toISOString())),
    ),

  /** Public aggregate: resettlement places still open per host country, resettlement country and category. */
  placesAvailable: publicProcedure.query(({ ctx }) => {
    const today = ctx.now().toISOString().slice(0, 10);
    return cachedAggregate(ctx.db, `situation.placesAvailable:${today}`, () => placesAvailable(ctx.db, today));
  }),
});
