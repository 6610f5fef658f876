/// <reference types="better-sqlite3" />
import { and, eq, isNull, sql } from "drizzle-orm";
import {
  appeals,
  fundingTotals,
  organisations,
  pledgeEvents,
  pledges,
  tokens,
  type LedgerDatabase,
} from "@solidaria/db";

/**
 * Write transactions take the write lock at BEGIN: with several server processes on one file, a
 * deferred transaction that reads first could not upgrade to writing and would fail instead of waiting.
 */
export const IMMEDIATE = { behavior: "immediate" } as const;

/**
 * Prepared statements for the write path and token checks, built once per database: building a
 * drizzle query costs tens of microseconds, executing a prepared one about two.
 */
const ph = (name: string) => sql.placeholder(name);

function prepare(db: LedgerDatabase) {
  const projection = {
    status: ph("status"),
    version: ph("version"),
    updatedAt: ph("updatedAt"),
    pledgedMinor: ph("pledgedMinor"),
    committedMinor: ph("committedMinor"),
    paidMinor: ph("paidMinor"),
    pledgedUsdMinor: ph("pledgedUsdMinor"),
    committedUsdMinor: ph("committedUsdMinor"),
    paidUsdMinor: ph("paidUsdMinor"),
    placesPledged: ph("placesPledged"),
    placesConfirmed: ph("placesConfirmed"),
    placesAllocated: ph("placesAllocated"),
    placesDeparted: ph("placesDeparted"),
    placesArrived: ph("placesArrived"),
  };
  return {
    callerByHash: db
      .select({
        tokenId: tokens.id,
        role: tokens.role,
        organisationId: organisations.id,
        name: organisations.name,
        kind: organisations.kind,
        country: organisations.country,
      })
      .from(tokens)
      .innerJoin(organisations, eq(tokens.organisationId, organisations.id))
      .where(and(eq(tokens.secretHash, ph("hash")), isNull(tokens.revokedAt)))
      .prepare(),
    pledgeByKey: db
      .select()
      .from(pledges)
      .where(and(eq(pledges.organisationId, ph("organisationId")), eq(pledges.idempotencyKey, ph("key"))))
      .prepare(),
    pledgeById: db
      .select()
      .from(pledges)
      .where(eq(pledges.id, ph("id")))
      .prepare(),
    organisationById: db
      .select({ id: organisations.id, kind: organisations.kind, country: organisations.country })
      .from(organisations)
      .where(eq(organisations.id, ph("id")))
      .prepare(),
    appealById: db
      .select({ id: appeals.id, code: appeals.code, requiredUsdMinor: appeals.requiredUsdMinor })
      .from(appeals)
      .where(eq(appeals.id, ph("id")))
      .prepare(),
    /**
     * What bounds a funding pledge to an appeal, from the maintained totals (a few rows per appeal):
     * the organisation's USD total, and the appeal's totals in the pledge's currency and in USD.
     */
    appealFundingSums: db
      .select({
        organisationUsdMinor: sql<number>`coalesce(sum(case when ${fundingTotals.organisationId} = ${ph("organisationId")} then ${fundingTotals.pledgedUsdMinor} end), 0)`,
        currencyMinor: sql<number>`coalesce(sum(case when ${fundingTotals.currency} = ${ph("currency")} then ${fundingTotals.pledgedMinor} end), 0)`,
        usdMinor: sql<number>`coalesce(sum(${fundingTotals.pledgedUsdMinor}), 0)`,
      })
      .from(fundingTotals)
      .where(eq(fundingTotals.appealId, ph("appealId")))
      .prepare(),
    insertPledge: db
      .insert(pledges)
      .values({
        id: ph("id"),
        kind: ph("kind"),
        organisationId: ph("organisationId"),
        appealId: ph("appealId"),
        programme: ph("programme"),
        year: ph("year"),
        idempotencyKey: ph("idempotencyKey"),
        requestHash: ph("requestHash"),
        note: ph("note"),
        demo: ph("demo"),
        createdAt: ph("createdAt"),
        currency: ph("currency"),
        usdRate: ph("usdRate"),
        usdRateDate: ph("usdRateDate"),
        usdRateSource: ph("usdRateSource"),
        resettlementCountry: ph("resettlementCountry"),
        hostCountry: ph("hostCountry"),
        category: ph("category"),
        ...projection,
      })
      .returning()
      .prepare(),
    updateProjection: db
      .update(pledges)
      // drizzle's update types take SQL rather than bare placeholders.
      .set(Object.fromEntries(Object.entries(projection).map(([column, placeholder]) => [column, sql`${placeholder}`])))
      .where(and(eq(pledges.id, ph("id")), eq(pledges.version, ph("expectedVersion"))))
      .returning()
      .prepare(),
    insertEvent: db
      .insert(pledgeEvents)
      .values({
        pledgeId: ph("pledgeId"),
        version: ph("version"),
        type: ph("type"),
        data: ph("data"),
        reason: ph("reason"),
        actorOrganisationId: ph("actorOrganisationId"),
        actorTokenId: ph("actorTokenId"),
        actorUserId: ph("actorUserId"),
        at: ph("at"),
      })
      .prepare(),
    addFundingTotals: db
      .insert(fundingTotals)
      .values({
        appealId: ph("appealId"),
        organisationId: ph("organisationId"),
        currency: ph("currency"),
        pledges: ph("pledges"),
        pledgedMinor: ph("pledgedMinor"),
        committedMinor: ph("committedMinor"),
        paidMinor: ph("paidMinor"),
        pledgedUsdMinor: ph("pledgedUsdMinor"),
        committedUsdMinor: ph("committedUsdMinor"),
        paidUsdMinor: ph("paidUsdMinor"),
      })
      .onConflictDoUpdate({
        target: [fundingTotals.appealId, fundingTotals.organisationId, fundingTotals.currency],
        set: {
          pledges: sql`${fundingTotals.pledges} + excluded.pledges`,
          pledgedMinor: sql`${fundingTotals.pledgedMinor} + excluded.pledged_minor`,
          committedMinor: sql`${fundingTotals.committedMinor} + excluded.committed_minor`,
          paidMinor: sql`${fundingTotals.paidMinor} + excluded.paid_minor`,
          pledgedUsdMinor: sql`${fundingTotals.pledgedUsdMinor} + excluded.pledged_usd_minor`,
          committedUsdMinor: sql`${fundingTotals.committedUsdMinor} + excluded.committed_usd_minor`,
          paidUsdMinor: sql`${fundingTotals.paidUsdMinor} + excluded.paid_usd_minor`,
        },
      })
      .returning()
      .prepare(),
  };
}

export type LedgerStatements = ReturnType<typeof prepare>;

const cache = new WeakMap<LedgerDatabase, LedgerStatements>();

export function statementsFor(db: LedgerDatabase): LedgerStatements {
  let statements = cache.get(db);
  if (!statements) {
    statements = prepare(db);
    cache.set(db, statements);
  }
  return statements;
}
