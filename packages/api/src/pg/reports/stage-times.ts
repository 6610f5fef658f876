import { and, asc, eq, sql } from "drizzle-orm";
import { pledgeEvents, pledges, type PgLedgerDatabase } from "@solidaria/db/pg";
import { stageTimesTally, type StageTimesRow } from "../../reports/stage-times-figures.js";
import { withPgTransaction, type PgTx } from "../transaction.js";

/** Events read per query: a large log is read in pages, not held in memory as objects at once. */
const EVENT_PAGE_ROWS = 2_000;

/** One page of the places pledges' events, in order of pledge and version, after `after`. */
function eventPage(
  db: Pick<PgTx, "select">,
  filter: { appealId?: string; year?: number },
  after: { pledgeId: string; version: number } | null,
) {
  return (
    db
      .select({
        pledgeId: pledgeEvents.pledgeId,
        version: pledgeEvents.version,
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
          after === null
            ? undefined
            : sql`(${pledgeEvents.pledgeId}, ${pledgeEvents.version}) > (${after.pledgeId}, ${after.version})`,
        ),
      )
      // Pledge ids are the ledger's own (UUIDs: hex digits and hyphens), which every collation
      // orders as SQLite does (and sums of days are added in the same order on both).
      .orderBy(asc(pledgeEvents.pledgeId), asc(pledgeEvents.version))
      .limit(EVENT_PAGE_ROWS)
  );
}

/**
 * The stage-times report (see ../../reports/stage-times.ts) from the PostgreSQL ledger: the event
 * log of places pledges in pages (keyset on the `pledge_events_version` index: pledge, version), all
 * from one snapshot (a repeatable-read, read-only transaction).
 */
export async function stageTimesReport(
  db: PgLedgerDatabase,
  filter: { appealId?: string; year?: number },
  today: Date,
) {
  return withPgTransaction(
    db,
    async (tx) => {
      const tally = stageTimesTally(today);
      let after: { pledgeId: string; version: number } | null = null;
      for (;;) {
        const rows = await eventPage(tx, filter, after);
        for (const row of rows) {
          const tuple: StageTimesRow = [
            row.pledgeId,
            row.resettlementCountry,
            row.hostCountry,
            row.category,
            row.data,
            row.at,
          ];
          tally.add(tuple);
        }
        const last = rows[rows.length - 1];
        if (last === undefined || rows.length < EVENT_PAGE_ROWS) break;
        after = { pledgeId: last.pledgeId, version: last.version };
      }
      return tally.result();
    },
    { isolation: "repeatable read", readOnly: true },
  );
}
