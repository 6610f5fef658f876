import { eq } from "drizzle-orm";
import { organisations, users } from "@solidaria/db/pg";
import type { PgQueryable } from "../transaction.js";

/** The signed-in person on PostgreSQL: the twin of accounts/session-user.ts (the rules are shared). */

export { toSessionUser } from "../../accounts/session-rules.js";

/** The columns a SessionUser is read from, with what decides whether the person may sign in. */
export const sessionUserColumns = {
  id: users.id,
  email: users.email,
  displayName: users.displayName,
  role: users.role,
  passwordHash: users.passwordHash,
  disabledAt: users.disabledAt,
  organisationId: organisations.id,
  organisationName: organisations.name,
  organisationKind: organisations.kind,
  organisationCountry: organisations.country,
};

/** A user with their organisation, by a condition on `users` (their id, their email). */
export async function userWhere(db: PgQueryable, column: typeof users.id | typeof users.email, value: string) {
  const [row] = await db
    .select(sessionUserColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(column, value))
    .limit(1);
  return row;
}
