import { TRPCError } from "@trpc/server";
import { describeIssues, Jurisdiction } from "@solidaria/domain";
import { z } from "zod";
import { currentJurisdictions, publishJurisdiction, StaleVersionError } from "../published/jurisdictions.js";
import { publicProcedure, roleProcedure, router } from "../trpc.js";

export const jurisdictionRouter = router({
  /** Public: the law and procedures per country, every fact cited; the extension syncs these. */
  list: publicProcedure.query(({ ctx }) => currentJurisdictions(ctx.db)),

  /** A coordinator publishes a checked profile (a new `version`, with its `lastVerified` date). */
  publish: roleProcedure("coordinator")
    .input(z.unknown())
    .mutation(({ ctx, input }) => {
      const parsed = Jurisdiction.safeParse(input);
      if (!parsed.success) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Invalid input: ${describeIssues(parsed.error.issues).join("; ")}`,
        });
      }
      try {
        return publishJurisdiction(ctx.db, parsed.data, ctx.caller.organisation.id, ctx.now().toISOString());
      } catch (error) {
        if (error instanceof StaleVersionError) throw new TRPCError({ code: "CONFLICT", message: error.message });
        throw error;
      }
    }),
});
