import { randomUUID } from "node:crypto";
import { asc, eq, sql } from "drizzle-orm";
import { appealPlaceNeeds, appeals, organisations, type PgLedgerDatabase } from "@solidaria/db/pg";
import type { Actor } from "../../access/access-policy.js";
import {
  appealOwner,
  codeTaken,
  needsByAppeal,
  newAppealRow,
  toAppealView,
  unknownOwner,
  type AppealView,
} from "../../appeals/appeal-view.js";
import { attemptAsync, type Result } from "../../errors.js";
import type { AppealCreate } from "../../validators.js";
import { withPgTransaction } from "../transaction.js";

/**
 * Creates an appeal with the resettlement places it asks for (see ../../appeals/appeals.ts), on the
 * PostgreSQL ledger. Two nodes creating appeals with one code at once: the unique index on `code`
 * decides, the insert that loses does nothing, and its caller gets the same CONFLICT as when the
 * code was already taken. On commit, every node is told to drop what it cached.
 */
export async function createAppeal(
  db: PgLedgerDatabase,
  actor: Actor,
  input: AppealCreate,
  options: { id?: string; demo?: boolean } = {},
): Promise<Result<AppealView>> {
  return attemptAsync(async () => {
    const owner = appealOwner(actor, input);
    return withPgTransaction(
      db,
      async (tx) => {
        const [known] = await tx
          .select({ id: organisations.id })
          .from(organisations)
          .where(eq(organisations.id, owner));
        if (!known) throw unknownOwner(owner);
        const [taken] = await tx.select({ id: appeals.id }).from(appeals).where(eq(appeals.code, input.code));
        if (taken) throw codeTaken(input.code);
        const [row] = await tx
          .insert(appeals)
          .values(newAppealRow(input, owner, options.id ?? randomUUID(), options.demo ?? false))
          .onConflictDoNothing({ target: appeals.code })
          .returning();
        if (!row) throw codeTaken(input.code);
        if (input.placeNeeds.length > 0)
          await tx.insert(appealPlaceNeeds).values(input.placeNeeds.map((need) => ({ appealId: row.id, ...need })));
        return toAppealView(row, input.placeNeeds);
      },
      { notify: true },
    );
  });
}

/** The appeals (of one year, or all), by year then code in byte order, as SQLite sorts them. */
export async function listAppeals(
  db: Pick<PgLedgerDatabase, "select">,
  year: number | undefined,
): Promise<AppealView[]> {
  const rows = await db
    .select()
    .from(appeals)
    .where(year ? eq(appeals.year, year) : undefined)
    .orderBy(asc(appeals.year), sql`${appeals.code} collate "C"`);
  // Sorted by toAppealView, as on SQLite.
  const needs = needsByAppeal(await db.select().from(appealPlaceNeeds));
  return rows.map((row) => toAppealView(row, needs.get(row.id) ?? []));
}

export async function appealById(db: Pick<PgLedgerDatabase, "select">, id: string): Promise<AppealView | null> {
  const [row] = await db.select().from(appeals).where(eq(appeals.id, id));
  if (!row) return null;
  // Sorted by toAppealView, as on SQLite.
  const needs = await db
    .select({
      hostCountry: appealPlaceNeeds.hostCountry,
      category: appealPlaceNeeds.category,
      needed: appealPlaceNeeds.needed,
    })
    .from(appealPlaceNeeds)
    .where(eq(appealPlaceNeeds.appealId, row.id));
  return toAppealView(row, needs);
}
