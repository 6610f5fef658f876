import { randomUUID } from "node:crypto";
import { asc, eq } from "drizzle-orm";
import { toDecimalString } from "@solidaria/domain";
import { appealPlaceNeeds, appeals, organisations, type LedgerDatabase } from "@solidaria/db";
import { authorize, mayAttempt, type Actor } from "../access/access-policy.js";
import { attempt, conflict, invalid, type Result } from "../errors.js";
import { IMMEDIATE } from "../ledger/statements.js";
import type { AppealCreate } from "../validators.js";

type AppealRow = typeof appeals.$inferSelect;
type PlaceNeed = { hostCountry: string; category: string; needed: number };

function toAppealView(row: AppealRow, needs: PlaceNeed[]) {
  const { requiredUsdMinor, ...rest } = row;
  return { ...rest, requiredUsd: toDecimalString({ minor: requiredUsdMinor, currency: "USD" }), placeNeeds: needs };
}
export type AppealView = ReturnType<typeof toAppealView>;

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
    const owner = input.organisationId ?? actor.organisation.id;
    const refused = mayAttempt(actor, "appeal.create") ?? authorize(actor, "appeal.create", { organisationId: owner });
    if (refused) throw refused;
    // Immediate: the code check and the insert hold the write lock together (two creates with one code
    // get a CONFLICT, not a constraint failure).
    return db.transaction((tx) => {
      if (!tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, owner)).get()) {
        throw invalid("organisationId", `no organisation "${owner}"`);
      }
      if (tx.select({ id: appeals.id }).from(appeals).where(eq(appeals.code, input.code)).get()) {
        throw conflict("code", `an appeal with code "${input.code}" already exists`);
      }
      const row = tx
        .insert(appeals)
        .values({
          id: options.id ?? randomUUID(),
          code: input.code,
          title: input.title,
          year: input.year,
          organisationId: owner,
          requiredUsdMinor: input.requiredUsdMinor,
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          demo: options.demo ?? false,
        })
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
  const needs = new Map<string, PlaceNeed[]>();
  for (const { appealId, ...need } of db.select().from(appealPlaceNeeds).all()) {
    needs.set(appealId, [...(needs.get(appealId) ?? []), need]);
  }
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
