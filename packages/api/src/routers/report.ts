import { z } from "zod";
import { FairShareKey } from "@solidaria/domain";
import { coverageReport } from "../reports/coverage.js";
import { fairShareReport } from "../reports/fair-share.js";
import { placesReport } from "../reports/places.js";
import { pledgesCsv } from "../reports/hxl-csv.js";
import { authedProcedure, router } from "../trpc.js";
import { Id, Year } from "../validators.js";

const Scope = z.strictObject({ appealId: Id.optional(), year: Year.optional() }).default({});

export const reportRouter = router({
  coverage: authedProcedure.input(Scope).query(({ ctx, input }) => coverageReport(ctx.db, input)),
  places: authedProcedure.input(Scope).query(({ ctx, input }) => placesReport(ctx.db, input)),
  fairShare: authedProcedure
    .input(z.strictObject({ kind: z.enum(["funding", "places"]).default("places"), year: Year.optional(), key: z.optional(FairShareKey) }).default({ kind: "places" }))
    .query(({ ctx, input }) => fairShareReport(ctx.db, input)),
});

export const exportRouter = router({
  csv: authedProcedure.query(({ ctx }) => ({
    filename: `solidaria-pledges-${ctx.now().toISOString().slice(0, 10)}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: pledgesCsv(ctx.db),
  })),
});
