import { asc, eq } from "drizzle-orm";
import { projectPledge, type PledgeEvent } from "@solidaria/domain";
import { fundingTotals, pledgeEvents, pledges, type LedgerDatabase } from "@solidaria/db";
import { fundingContribution, projectionColumns } from "./pledge-ledger-service.js";
import { rateOf } from "./pledge-row.js";

/**
 * Recomputes every pledge's projection from its events alone and lists the pledges whose stored
 * projection differs. An empty list means the projection is exactly the fold of the log.
 */
export function rebuildProjection(db: LedgerDatabase): { pledgeId: string; stored: unknown; rebuilt: unknown }[] {
  const events = new Map<string, { version: number; event: PledgeEvent }[]>();
  for (const row of db
    .select()
    .from(pledgeEvents)
    .orderBy(asc(pledgeEvents.pledgeId), asc(pledgeEvents.version))
    .all()) {
    const list = events.get(row.pledgeId) ?? [];
    list.push({ version: row.version, event: JSON.parse(row.data) as PledgeEvent });
    events.set(row.pledgeId, list);
  }
  const mismatches: { pledgeId: string; stored: unknown; rebuilt: unknown }[] = [];
  for (const row of db.select().from(pledges).all()) {
    const log = events.get(row.id) ?? [];
    const state = projectPledge(log.map((entry) => entry.event));
    const rate = row.kind === "funding" && row.currency !== "USD" ? rateOf(row) : null;
    const rebuilt = state ? { ...projectionColumns(state, rate), version: log.at(-1)?.version ?? 0 } : null;
    const stored = rebuilt
      ? Object.fromEntries(Object.keys(rebuilt).map((key) => [key, row[key as keyof typeof row]]))
      : row;
    if (JSON.stringify(stored) !== JSON.stringify(rebuilt)) mismatches.push({ pledgeId: row.id, stored, rebuilt });
  }
  return mismatches;
}

/** The funding totals per appeal and currency as they follow from the pledges. */
function expectedFundingTotals(db: LedgerDatabase): Map<string, Record<string, number>> {
  const totals = new Map<string, Record<string, number>>();
  for (const row of db.select().from(pledges).where(eq(pledges.kind, "funding")).all()) {
    if (row.appealId === null) continue;
    const key = `${row.appealId}|${row.currency}`;
    const sum = totals.get(key) ?? {};
    for (const [column, value] of Object.entries(fundingContribution(row))) sum[column] = (sum[column] ?? 0) + value;
    totals.set(key, sum);
  }
  return totals;
}

/** Lists the appeal/currency totals that differ from what the pledges add up to (empty when consistent). */
export function verifyFundingTotals(db: LedgerDatabase): { key: string; stored: unknown; expected: unknown }[] {
  const expected = expectedFundingTotals(db);
  const stored = new Map(
    db
      .select()
      .from(fundingTotals)
      .all()
      .filter((row) => row.pledges > 0)
      .map(({ appealId, currency, ...sums }) => [`${appealId}|${currency}`, sums as Record<string, number>]),
  );
  const keys = new Set([...expected.keys(), ...stored.keys()]);
  const mismatches: { key: string; stored: unknown; expected: unknown }[] = [];
  for (const key of keys) {
    const a = stored.get(key) ?? null;
    const b = expected.get(key) ?? null;
    const same = a !== null && b !== null && Object.keys(b).every((column) => a[column] === b[column]);
    if (!same) mismatches.push({ key, stored: a, expected: b });
  }
  return mismatches;
}

/** Recomputes the funding totals from the pledges (after a bulk import, or to repair them). */
export function rebuildFundingTotals(db: LedgerDatabase): void {
  db.transaction((tx) => {
    tx.delete(fundingTotals).run();
    for (const [key, sums] of expectedFundingTotals(db)) {
      const [appealId, currency] = key.split("|") as [string, string];
      tx.insert(fundingTotals)
        .values({
          appealId,
          currency,
          pledges: sums.pledges ?? 0,
          pledgedMinor: sums.pledgedMinor ?? 0,
          committedMinor: sums.committedMinor ?? 0,
          paidMinor: sums.paidMinor ?? 0,
          pledgedUsdMinor: sums.pledgedUsdMinor ?? 0,
          committedUsdMinor: sums.committedUsdMinor ?? 0,
          paidUsdMinor: sums.paidUsdMinor ?? 0,
        })
        .run();
    }
  });
}
