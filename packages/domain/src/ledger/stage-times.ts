import type { PledgeEvent } from "./pledge-ledger.js";

/**
 * How long resettlement places spend at each stage of the pipeline (pledged → confirmed → allocated
 * → departed → arrived), from a places pledge's events and their times.
 *
 * The ledger records how many places moved on and when, not which ones, so places are matched first
 * in, first out: the first places confirmed are taken to be the first pledged, and so on. The figures
 * say so wherever they are shown. Places withdrawn (an amendment down, a cancellation) leave the
 * pipeline without being counted as having moved on.
 */

export const PIPELINE_STAGES = ["pledged", "confirmed", "allocated", "departed"] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

const NEXT_STAGE_EVENT = { confirm: 0, allocate: 1, depart: 2, arrive: 3 } as const;
const DAY_MS = 86_400_000;

/** Sums for one stage, over one pledge or many (they add up). */
export interface StageTally {
  /** Places that moved on to the next stage, and the days they had spent at this one, summed. */
  movedOn: number;
  daysBeforeMovingOn: number;
  /** Places still at this stage (not withdrawn), and the days they have spent there so far, summed. */
  waiting: number;
  daysWaiting: number;
}

export type StageTallies = Record<PipelineStage, StageTally>;

export function emptyStageTallies(): StageTallies {
  return Object.fromEntries(
    PIPELINE_STAGES.map((stage) => [stage, { movedOn: 0, daysBeforeMovingOn: 0, waiting: 0, daysWaiting: 0 }]),
  ) as StageTallies;
}

interface Batch {
  enteredAt: number;
  places: number;
}

function takeFirst(queue: Batch[], places: number, visit: (batch: Batch, taken: number) => void): void {
  let left = places;
  while (left > 0) {
    const first = queue[0];
    // The ledger refused any move beyond the stage before, so a well-formed log never runs short.
    if (first === undefined) throw new RangeError("more places moved on than were at the stage");
    const taken = Math.min(left, first.places);
    visit(first, taken);
    first.places -= taken;
    left -= taken;
    if (first.places === 0) queue.shift();
  }
}

function takeLast(queue: Batch[], places: number): void {
  let left = places;
  while (left > 0) {
    const last = queue.at(-1);
    if (last === undefined) throw new RangeError("more places withdrawn than were at the stage");
    const taken = Math.min(left, last.places);
    last.places -= taken;
    left -= taken;
    if (last.places === 0) queue.pop();
  }
}

/**
 * Adds one places pledge's stage times to `into`, as of `today` (an instant: waiting places are
 * counted up to it). `events` are the pledge's events in order, each with its ISO time.
 */
export function addStageTimes(
  into: StageTallies,
  events: readonly { readonly event: PledgeEvent; readonly at: string }[],
  today: Date,
): void {
  const queues: Batch[][] = [[], [], [], []];
  let pledged = 0;
  for (const { event, at } of events) {
    const time = Date.parse(at);
    switch (event.type) {
      case "created":
        if (event.kind !== "places") return;
        pledged = event.places;
        queues[0]?.push({ enteredAt: time, places: event.places });
        break;
      case "amend":
        if (event.places === undefined) break;
        // More places join the pipeline now; fewer withdraws the latest of those not yet confirmed.
        if (event.places > pledged) queues[0]?.push({ enteredAt: time, places: event.places - pledged });
        else takeLast(queues[0] ?? [], pledged - event.places);
        pledged = event.places;
        break;
      case "confirm":
      case "allocate":
      case "depart":
      case "arrive": {
        const stage = NEXT_STAGE_EVENT[event.type];
        const tally = into[PIPELINE_STAGES[stage]];
        takeFirst(queues[stage] ?? [], event.places, (batch, taken) => {
          tally.movedOn += taken;
          tally.daysBeforeMovingOn += (taken * (time - batch.enteredAt)) / DAY_MS;
        });
        if (stage < 3) queues[stage + 1]?.push({ enteredAt: time, places: event.places });
        break;
      }
      case "cancel":
        // Places nobody has travelled on are withdrawn; those who departed can still arrive.
        for (const stage of [0, 1, 2]) queues[stage] = [];
        break;
      default:
        break;
    }
  }
  const now = today.getTime();
  queues.forEach((queue, stage) => {
    const tally = into[PIPELINE_STAGES[stage] as PipelineStage];
    for (const batch of queue) {
      tally.waiting += batch.places;
      tally.daysWaiting += (batch.places * Math.max(0, now - batch.enteredAt)) / DAY_MS;
    }
  });
}

/** Average days per stage from tallies: null where no place has moved on (or none waits). */
export function averageStageDays(tallies: StageTallies) {
  return PIPELINE_STAGES.map((stage) => {
    const tally = tallies[stage];
    const round = (days: number) => Math.round(days * 10) / 10;
    return {
      stage,
      movedOn: tally.movedOn,
      averageDaysBeforeMovingOn: tally.movedOn > 0 ? round(tally.daysBeforeMovingOn / tally.movedOn) : null,
      waiting: tally.waiting,
      averageDaysWaiting: tally.waiting > 0 ? round(tally.daysWaiting / tally.waiting) : null,
    };
  });
}
