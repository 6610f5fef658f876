import {
  addStageTimes,
  averageStageDays,
  emptyStageTallies,
  type PledgeEvent,
  type StageTallies,
} from "@solidaria/domain";

/** One event of a places pledge, with the pledge's group: a row of the stage-times query. */
export type StageTimesRow = readonly [
  pledgeId: string,
  resettlementCountry: string | null,
  hostCountry: string | null,
  category: string | null,
  data: string,
  at: string,
];

/**
 * Tallies the stage-times report from the event log read in order of pledge and version (every
 * event of a pledge one after the other), a row at a time: `add` each row, then `result`.
 */
export function stageTimesTally(today: Date) {
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
  return {
    add([rowPledgeId, resettlementCountry, hostCountry, category, data, at]: StageTimesRow): void {
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
    },
    result() {
      flush();
      tallies = null;
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
    },
  };
}
