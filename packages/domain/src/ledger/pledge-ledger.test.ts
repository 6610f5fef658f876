import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { applyPledgeEvent, LedgerError, projectPledge, type PledgeEvent, type PledgeState } from "./pledge-ledger.js";

describe("funding pledges", () => {
  it("move pledged -> committed -> partially paid -> paid", () => {
    const events: PledgeEvent[] = [
      { type: "created", kind: "funding", currency: "USD", amountMinor: 100_000 },
      { type: "commit", amountMinor: 60_000 },
      { type: "pay", amountMinor: 20_000 },
    ];
    expect(projectPledge(events)).toMatchObject({
      status: "partially-paid",
      committedMinor: 60_000,
      paidMinor: 20_000,
    });
    expect(
      projectPledge([...events, { type: "commit", amountMinor: 40_000 }, { type: "pay", amountMinor: 80_000 }])?.status,
    ).toBe("paid");
  });

  it("never pay more than committed nor commit more than pledged", () => {
    const created = projectPledge([{ type: "created", kind: "funding", currency: "USD", amountMinor: 100 }]);
    expect(() => applyPledgeEvent(created, { type: "commit", amountMinor: 101 })).toThrow(/exceed the amount pledged/);
    expect(() => applyPledgeEvent(created, { type: "pay", amountMinor: 1 })).toThrow(/exceed the amount committed/);
  });

  it("amendments change the pledged total but never below the committed amount", () => {
    const state = projectPledge([
      { type: "created", kind: "funding", currency: "EUR", amountMinor: 100 },
      { type: "commit", amountMinor: 80 },
    ]);
    expect(applyPledgeEvent(state, { type: "amend", amountMinor: 150 })).toMatchObject({ pledgedMinor: 150 });
    expect(() => applyPledgeEvent(state, { type: "amend", amountMinor: 50 })).toThrow(LedgerError);
  });

  it("cancelled pledges accept nothing more", () => {
    const cancelled = projectPledge([
      { type: "created", kind: "funding", currency: "USD", amountMinor: 100 },
      { type: "cancel" },
    ]);
    expect(cancelled?.status).toBe("cancelled");
    expect(() => applyPledgeEvent(cancelled, { type: "commit", amountMinor: 1 })).toThrow(/cancelled/);
  });
});

describe("places pledges", () => {
  it("move pledged -> confirmed -> allocated -> departed -> arrived", () => {
    const state = projectPledge([
      { type: "created", kind: "places", places: 50 },
      { type: "confirm", places: 40 },
      { type: "allocate", places: 30 },
      { type: "depart", places: 20 },
      { type: "arrive", places: 10 },
    ]);
    expect(state).toEqual({
      kind: "places",
      status: "arrived",
      pledged: 50,
      confirmed: 40,
      allocated: 30,
      departed: 20,
      arrived: 10,
    });
  });

  it("cancelling withdraws only the places nobody has travelled on; people in transit can still arrive", () => {
    const cancelled = projectPledge([
      { type: "created", kind: "places", places: 10 },
      { type: "confirm", places: 8 },
      { type: "allocate", places: 6 },
      { type: "depart", places: 4 },
      { type: "arrive", places: 1 },
      { type: "cancel" },
    ]);
    expect(cancelled).toEqual({
      kind: "places",
      status: "cancelled",
      pledged: 4,
      confirmed: 4,
      allocated: 4,
      departed: 4,
      arrived: 1,
    });
    expect(applyPledgeEvent(cancelled, { type: "arrive", places: 3 })).toMatchObject({
      status: "cancelled",
      arrived: 4,
    });
    expect(() => applyPledgeEvent(cancelled, { type: "arrive", places: 4 })).toThrow(/exceed the departed/);
    expect(() => applyPledgeEvent(cancelled, { type: "amend", places: 10 })).toThrow(/cancelled/);
    expect(() => applyPledgeEvent(cancelled, { type: "depart", places: 1 })).toThrow(/cancelled/);
  });

  it("refuses actions of the other kind and stages beyond the one before", () => {
    const state = projectPledge([{ type: "created", kind: "places", places: 5 }]);
    expect(() => applyPledgeEvent(state, { type: "allocate", places: 1 })).toThrow(/exceed the confirmed/);
    expect(() => applyPledgeEvent(state, { type: "pay", amountMinor: 1 })).toThrow(/does not apply/);
    expect(() => applyPledgeEvent(state, { type: "confirm", places: 0 })).toThrow(/greater than zero/);
  });
});

describe("any sequence of events", () => {
  const action = fc.oneof(
    fc.record({
      type: fc.constantFrom("commit" as const, "pay" as const),
      amountMinor: fc.integer({ min: -5, max: 500 }),
    }),
    fc.record({
      type: fc.constantFrom("confirm" as const, "allocate" as const, "depart" as const, "arrive" as const),
      places: fc.integer({ min: -2, max: 60 }),
    }),
    fc.record({
      type: fc.constant("amend" as const),
      amountMinor: fc.integer({ min: 1, max: 900 }),
      places: fc.integer({ min: 1, max: 90 }),
    }),
    fc.constant({ type: "cancel" as const }),
  );

  it("keeps every stage within the one before, whatever is accepted or refused", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(action, { maxLength: 40 }), (funding, actions) => {
        let state: PledgeState = funding
          ? applyPledgeEvent(null, { type: "created", kind: "funding", currency: "USD", amountMinor: 400 })
          : applyPledgeEvent(null, { type: "created", kind: "places", places: 50 });
        const accepted: PledgeEvent[] = [];
        for (const event of actions) {
          try {
            state = applyPledgeEvent(state, event);
            accepted.push(event);
          } catch (error) {
            expect(error).toBeInstanceOf(LedgerError);
          }
          if (state.kind === "funding") {
            expect(state.paidMinor).toBeLessThanOrEqual(state.committedMinor);
            expect(state.committedMinor).toBeLessThanOrEqual(state.pledgedMinor);
          } else {
            expect(state.arrived).toBeLessThanOrEqual(state.departed);
            expect(state.departed).toBeLessThanOrEqual(state.allocated);
            expect(state.allocated).toBeLessThanOrEqual(state.confirmed);
            expect(state.confirmed).toBeLessThanOrEqual(state.pledged);
          }
        }
        const created: PledgeEvent = funding
          ? { type: "created", kind: "funding", currency: "USD", amountMinor: 400 }
          : { type: "created", kind: "places", places: 50 };
        expect(projectPledge([created, ...accepted])).toEqual(state);
      }),
      { numRuns: 2_000 },
    );
  });
});
