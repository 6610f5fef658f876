import { z } from "zod";
import { cachedAggregate } from "../cache/aggregate-cache.js";
import { authedProcedure, router } from "../trpc.js";
import { text } from "../text.js";
import { Id, Year } from "../validators.js";

/** A fair-share key as callers may send it: a few weights of sensible size. */
const FairShareKeyInput = z.strictObject({
  id: text({ max: 100 }),
  weights: z
    .array(
      z.strictObject({
        indicator: text({ max: 50 }),
        weight: z.number().positive().max(1000, "must be 1000 or less (weights are relative)"),
        direction: z.enum(["capacity", "effort"]).optional(),
      }),
    )
    .min(1)
    .max(20),
});

const Scope = z.strictObject({ appealId: Id.optional(), year: Year.optional() }).default({});

export const reportRouter = router({
  // Aggregates, served from the cache until the ledger changes.
  coverage: authedProcedure
    .input(Scope)
    .query(async ({ ctx, input }) =>
      cachedAggregate(ctx.store, `report.coverage:${JSON.stringify(input)}`, () => ctx.store.coverageReport(input)),
    ),
  places: authedProcedure
    .input(Scope)
    .query(async ({ ctx, input }) =>
      cachedAggregate(ctx.store, `report.places:${JSON.stringify(input)}`, () => ctx.store.placesReport(input)),
    ),
  /** Days spent at each stage of the places pipeline, as of now (waiting places age, so not cached). */
  stageTimes: authedProcedure
    .input(Scope)
    .query(async ({ ctx, input }) => ctx.store.stageTimesReport(input, ctx.now())),
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
    // A key the indicators cannot serve (FairShareError) is answered as bad input, in trpc.ts.
    .query(async ({ ctx, input }) => ctx.store.fairShareReport(input)),
});
