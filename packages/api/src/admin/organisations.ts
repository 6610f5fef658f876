import { asc } from "drizzle-orm";
import { organisations, type LedgerDatabase } from "@solidaria/db";
import { attempt, type Result } from "../errors.js";
import type { OrganisationCreate } from "../validators.js";
import { organisationExists } from "./admin-rules.js";

type OrganisationRow = typeof organisations.$inferSelect;

/** Adds an organisation; `demo` marks synthetic demo data. */
export function addOrganisation(
  db: LedgerDatabase,
  input: OrganisationCreate,
  options: { demo?: boolean } = {},
): Result<OrganisationRow> {
  return attempt(() => {
    const row = db
      .insert(organisations)
      .values({ ...input, demo: options.demo ?? false })
      .onConflictDoNothing()
      .returning()
      .get();
    if (!row) throw organisationExists(input.id);
    return row;
  });
}

export function listOrganisations(db: LedgerDatabase): OrganisationRow[] {
  return db.select().from(organisations).orderBy(asc(organisations.name)).all();
}
