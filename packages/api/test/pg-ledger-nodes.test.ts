import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { count, eq, sql } from "drizzle-orm";
import {
  closePgDatabase,
  fundingTotals,
  openPgDatabase,
  pledgeEvents,
  pledges,
  type PgLedgerDatabase,
} from "@solidaria/db/pg";
import type { Result } from "../src/errors.js";
import type { PledgeRow } from "../src/ledger/pledge-codec.js";
import {
  createPledge,
  rebuildFundingTotals,
  rebuildProjection,
  transitionPledge,
  verifyFundingTotals,
} from "../src/pg/ledger/index.js";
import { PledgeCreate, PledgeTransition } from "../src/validators.js";
import { pgLedgerFixture } from "./ledger-fixture.js";

/**
 * The ledger's guarantees when several server nodes share one PostgreSQL: each "node" here is a pool
 * of its own on the same database, as separate server processes have, and the requests are sent to
 * both at once.
 */
let fixture: Awaited<ReturnType<typeof pgLedgerFixture>>;
let nodes: PgLedgerDatabase[];
beforeEach(async () => {
  fixture = await pgLedgerFixture();
  nodes = [
    await openPgDatabase(fixture.url, { migrate: false, max: 8 }),
    await openPgDatabase(fixture.url, { migrate: false, max: 8 }),
  ];
});
afterEach(async () => {
  await Promise.all(nodes.map((node) => closePgDatabase(node)));
  await fixture.close();
});

const now = new Date("2020-06-01T12:00:00Z");
/** The node that takes the i-th request: alternately one and the other. */
const nodeFor = (i: number) => nodes[i % nodes.length] as PgLedgerDatabase;

const funding = (change: Record<string, unknown> = {}) =>
  PledgeCreate.parse({
    kind: "funding",
    idempotencyKey: "the-one-key",
    programme: "training",
    year: 2020,
    amount: "100.00",
    currency: "USD",
    ...change,
  });

const places = (change: Record<string, unknown> = {}) =>
  PledgeCreate.parse({
    kind: "places",
    idempotencyKey: "the-one-key",
    programme: "solidarity-resettlement",
    year: 2020,
    places: 10,
    resettlementCountry: "BR",
    hostCountry: "PE",
    category: "medical-needs",
    ...change,
  });

function succeeded(results: Result<PledgeRow>[]): PledgeRow[] {
  return results.flatMap((result) => (result.ok ? [result.value] : []));
}

const counts = async () => ({
  pledges: (await fixture.db.select({ n: count() }).from(pledges))[0]?.n,
  events: (await fixture.db.select({ n: count() }).from(pledgeEvents))[0]?.n,
});

