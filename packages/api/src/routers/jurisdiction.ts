import { z } from "zod";
import { cachedAggregate } from "../cache/aggregate-cache.js";
import { procedureFor, publicProcedure, router, unwrap } from "../trpc.js";

export const jurisdictionRouter = router({
  /** Public: the law and procedures per country, every fact cited; the extension syncs these. */
  list: publicProcedure.query(async ({ ctx }) =>
    cachedAggregate(ctx.store, "jurisdiction.list", () => ctx.store.currentJurisdictions()),
  ),

  /**
   * A coordinator publishes a checked profile (a new `version`, with its `lastVerified` date). The
   * input is the domain's own schema, checked in the core.
   */
  publish: procedureFor("jurisdiction.publish")
    .input(z.unknown())
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.store.publishJurisdiction(input, ctx.caller.organisation.id, ctx.now().toISOString())),
    ),
});
