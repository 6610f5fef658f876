import { and, asc, eq } from "drizzle-orm";
import {
  addStageTimes,
  averageStageDays,
  emptyStageTallies,
  type PledgeEvent,
  type StageTallies,
} from "@solidaria/domain";
import { pledgeEvents, pledges, type LedgerDatabase } from "@solidaria/db";

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
    .prepare<unknown[], [string, string | null, string | null, string | null, string, string]>(query.sql)
    .raw()
    .iterate(...query.params);

  const groups = new Map<
    string,
    { resettlementCountry: string; hostCountry: string; category: string; tallies: StageTallies }
  >();
  let pledgeId: string | null = null;
  let events: { event: PledgeEvent; at: string }[] = [];
  let tallies: StageTallies | null = null;
  const flush = () => {
    if (tallies !== null) addStageTimes(tallies, events, today);
    events = [];
  };
  for (const [rowPledgeId, resettlementCountry, hostCountry, category, data, at] of rows) {
    if (rowPledgeId !== pledgeId) {
      flush();
      pledgeId = rowPledgeId;
      if (resettlementCountry === null || hostCountry === null || category === null)
        throw new Error("a places pledge without its resettlement country, host country or category");
      const key = `${resettlementCountry}|${hostCountry}|${category}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { resettlementCountry, hostCountry, category, tallies: emptyStageTallies() };
        groups.set(key, group);
      }
      tallies = group.tallies;
    }
    events.push({ event: JSON.parse(data) as PledgeEvent, at });
  }
  flush();
  return {
    asOf: today.toISOString(),
    method: "first-in-first-out" as const,
    groups: [...groups.values()]
      .sort(
        (a, b) =>
          a.resettlementCountry.localeCompare(b.resettlementCountry) ||
          a.hostCountry.localeCompare(b.hostCountry) ||
          a.category.localeCompare(b.category),
      )
      .map(({ tallies: groupTallies, ...group }) => ({ ...group, stages: averageStageDays(groupTallies) })),
  };
}