describe("across server nodes on one PostgreSQL", () => {
  it.each([
    ["a funding pledge to an appeal", "donor-eu", "donor", funding({ appealId: "appeal" })],
    ["a places pledge (no appeal lock: only the unique index)", "gov-br", "state", places()],
  ] as const)(
    "makes exactly one pledge of 20 concurrent creates with one key: %s",
    async (_case, organisation, role, input) => {
      const actor = fixture.actor(organisation, role);
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) => createPledge(nodeFor(i), actor, input, now)),
      );
      const rows = succeeded(results);
      expect(rows).toHaveLength(20);
      expect(new Set(rows.map((row) => row.id)).size).toBe(1);
      expect(await counts()).toEqual({ pledges: 1, events: 1 });
      expect(await verifyFundingTotals(fixture.db)).toEqual([]);
      expect(await rebuildProjection(fixture.db)).toEqual([]);
    },
  );

  it("gives one key to one content: concurrent creates that differ get the conflict SQLite gives", async () => {
    const actor = fixture.actor("gov-br", "state");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createPledge(nodeFor(i), actor, places({ places: i % 2 === 0 ? 10 : 11 }), now),
      ),
    );
    const rows = succeeded(results);
    expect(new Set(rows.map((row) => row.id)).size).toBe(1);
    const winner = rows[0]?.placesPledged;
    // Every request with the winner's content got the pledge; every other one, the conflict.
    for (const [i, result] of results.entries()) {
      if ((i % 2 === 0 ? 10 : 11) === winner) expect(result.ok).toBe(true);
      else
        expect(
          result.ok ? null : { kind: result.error.kind, field: result.error.field, message: result.error.message },
        ).toEqual({
          kind: "conflict",
          field: "idempotencyKey",
          message: "this idempotency key was already used for a different pledge",
        });
    }
    expect(await counts()).toEqual({ pledges: 1, events: 1 });
  });

  it("lets exactly one of concurrent transitions from the same version win", async () => {
    const actor = fixture.actor("donor-eu", "donor");
    const created = await createPledge(fixture.db, actor, funding({ appealId: "appeal", amount: "500" }), now);
    if (!created.ok) throw created.error;
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        transitionPledge(
          nodeFor(i),
          actor,
          PledgeTransition.parse({
            id: created.value.id,
            expectedVersion: 1,
            action: i % 3 === 0 ? "commit" : "amend",
            amount: i % 3 === 0 ? "100" : `${400 + i}`,
            reason: `step ${i}`,
          }),
          now,
        ),
      ),
    );
    expect(succeeded(results)).toHaveLength(1);
    for (const result of results) {
      if (!result.ok) expect(result.error).toMatchObject({ kind: "conflict", field: "expectedVersion" });
    }
    const [row] = await fixture.db.select().from(pledges).where(eq(pledges.id, created.value.id));
    expect(row?.version).toBe(2);
    expect(await counts()).toEqual({ pledges: 1, events: 2 });
    expect(await verifyFundingTotals(fixture.db)).toEqual([]);
    expect(await rebuildProjection(fixture.db)).toEqual([]);
  });

  it("never lets one organisation's concurrent pledges in several currencies exceed the appeal", async () => {
    // The appeal requires USD 1,000. Every pledge here is worth USD 60 (USD 60, or EUR 50 at 1.2),
    // so 16 fit (USD 960) and the 17th would not; without the appeal lock, a USD and a EUR pledge
    // (two totals rows) could each pass the bound before the other commits.
    const us = fixture.actor("donor-us", "donor");
    const eu = fixture.actor("donor-eu", "donor");
    const pledgeOf = (i: number) =>
      i % 2 === 0
        ? funding({ idempotencyKey: `pledge-key-${i}`, appealId: "appeal", amount: "60" })
        : funding({
            idempotencyKey: `pledge-key-${i}`,
            appealId: "appeal",
            amount: "50",
            currency: "EUR",
            usdRate: { usdPerUnit: "1.2", date: "2020-05-31", source: "test" },
          });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => createPledge(nodeFor(i), i % 4 === 3 ? eu : us, pledgeOf(i), now)),
    );
    const byUs = results.filter((_, i) => i % 4 !== 3);
    expect(succeeded(byUs)).toHaveLength(16);
    expect(succeeded(results.filter((_, i) => i % 4 === 3))).toHaveLength(10);
    for (const result of byUs) {
      if (!result.ok) expect(result.error).toMatchObject({ kind: "invalid", field: "amount" });
    }

    // Amending up concurrently is bounded too; paying and cancelling always pass.
    const mine = succeeded(byUs);
    const moves = await Promise.all(
      mine.map((row, i) =>
        transitionPledge(
          nodeFor(i),
          us,
          PledgeTransition.parse({
            id: row.id,
            expectedVersion: row.version,
            action: i % 4 === 0 ? "cancel" : "amend",
            amount: i % 4 === 0 ? undefined : row.currency === "USD" ? "62.50" : "52.08",
            reason: "change",
          }),
          now,
        ),
      ),
    );
    expect(moves.filter((move) => move.ok).length).toBeGreaterThan(4);

    const [sums] = await fixture.db
      .select({
        usd: sql<number>`coalesce(sum(${fundingTotals.pledgedUsdMinor}), 0)::bigint`.mapWith(Number),
      })
      .from(fundingTotals)
      .where(eq(fundingTotals.organisationId, "donor-us"));
    expect(sums?.usd).toBeLessThanOrEqual(100_000);
    expect(await verifyFundingTotals(fixture.db)).toEqual([]);
    expect(await rebuildProjection(fixture.db)).toEqual([]);

    // Rebuilding the totals from the pledges gives the same rows as those kept with each change.
    const kept = await fixture.db
      .select()
      .from(fundingTotals)
      .orderBy(fundingTotals.organisationId, fundingTotals.currency);
    await rebuildFundingTotals(fixture.db);
    expect(
      await fixture.db.select().from(fundingTotals).orderBy(fundingTotals.organisationId, fundingTotals.currency),
    ).toEqual(kept);
  });
});
