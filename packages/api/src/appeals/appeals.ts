import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { appealPlaceNeeds, appeals, organisations, type LedgerDatabase } from "@solidaria/db";
import type { Actor } from "../access/access-policy.js";
import { attempt, type Result } from "../errors.js";
import { IMMEDIATE } from "../ledger/statements.js";
import type { AppealCreate } from "../validators.js";
import {
  appealOwner,
  codeTaken,
  needsByAppeal,
  newAppealRow,
  toAppealView,
  unknownOwner,
  type AppealView,
} from "./appeal-view.js";

export type { AppealView } from "./appeal-view.js";

/**
 * Creates an appeal with the resettlement places it asks for. States create appeals for themselves,
 * coordinators for any organisation (their own when none is named). `options` are for loading data
 * (a fixed id, the demo flag), never for requests.
 */
export function createAppeal(
  db: LedgerDatabase,
  actor: Actor,
  input: AppealCreate,
  options: { id?: string; demo?: boolean } = {},
): Result<AppealView> {
  return attempt(() => {
    const owner = appealOwner(actor, input);
    // Immediate: the code check and the insert hold the write lock together (two creates with one code
    // get a CONFLICT, not a constraint failure).
    return db.transaction((tx) => {
      if (!tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, owner)).get()) {
        throw unknownOwner(owner);
      }
      if (tx.select({ id: appeals.id }).from(appeals).where(eq(appeals.code, input.code)).get()) {
        throw codeTaken(input.code);
      }
      const row = tx
        .insert(appeals)
        .values(newAppealRow(input, owner, options.id ?? randomUUID(), options.demo ?? false))
        .returning()
        .get();
      for (const need of input.placeNeeds)
        tx.insert(appealPlaceNeeds)
          .values({ appealId: row.id, ...need })
          .run();
      return toAppealView(row, input.placeNeeds);
    }, IMMEDIATE);
  });
}

export function listAppeals(db: LedgerDatabase, year: number | undefined): AppealView[] {
  const rows = db
    .select()
    .from(appeals)
    .where(year ? eq(appeals.year, year) : undefined)
    .orderBy(asc(appeals.year), asc(appeals.code))
    .all();
  const needs = needsByAppeal(db.select().from(appealPlaceNeeds).all());
  return rows.map((row) => toAppealView(row, needs.get(row.id) ?? []));
}

export function appealById(db: LedgerDatabase, id: string): AppealView | null {
  const row = db.select().from(appeals).where(eq(appeals.id, id)).get();
  if (!row) return null;
  const needs = db
    .select({
      hostCountry: appealPlaceNeeds.hostCountry,
      category: appealPlaceNeeds.category,
      needed: appealPlaceNeeds.needed,
    })
    .from(appealPlaceNeeds)
    .where(eq(appealPlaceNeeds.appealId, row.id))
    .all();
  return toAppealView(row, needs);
}
