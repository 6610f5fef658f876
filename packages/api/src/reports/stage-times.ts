import { and, asc, eq } from "drizzle-orm";
import { pledgeEvents, pledges, type LedgerDatabase } from "@solidaria/db";
import { stageTimesTally, type StageTimesRow } from "./stage-times-figures.js";

/**
 * Days places spend at each stage of the pipeline, per resettlement country, host country and
 * submission category (the groups of `report.places`), matched first in, first out (the ledger counts
 * places, it does not name them). Read from the event log, one places pledge after the other.
 */
export function stageTimesReport(db: LedgerDatabase, filter: { appealId?: string; year?: number }, today: Date) {
  const query = db
    .select({
      pledgeId: pledges.id,
      resettlementCountry: pledges.resettlementCountry,
      hostCountry: pledges.hostCountry,
      category: pledges.category,
      data: pledgeEvents.data,
      at: pledgeEvents.at,
    })
    .from(pledgeEvents)
    .innerJoin(pledges, eq(pledges.id, pledgeEvents.pledgeId))
    .where(
      and(
        eq(pledges.kind, "places"),
        filter.appealId ? eq(pledges.appealId, filter.appealId) : undefined,
        filter.year ? eq(pledges.year, filter.year) : undefined,
      ),
    )
    .orderBy(asc(pledgeEvents.pledgeId), asc(pledgeEvents.version))
    .toSQL();
  // Row by row (a large log does not fit in memory as objects), as arrays in the order selected.
  const rows = db.$client
    .prepare<unknown[], StageTimesRow>(query.sql)
    .raw()
    .iterate(...query.params);

  const tally = stageTimesTally(today);
  for (const row of rows) tally.add(row);
  return tally.result();
}
