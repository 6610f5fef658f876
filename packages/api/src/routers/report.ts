import { z } from "zod";
import { cachedAggregate } from "../cache/aggregate-cache.js";
import { coverageReport } from "../reports/coverage.js";
import { fairShareReport } from "../reports/fair-share.js";
import { placesReport } from "../reports/places.js";
import { stageTimesReport } from "../reports/stage-times.js";
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
    .query(({ ctx, input }) =>
      cachedAggregate(ctx.db, `report.coverage:${JSON.stringify(input)}`, () => coverageReport(ctx.db, input)),
    ),
  places: authedProcedure
    .input(Scope)
    .query(({ ctx, input }) =>
      cachedAggregate(ctx.db, `report.places:${JSON.stringify(input)}`, () => placesReport(ctx.db, input)),
    ),
  /** Days spent at each stage of the places pipeline, as of now (waiting places age, so not cached). */
  stageTimes: authedProcedure.input(Scope).query(({ ctx, input }) => stageTimesReport(ctx.db, input, ctx.now())),
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
    .query(({ ctx, input }) => fairShareReport(ctx.db, input)),
});
