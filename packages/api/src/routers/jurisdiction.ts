import { z } from "zod";
import { cachedAggregate } from "../cache/aggregate-cache.js";
import { currentJurisdictions, publishJurisdiction } from "../published/jurisdictions.js";
import { procedureFor, publicProcedure, router, unwrap } from "../trpc.js";

export const jurisdictionRouter = router({
  /** Public: the law and procedures per country, every fact cited; the extension syncs these. */
  list: publicProcedure.query(({ ctx }) =>
    cachedAggregate(ctx.db, "jurisdiction.list", () => currentJurisdictions(ctx.db)),
  ),

  /**
   * A coordinator publishes a checked profile (a new `version`, with its `lastVerified` date). The
   * input is the domain's own schema, checked in the core.
   */
  publish: procedureFor("jurisdiction.publish")
    .input(z.unknown())
    .mutation(({ ctx, input }) =>
      unwrap(publishJurisdiction(ctx.db, input, ctx.caller.organisation.id, ctx.now().toISOString())),
    ),
});
