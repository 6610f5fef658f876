import { z } from "zod";
import { TRPCError } from "@trpc/server";
import { FairShareError } from "@solidaria/domain";
import { coverageReport } from "../reports/coverage.js";
import { fairShareReport } from "../reports/fair-share.js";
import { placesReport } from "../reports/places.js";
import { pledgesCsv } from "../reports/hxl-csv.js";
import { authedProcedure, router } from "../trpc.js";
import { Id, Year } from "../validators.js";

/** A fair-share key as callers may send it: a few weights of sensible size. */
const FairShareKeyInput = z.strictObject({
  id: z.string().trim().min(1).max(100),
  weights: z
    .array(
      z.strictObject({
        indicator: z.string().trim().min(1).max(50),
        weight: z.number().positive().max(1000, "must be 1000 or less (weights are relative)"),
        direction: z.enum(["capacity", "effort"]).optional(),
      }),
    )
    .min(1)
    .max(20),
});

const Scope = z.strictObject({ appealId: Id.optional(), year: Year.optional() }).default({});

export const reportRouter = router({
  coverage: authedProcedure.input(Scope).query(({ ctx, input }) => coverageReport(ctx.db, input)),
  places: authedProcedure.input(Scope).query(({ ctx, input }) => placesReport(ctx.db, input)),
  fairShare: authedProcedure
    .input(
      z
        .strictObject({
          kind: z.enum(["funding", "places"]).default("places"),
          year: Year.optional(),
          key: z.optional(FairShareKeyInput),
        })
        .default({ kind: "places" }),
    )
    .query(({ ctx, input }) => {
      try {
        return fairShareReport(ctx.db, input);
      } catch (error) {
        // A key the indicators cannot serve (an unknown indicator, all zero) is the caller's to fix.
        if (error instanceof FairShareError)
          throw new TRPCError({ code: "BAD_REQUEST", message: `Invalid input: key: ${error.message}`, cause: error });
        throw error;
      }
    }),
});

export const exportRouter = router({
  csv: authedProcedure.query(({ ctx }) => ({
    filename: `solidaria-pledges-${ctx.now().toISOString().slice(0, 10)}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: pledgesCsv(ctx.db),
  })),
});
