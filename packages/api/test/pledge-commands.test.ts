import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { count } from "drizzle-orm";
import { pledgeEvents, pledges, tokens, users } from "@solidaria/db";
import { type DomainError, type Result } from "../src/errors.js";
import { createPledge } from "../src/ledger/create-pledge.js";
import { pledgeHistory } from "../src/ledger/event-log.js";
import { verifyFundingTotals } from "../src/ledger/funding-totals.js";
import { decodePledge, type PledgeRow } from "../src/ledger/pledge-codec.js";
import { rebuildProjection } from "../src/ledger/rebuild-projection.js";
import { transitionPledge } from "../src/ledger/transition-pledge.js";
import { PledgeCreate, PledgeTransition } from "../src/validators.js";
import { ledgerFixture, type LedgerFixture } from "./ledger-fixture.js";

/**
 * The ledger's commands on a real SQLite file, without any transport: what they write, and the
 * refusals they return, each with a kind and the field to change.
 */
let ledger: LedgerFixture;
beforeEach(() => {
  ledger = ledgerFixture();
});
afterEach(() => ledger.close());

const now = new Date("2020-06-01T12:00:00Z");
let keys = 0;

type FundingCreate = Extract<PledgeCreate, { kind: "funding" }>;

const funding = (change: Record<string, unknown> = {}): FundingCreate => {
  const input = PledgeCreate.parse({
    kind: "funding",
    idempotencyKey: `key-${(keys += 1)}-funding`,
    programme: "training",
    year: 2020,
    amount: "100.00",
    currency: "USD",
    ...change,
  });
  if (input.kind !== "funding") throw new Error("expected a funding pledge");
  return input;
};

const places = (change: Record<string, unknown> = {}) =>
  PledgeCreate.parse({
    kind: "places",
    idempotencyKey: `key-${(keys += 1)}-places`,
    programme: "solidarity-resettlement",
    year: 2020,
    places: 10,
    resettlementCountry: "BR",
    hostCountry: "PE",
    category: "medical-needs",
    ...change,
  });

