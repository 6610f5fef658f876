import { eq } from "drizzle-orm";
import { organisations, users, type LedgerDatabase } from "@solidaria/db";

export { toSessionUser, type SessionUser } from "./session-rules.js";

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
export function userWhere(db: LedgerDatabase, column: typeof users.id | typeof users.email, value: string) {
  return db
    .select(sessionUserColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(column, value))
    .get();
}
