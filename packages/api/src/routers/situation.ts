import { TRPCError } from "@trpc/server";
import { desc } from "drizzle-orm";
import {
  BUILTIN_SITUATIONS,
  CountrySituation,
  describeIssues,
  type CountrySituation as Situation,
} from "@solidaria/domain";
import { countrySituations, type LedgerDatabase } from "@solidaria/db";
import { z } from "zod";
import { placesAvailable } from "../reports/places.js";
import { publicProcedure, roleProcedure, router } from "../trpc.js";

/** A situation stored before `lastVerified` existed was verified when it was published (`updated`). */
function upgradeSituation(document: Situation | Omit<Situation, "lastVerified">): Situation {
  return "lastVerified" in document ? document : { ...document, lastVerified: document.updated };
}

/** Built-in situations, superseded per country by any newer version a coordinator published. */
export function currentSituations(db: LedgerDatabase): Situation[] {
  const current = new Map<string, Situation>(BUILTIN_SITUATIONS.map((situation) => [situation.country, situation]));
  for (const row of db.select().from(countrySituations).orderBy(desc(countrySituations.version)).all()) {
    const known = current.get(row.country);
    if (!known || known.version < row.version)
      current.set(
        row.country,
        upgradeSituation(JSON.parse(row.document) as Situation | Omit<Situation, "lastVerified">),
      );
  }
  return [...current.values()].sort((a, b) => a.country.localeCompare(b.country));
}

export const situationRouter = router({
  /** Public: the extension syncs these without a token. */
  list: publicProcedure.query(({ ctx }) => currentSituations(ctx.db)),

  publish: roleProcedure("coordinator")
    .input(z.unknown())
    .mutation(({ ctx, input }) => {
      const parsed = CountrySituation.safeParse(input);
      if (!parsed.success) {
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `Invalid input: ${describeIssues(parsed.error.issues).join("; ")}`,
        });
      }
      const situation = parsed.data;
      const known = currentSituations(ctx.db).find((candidate) => candidate.country === situation.country);
      if (known && situation.version <= known.version) {
        throw new TRPCError({
          code: "CONFLICT",
          message: `version must be greater than ${known.version}, the current one for ${situation.country}`,
        });
      }
      ctx.db
        .insert(countrySituations)
        .values({
          country: situation.country,
          version: situation.version,
          document: JSON.stringify(situation),
          publishedBy: ctx.caller.organisation.id,
          publishedAt: ctx.now().toISOString(),
        })
        .run();
      return situation;
    }),

  /** Public aggregate: resettlement places still open per host country, resettlement country and category. */
  placesAvailable: publicProcedure.query(({ ctx }) => placesAvailable(ctx.db, ctx.now().toISOString().slice(0, 10))),
});