function value(result: Result<PledgeRow>): PledgeRow {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind} ${result.error.describe()}`);
  return result.value;
}

function refusal(result: Result<unknown>): Pick<DomainError, "kind" | "field" | "message"> {
  if (result.ok) throw new Error("expected a refusal");
  const { kind, field, message } = result.error;
  return { kind, field, message };
}

const rows = () => ({
  pledges: ledger.db.select({ n: count() }).from(pledges).get()?.n,
  events: ledger.db.select({ n: count() }).from(pledgeEvents).get()?.n,
});

function move(
  row: PledgeRow,
  action: string,
  change: Record<string, unknown> = {},
  who = ledger.actor("gov-br", "state"),
) {
  return transitionPledge(
    ledger.db,
    who,
    PledgeTransition.parse({ id: row.id, expectedVersion: row.version, action, reason: `${action} step`, ...change }),
    now,
  );
}

describe("createPledge", () => {
  it("writes the pledge, its first event and the appeal's totals together", () => {
    const row = value(
      createPledge(
        ledger.db,
        ledger.actor("donor-eu", "donor"),
        funding({ appealId: "appeal", amount: "250.50" }),
        now,
      ),
    );
    expect(decodePledge(row)).toMatchObject({
      kind: "funding",
      organisationId: "donor-eu",
      state: { status: "pledged", pledgedMinor: 25_050 },
    });
    expect(rows()).toEqual({ pledges: 1, events: 1 });
    expect(verifyFundingTotals(ledger.db)).toEqual([]);
    expect(rebuildProjection(ledger.db)).toEqual([]);
  });

  it("returns the same pledge for a repeated key, and refuses the key for different content", () => {
    const input = funding();
    const first = value(createPledge(ledger.db, ledger.actor("donor-eu", "donor"), input, now));
    expect(value(createPledge(ledger.db, ledger.actor("donor-eu", "donor"), input, now)).id).toBe(first.id);
    const different = { ...input, money: { ...input.money, minor: 1 } };
    expect(refusal(createPledge(ledger.db, ledger.actor("donor-eu", "donor"), different, now))).toMatchObject({
      kind: "conflict",
      field: "idempotencyKey",
    });
  });

  it("a state pledges places only in its own name, and writes nothing otherwise", () => {
    const refused = refusal(
      createPledge(ledger.db, ledger.actor("gov-br", "state"), places({ resettlementCountry: "MX" }), now),
    );
    expect(refused).toMatchObject({ kind: "forbidden", field: "resettlementCountry" });
    expect(refused.message).toMatch(/as BR, not MX/);
    expect(rows()).toEqual({ pledges: 0, events: 0 });
    value(createPledge(ledger.db, ledger.actor("gov-br", "state"), places(), now));
  });

  it("refuses what the access policy refuses, naming the field", () => {
    expect(refusal(createPledge(ledger.db, ledger.actor("donor-eu", "donor"), places(), now))).toMatchObject({
      kind: "forbidden",
      field: null,
    });
    expect(
      refusal(createPledge(ledger.db, ledger.actor("gov-br", "state"), funding({ organisationId: "gov-cl" }), now)),
    ).toMatchObject({ kind: "forbidden", field: "organisationId" });
    expect(refusal(createPledge(ledger.db, ledger.actor("secretariat", "coordinator"), funding(), now))).toMatchObject({
      kind: "invalid",
      field: "organisationId",
    });
    expect(
      refusal(
        createPledge(ledger.db, ledger.actor("secretariat", "coordinator"), funding({ organisationId: "nobody" }), now),
      ),
    ).toMatchObject({ kind: "invalid", field: "organisationId" });
    expect(refusal(createPledge(ledger.db, ledger.actor("observer", "viewer"), funding(), now))).toMatchObject({
      kind: "forbidden",
    });
    expect(rows()).toEqual({ pledges: 0, events: 0 });
  });

  it("bounds one organisation's pledges to an appeal by what the appeal requires (USD 1,000 here)", () => {
    const us = ledger.actor("donor-us", "donor");
    expect(refusal(createPledge(ledger.db, us, funding({ appealId: "appeal", amount: "1000.01" }), now))).toMatchObject(
      {
        kind: "invalid",
        field: "amount",
      },
    );
    const first = value(createPledge(ledger.db, us, funding({ appealId: "appeal", amount: "700" }), now));
    const beyond = refusal(createPledge(ledger.db, us, funding({ appealId: "appeal", amount: "300.01" }), now));
    expect(beyond).toMatchObject({ kind: "invalid", field: "amount" });
    expect(beyond.message).toMatch(/USD 1000\.01, more than the appeal requires in all \(USD 1000\.00\)/);
    // Another organisation still may; cancelling frees what was not paid; paying is never refused.
    value(
      createPledge(ledger.db, ledger.actor("donor-eu", "donor"), funding({ appealId: "appeal", amount: "900" }), now),
    );
    const committed = value(move(first, "commit", { amount: "700" }, us));
    const paid = value(move(committed, "pay", { amount: "200" }, us));
    value(move(paid, "cancel", {}, us));
    value(createPledge(ledger.db, us, funding({ appealId: "appeal", amount: "800" }), now));
    expect(refusal(createPledge(ledger.db, us, funding({ appealId: "appeal", amount: "0.01" }), now)).field).toBe(
      "amount",
    );
    expect(verifyFundingTotals(ledger.db)).toEqual([]);
  });
});

describe("transitionPledge", () => {
  it("keeps the people who moved when a places pledge is cancelled; those in transit still arrive", () => {
    let row = value(createPledge(ledger.db, ledger.actor("gov-br", "state"), places(), now));
    for (const [action, count] of [
      ["confirm", 6],
      ["allocate", 6],
      ["depart", 4],
      ["arrive", 3],
    ] as const) {
      row = value(move(row, action, { places: count }));
    }
    row = value(move(row, "cancel"));
    expect(decodePledge(row).state).toEqual({
      kind: "places",
      status: "cancelled",
      pledged: 4,
      confirmed: 4,
      allocated: 4,
      departed: 4,
      arrived: 3,
    });
    row = value(move(row, "arrive", { places: 1 }));
    expect(refusal(move(row, "confirm", { places: 1 }))).toMatchObject({ kind: "invalid", field: "action" });
    expect(rebuildProjection(ledger.db)).toEqual([]);
  });

  it("refuses a stale version, another organisation's pledge, and steps beyond the stage before", () => {
    const row = value(createPledge(ledger.db, ledger.actor("gov-br", "state"), places(), now));
    const moved = value(move(row, "confirm", { places: 2 }));
    expect(refusal(move(row, "confirm", { places: 1 }))).toMatchObject({ kind: "conflict", field: "expectedVersion" });
    expect(refusal(move(moved, "confirm", { places: 1 }, ledger.actor("gov-cl", "state")))).toMatchObject({
      kind: "forbidden",
      field: "organisationId",
    });
    expect(refusal(move(moved, "allocate", { places: 3 }))).toMatchObject({ kind: "invalid", field: "places" });
    expect(refusal(move(moved, "allocate", { amount: "3" }))).toMatchObject({ kind: "invalid", field: "amount" });
    expect(
      refusal(
        transitionPledge(
          ledger.db,
          ledger.actor("gov-br", "state"),
          PledgeTransition.parse({ id: "missing", expectedVersion: 1, action: "cancel", reason: "gone" }),
          now,
        ),
      ),
    ).toMatchObject({ kind: "not-found", field: "id" });
    expect(rows()).toEqual({ pledges: 1, events: 2 });
  });

  it("parses a step's amount in the pledge's own currency, once", () => {
    const jpy = value(
      createPledge(
        ledger.db,
        ledger.actor("donor-eu", "donor"),
        funding({
          amount: "1000",
          currency: "JPY",
          usdRate: { usdPerUnit: "0.0092", date: "2020-01-01", source: "t1" },
        }),
        now,
      ),
    );
    expect(refusal(move(jpy, "commit", { amount: "1.5" }, ledger.actor("donor-eu", "donor")))).toMatchObject({
      kind: "invalid",
      field: "amount",
      message: 'JPY has no decimal places, got "1.5"',
    });
  });
});

describe("pledgeHistory", () => {
  it("names the organisation and the token's label, and the token id only to its owner and coordinators", () => {
    ledger.db
      .insert(tokens)
      .values({ id: "token-eu", organisationId: "donor-eu", role: "donor", label: "EU desk", secretHash: "h" })
      .run();
    const row = value(createPledge(ledger.db, ledger.actor("donor-eu", "donor", "token-eu"), funding(), now));
    const by = (reader: ReturnType<LedgerFixture["actor"]>) => pledgeHistory(ledger.db, row.id, reader)[0]?.by;
    expect(by(ledger.actor("observer", "viewer"))).toEqual({
      organisationId: "donor-eu",
      organisationName: "European Union",
      label: "EU desk",
      tokenId: null,
      userId: null,
      userName: null,
    });
    expect(by(ledger.actor("donor-eu", "donor"))?.tokenId).toBe("token-eu");
    expect(by(ledger.actor("secretariat", "coordinator"))?.tokenId).toBe("token-eu");
  });

  it("names the person who acted through the dashboard", () => {
    ledger.db
      .insert(users)
      .values({
        id: "user-ana",
        email: "ana@example.org",
        displayName: "Ana Pérez",
        organisationId: "donor-eu",
        role: "donor",
      })
      .run();
    const actor = { ...ledger.actor("donor-eu", "donor"), user: { id: "user-ana" } };
    const row = value(createPledge(ledger.db, actor, funding(), now));
    expect(pledgeHistory(ledger.db, row.id, ledger.actor("observer", "viewer"))[0]?.by).toEqual({
      organisationId: "donor-eu",
      organisationName: "European Union",
      label: null,
      tokenId: null,
      userId: "user-ana",
      userName: "Ana Pérez",
    });
  });
});
