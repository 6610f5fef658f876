import { desc } from "drizzle-orm";
import { BUILTIN_JURISDICTIONS, Jurisdiction } from "@solidaria/domain";
import { jurisdictionProfiles, type LedgerDatabase } from "@solidaria/db";
import type { Result } from "../errors.js";
import { publishDocument } from "./publish.js";

/** Built-in profiles, superseded per country by any newer version a coordinator published. */
export function currentJurisdictions(db: Pick<LedgerDatabase, "select">): Jurisdiction[] {
  const current = new Map<string, Jurisdiction>(BUILTIN_JURISDICTIONS.map((profile) => [profile.country, profile]));
  for (const row of db.select().from(jurisdictionProfiles).orderBy(desc(jurisdictionProfiles.version)).all()) {
    const known = current.get(row.country);
    if (!known || known.version < row.version) current.set(row.country, JSON.parse(row.document) as Jurisdiction);
  }
  return [...current.values()].sort((a, b) => a.country.localeCompare(b.country));
}

/** Publishes a checked profile as the next version for its country. */
export function publishJurisdiction(
  db: LedgerDatabase,
  input: unknown,
  publishedBy: string,
  publishedAt: string,
): Result<Jurisdiction> {
  return publishDocument(
    db,
    {
      schema: Jurisdiction,
      current: currentJurisdictions,
      insert: (tx, row) => tx.insert(jurisdictionProfiles).values(row).run(),
    },
    input,
    publishedBy,
    publishedAt,
  );
}
