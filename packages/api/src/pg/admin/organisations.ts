import { asc, sql } from "drizzle-orm";
import { organisations, type PgLedgerDatabase } from "@solidaria/db/pg";
import { organisationExists } from "../../admin/admin-rules.js";
import { attemptAsync, type Result } from "../../errors.js";
import type { OrganisationCreate } from "../../validators.js";
import { withPgTransaction } from "../transaction.js";

/**
 * Organisations on PostgreSQL: the twin of admin/organisations.ts. A new organisation shows in the
 * public aggregates, so adding one notifies every node to drop what it cached.
 */

type OrganisationRow = typeof organisations.$inferSelect;

/** Adds an organisation; `demo` marks synthetic demo data. */
export function addOrganisation(
  db: PgLedgerDatabase,
  input: OrganisationCreate,
  options: { demo?: boolean } = {},
): Promise<Result<OrganisationRow>> {
  return attemptAsync(() =>
    withPgTransaction(
      db,
      async (tx) => {
        const [row] = await tx
          .insert(organisations)
          .values({ ...input, demo: options.demo ?? false })
          .onConflictDoNothing()
          .returning();
        if (!row) throw organisationExists(input.id);
        return row;
      },
      { notify: true },
    ),
  );
}

/** Every organisation by name, in the byte order SQLite sorts text in. */
export function listOrganisations(db: PgLedgerDatabase): Promise<OrganisationRow[]> {
  return db
    .select()
    .from(organisations)
    .orderBy(asc(sql`${organisations.name} collate "C"`));
}
