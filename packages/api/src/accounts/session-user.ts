import { eq } from "drizzle-orm";
import { organisations, users, type LedgerDatabase, type Role } from "@solidaria/db";

/** The signed-in person as the dashboard shows them: who, in which organisation, with which role. */
export interface SessionUser {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organisation: {
    readonly id: string;
    readonly name: string;
    readonly kind: string;
    readonly country: string | null;
  };
}

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

export function toSessionUser(row: {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  organisationKind: string;
  organisationCountry: string | null;
}): SessionUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    organisation: {
      id: row.organisationId,
      name: row.organisationName,
      kind: row.organisationKind,
      country: row.organisationCountry,
    },
  };
}

/** A user with their organisation, by a condition on `users` (their id, their email). */
export function userWhere(db: LedgerDatabase, column: typeof users.id | typeof users.email, value: string) {
  return db
    .select(sessionUserColumns)
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .where(eq(column, value))
    .get();
}
