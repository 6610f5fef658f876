import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type DomainError, type Result } from "../src/errors.js";
import { decodePledge, type PledgeRow } from "../src/ledger/pledge-codec.js";
import { PledgeCreate, PledgeListInput, PledgeTransition } from "../src/validators.js";
import { LEDGERS, type AnyLedger } from "./ledger-fixture.js";

/**
 * The ledger's commands on a real database, without any transport: what they write, and the
 * refusals they return, each with a kind and the field to change. The same cases run on SQLite and
 * on PostgreSQL, whose twins must answer alike.
 */
describe.each(LEDGERS)("on %s", (_dialect, open) => {
  let ledger: AnyLedger;
  beforeEach(async () => {
    ledger = await open();
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

  async function value(pending: Promise<Result<PledgeRow>>): Promise<PledgeRow> {
    const result = await pending;
    if (!result.ok) throw new Error(`expected success, got ${result.error.kind} ${result.error.describe()}`);
    return result.value;
  }

  async function refusal(pending: Promise<Result<unknown>>): Promise<Pick<DomainError, "kind" | "field" | "message">> {
    const result = await pending;
    if (result.ok) throw new Error("expected a refusal");
    const { kind, field, message } = result.error;
    return { kind, field, message };
  }

  const rows = () => ledger.counts();

  function move(
    row: PledgeRow,
    action: string,
    change: Record<string, unknown> = {},
    who = ledger.actor("gov-br", "state"),
  ) {
    return ledger.transitionPledge(
      who,
      PledgeTransition.parse({ id: row.id, expectedVersion: row.version, action, reason: `${action} step`, ...change }),
      now,
    );
  }

  describe("createPledge", () => {
    it("writes the pledge, its first event and the appeal's totals together", async () => {
      const row = await value(
        ledger.createPledge(ledger.actor("donor-eu", "donor"), funding({ appealId: "appeal", amount: "250.50" }), now),
      );
      expect(decodePledge(row)).toMatchObject({
        kind: "funding",
        organisationId: "donor-eu",
        state: { status: "pledged", pledgedMinor: 25_050 },
      });
      expect(await rows()).toEqual({ pledges: 1, events: 1 });
      expect(await ledger.verifyFundingTotals()).toEqual([]);
      expect(await ledger.rebuildProjection()).toEqual([]);
    });

    it("returns the same pledge for a repeated key, and refuses the key for different content", async () => {
      const input = funding();
      const first = await value(ledger.createPledge(ledger.actor("donor-eu", "donor"), input, now));
      expect((await value(ledger.createPledge(ledger.actor("donor-eu", "donor"), input, now))).id).toBe(first.id);
      const different = { ...input, money: { ...input.money, minor: 1 } };
      expect(await refusal(ledger.createPledge(ledger.actor("donor-eu", "donor"), different, now))).toMatchObject({
        kind: "conflict",
        field: "idempotencyKey",
      });
    });

    it("a state pledges places only in its own name, and writes nothing otherwise", async () => {
      const refused = await refusal(
        ledger.createPledge(ledger.actor("gov-br", "state"), places({ resettlementCountry: "MX" }), now),
      );
      expect(refused).toMatchObject({ kind: "forbidden", field: "resettlementCountry" });
      expect(refused.message).toMatch(/as BR, not MX/);
      expect(await rows()).toEqual({ pledges: 0, events: 0 });
      await value(ledger.createPledge(ledger.actor("gov-br", "state"), places(), now));
    });

    it("refuses what the access policy refuses, naming the field", async () => {
      expect(await refusal(ledger.createPledge(ledger.actor("donor-eu", "donor"), places(), now))).toMatchObject({
        kind: "forbidden",
        field: null,
      });
      expect(
        await refusal(ledger.createPledge(ledger.actor("gov-br", "state"), funding({ organisationId: "gov-cl" }), now)),
      ).toMatchObject({ kind: "forbidden", field: "organisationId" });
      expect(
        await refusal(ledger.createPledge(ledger.actor("secretariat", "coordinator"), funding(), now)),
      ).toMatchObject({
        kind: "invalid",
        field: "organisationId",
      });
      expect(
        await refusal(
          ledger.createPledge(ledger.actor("secretariat", "coordinator"), funding({ organisationId: "nobody" }), now),
        ),
      ).toMatchObject({ kind: "invalid", field: "organisationId" });
      expect(await refusal(ledger.createPledge(ledger.actor("observer", "viewer"), funding(), now))).toMatchObject({
        kind: "forbidden",
      });
      expect(await rows()).toEqual({ pledges: 0, events: 0 });
    });

    it("bounds one organisation's pledges to an appeal by what the appeal requires (USD 1,000 here)", async () => {
      const us = ledger.actor("donor-us", "donor");
      expect(
        await refusal(ledger.createPledge(us, funding({ appealId: "appeal", amount: "1000.01" }), now)),
      ).toMatchObject({
        kind: "invalid",
        field: "amount",
      });
      const first = await value(ledger.createPledge(us, funding({ appealId: "appeal", amount: "700" }), now));
      const beyond = await refusal(ledger.createPledge(us, funding({ appealId: "appeal", amount: "300.01" }), now));
      expect(beyond).toMatchObject({ kind: "invalid", field: "amount" });
      expect(beyond.message).toMatch(/USD 1000\.01, more than the appeal requires in all \(USD 1000\.00\)/);
      // Another organisation still may; cancelling frees what was not paid; paying is never refused.
      await value(
        ledger.createPledge(ledger.actor("donor-eu", "donor"), funding({ appealId: "appeal", amount: "900" }), now),
      );
      const committed = await value(move(first, "commit", { amount: "700" }, us));
      const paid = await value(move(committed, "pay", { amount: "200" }, us));
      await value(move(paid, "cancel", {}, us));
      await value(ledger.createPledge(us, funding({ appealId: "appeal", amount: "800" }), now));
      expect((await refusal(ledger.createPledge(us, funding({ appealId: "appeal", amount: "0.01" }), now))).field).toBe(
        "amount",
      );
      expect(await ledger.verifyFundingTotals()).toEqual([]);
    });
  });

  describe("transitionPledge", () => {
    it("keeps the people who moved when a places pledge is cancelled; those in transit still arrive", async () => {
      let row = await value(ledger.createPledge(ledger.actor("gov-br", "state"), places(), now));
      for (const [action, count] of [
        ["confirm", 6],
        ["allocate", 6],
        ["depart", 4],
        ["arrive", 3],
      ] as const) {
        row = await value(move(row, action, { places: count }));
      }
      row = await value(move(row, "cancel"));
      expect(decodePledge(row).state).toEqual({
        kind: "places",
        status: "cancelled",
        pledged: 4,
        confirmed: 4,
        allocated: 4,
        departed: 4,
        arrived: 3,
      });
      row = await value(move(row, "arrive", { places: 1 }));
      expect(await refusal(move(row, "confirm", { places: 1 }))).toMatchObject({ kind: "invalid", field: "action" });
      expect(await ledger.rebuildProjection()).toEqual([]);
    });

    it("refuses a stale version, another organisation's pledge, and steps beyond the stage before", async () => {
      const row = await value(ledger.createPledge(ledger.actor("gov-br", "state"), places(), now));
      const moved = await value(move(row, "confirm", { places: 2 }));
      expect(await refusal(move(row, "confirm", { places: 1 }))).toMatchObject({
        kind: "conflict",
        field: "expectedVersion",
      });
      expect(await refusal(move(moved, "confirm", { places: 1 }, ledger.actor("gov-cl", "state")))).toMatchObject({
        kind: "forbidden",
        field: "organisationId",
      });
      expect(await refusal(move(moved, "allocate", { places: 3 }))).toMatchObject({ kind: "invalid", field: "places" });
      expect(await refusal(move(moved, "allocate", { amount: "3" }))).toMatchObject({
        kind: "invalid",
        field: "amount",
      });
      expect(
        await refusal(
          ledger.transitionPledge(
            ledger.actor("gov-br", "state"),
            PledgeTransition.parse({ id: "missing", expectedVersion: 1, action: "cancel", reason: "gone" }),
            now,
          ),
        ),
      ).toMatchObject({ kind: "not-found", field: "id" });
      expect(await rows()).toEqual({ pledges: 1, events: 2 });
    });

    it("parses a step's amount in the pledge's own currency, once", async () => {
      const jpy = await value(
        ledger.createPledge(
          ledger.actor("donor-eu", "donor"),
          funding({
            amount: "1000",
            currency: "JPY",
            usdRate: { usdPerUnit: "0.0092", date: "2020-01-01", source: "t1" },
          }),
          now,
        ),
      );
      expect(await refusal(move(jpy, "commit", { amount: "1.5" }, ledger.actor("donor-eu", "donor")))).toMatchObject({
        kind: "invalid",
        field: "amount",
        message: 'JPY has no decimal places, got "1.5"',
      });
    });
  });

  describe("pledgeById and listPledges", () => {
    it("read back what was written, page by page in (createdAt, id) order, with the filters", async () => {
      const made: PledgeRow[] = [];
      for (const [i, at] of ["2020-06-01T12:00:00Z", "2020-06-01T12:00:00Z", "2020-06-02T08:00:00Z"].entries()) {
        made.push(
          await value(ledger.createPledge(ledger.actor("gov-br", "state"), places({ places: i + 1 }), new Date(at))),
        );
        made.push(
          await value(
            ledger.createPledge(ledger.actor("donor-eu", "donor"), funding({ appealId: "appeal" }), new Date(at)),
          ),
        );
      }
      expect(await ledger.pledgeById(made[0]?.id ?? "")).toEqual(made[0]);
      expect(await ledger.pledgeById("missing")).toBeUndefined();
      const expected = [...made].sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? -1 : 1,
      );
      const seen: PledgeRow[] = [];
      let cursor: string | undefined;
      for (;;) {
        const page = await ledger.listPledges(PledgeListInput.parse({ limit: 4, ...(cursor ? { cursor } : {}) }));
        seen.push(...page.rows);
        if (page.nextCursor === null) break;
        cursor = page.nextCursor;
      }
      expect(seen).toEqual(expected);
      const brazil = await ledger.listPledges(PledgeListInput.parse({ country: "BR", limit: 10 }));
      expect(brazil.rows.map((row) => row.kind)).toEqual(["places", "places", "places"]);
      expect(
        await refusal(
          ledger.listPledges(PledgeListInput.parse({ cursor: "nonsense", limit: 10 })).then(
            () => ({ ok: true as const, value: null }),
            (error: DomainError) => ({ ok: false as const, error }),
          ),
        ),
      ).toMatchObject({ kind: "invalid", field: "cursor" });
    });
  });

  describe("pledgeHistory", () => {
    it("names the organisation and the token's label, and the token id only to its owner and coordinators", async () => {
      await ledger.addToken({
        id: "token-eu",
        organisationId: "donor-eu",
        role: "donor",
        label: "EU desk",
        secretHash: "h",
      });
      const row = await value(ledger.createPledge(ledger.actor("donor-eu", "donor", "token-eu"), funding(), now));
      const by = async (reader: ReturnType<AnyLedger["actor"]>) => (await ledger.pledgeHistory(row.id, reader))[0]?.by;
      expect(await by(ledger.actor("observer", "viewer"))).toEqual({
        organisationId: "donor-eu",
        organisationName: "European Union",
        label: "EU desk",
        tokenId: null,
        userId: null,
        userName: null,
      });
      expect((await by(ledger.actor("donor-eu", "donor")))?.tokenId).toBe("token-eu");
      expect((await by(ledger.actor("secretariat", "coordinator")))?.tokenId).toBe("token-eu");
    });

    it("names the person who acted through the dashboard", async () => {
      await ledger.addUser({
        id: "user-ana",
        email: "ana@example.org",
        displayName: "Ana Pérez",
        organisationId: "donor-eu",
        role: "donor",
      });
      const actor = { ...ledger.actor("donor-eu", "donor"), user: { id: "user-ana" } };
      const row = await value(ledger.createPledge(actor, funding(), now));
      expect((await ledger.pledgeHistory(row.id, ledger.actor("observer", "viewer")))[0]?.by).toEqual({
        organisationId: "donor-eu",
        organisationName: "European Union",
        label: null,
        tokenId: null,
        userId: "user-ana",
        userName: "Ana Pérez",
      });
    });
  });
});
