import { describe, expect, it } from "vitest";
import type { PledgeEvent } from "./pledge-ledger.js";
import { addStageTimes, averageStageDays, emptyStageTallies } from "./stage-times.js";

const day = (n: number) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString();
const on = (n: number, event: PledgeEvent) => ({ event, at: day(n) });

function stages(events: { event: PledgeEvent; at: string }[], today = 30) {
  const tallies = emptyStageTallies();
  addStageTimes(tallies, events, new Date(day(today)));
  return Object.fromEntries(averageStageDays(tallies).map(({ stage, ...rest }) => [stage, rest]));
}

describe("stage times of a places pledge", () => {
  it("match places first in, first out, and count those still waiting up to today", () => {
    const result = stages([
      on(0, { type: "created", kind: "places", places: 10 }),
      on(4, { type: "confirm", places: 6 }),
      on(10, { type: "confirm", places: 4 }),
      on(12, { type: "allocate", places: 5 }),
    ]);
    // 6 places waited 4 days and 4 waited 10: (6*4 + 4*10) / 10 = 6.4.
    expect(result.pledged).toEqual({
      movedOn: 10,
      averageDaysBeforeMovingOn: 6.4,
      waiting: 0,
      averageDaysWaiting: null,
    });
    // The 5 allocated are the 5 confirmed first (day 4): 8 days each. Waiting: 1 since day 4, 4 since day 10.
    expect(result.confirmed).toEqual({
      movedOn: 5,
      averageDaysBeforeMovingOn: 8,
      waiting: 5,
      averageDaysWaiting: 21.2,
    });
    expect(result.allocated).toEqual({
      movedOn: 0,
      averageDaysBeforeMovingOn: null,
      waiting: 5,
      averageDaysWaiting: 18,
    });
  });

  it("take places withdrawn by an amendment or a cancellation out without counting them as moved on", () => {
    const result = stages([
      on(0, { type: "created", kind: "places", places: 10 }),
      on(2, { type: "amend", places: 12 }),
      on(3, { type: "amend", places: 8 }),
      on(5, { type: "confirm", places: 4 }),
      on(6, { type: "allocate", places: 4 }),
      on(7, { type: "depart", places: 2 }),
      on(9, { type: "cancel" }),
      on(11, { type: "arrive", places: 2 }),
    ]);
    expect(result.pledged).toMatchObject({ movedOn: 4, averageDaysBeforeMovingOn: 5, waiting: 0 });
    expect(result.allocated).toMatchObject({ movedOn: 2, averageDaysBeforeMovingOn: 1, waiting: 0 });
    // The two who departed arrived after 4 days; nobody else is left in the pipeline.
    expect(result.departed).toEqual({ movedOn: 2, averageDaysBeforeMovingOn: 4, waiting: 0, averageDaysWaiting: null });
    expect(result.confirmed).toMatchObject({ waiting: 0 });
  });

  it("ignore funding pledges and add up over several pledges", () => {
    const tallies = emptyStageTallies();
    const today = new Date(day(20));
    addStageTimes(tallies, [on(0, { type: "created", kind: "funding", currency: "USD", amountMinor: 100 })], today);
    addStageTimes(
      tallies,
      [on(0, { type: "created", kind: "places", places: 1 }), on(2, { type: "confirm", places: 1 })],
      today,
    );
    addStageTimes(
      tallies,
      [on(0, { type: "created", kind: "places", places: 1 }), on(6, { type: "confirm", places: 1 })],
      today,
    );
    expect(averageStageDays(tallies)[0]).toEqual({
      stage: "pledged",
      movedOn: 2,
      averageDaysBeforeMovingOn: 4,
      waiting: 0,
      averageDaysWaiting: null,
    });
  });
});
