import { desc } from "drizzle-orm";
import { BUILTIN_JURISDICTIONS, type Jurisdiction } from "@solidaria/domain";
import { jurisdictionProfiles, type LedgerDatabase } from "@solidaria/db";

/** A profile whose version is not newer than the current one for its country. */
export class StaleVersionError extends Error {
  override readonly name = "StaleVersionError";
  constructor(
    readonly country: string,
    readonly current: number,
  ) {
    super(`version must be greater than ${current}, the current one for ${country}`);
  }
}

/** Built-in profiles, superseded per country by any newer version a coordinator published. */
export function currentJurisdictions(db: Pick<LedgerDatabase, "select">): Jurisdiction[] {
  const current = new Map<string, Jurisdiction>(BUILTIN_JURISDICTIONS.map((profile) => [profile.country, profile]));
  for (const row of db.select().from(jurisdictionProfiles).orderBy(desc(jurisdictionProfiles.version)).all()) {
    const known = current.get(row.country);
    if (!known || known.version < row.version) current.set(row.country, JSON.parse(row.document) as Jurisdiction);
  }
  return [...current.values()].sort((a, b) => a.country.localeCompare(b.country));
}

/**
 * Publishes a validated profile as the next version for its country. The version check and the insert
 * run in one immediate transaction, so two coordinators (or two server processes) cannot both publish
 * the same version: the second gets a StaleVersionError.
 */
export function publishJurisdiction(
  db: LedgerDatabase,
  profile: Jurisdiction,
  publishedBy: string,
  publishedAt: string,
): Jurisdiction {
  return db.transaction(
    (tx) => {
      const known = currentJurisdictions(tx).find((candidate) => candidate.country === profile.country);
      if (known && profile.version <= known.version) throw new StaleVersionError(profile.country, known.version);
      tx.insert(jurisdictionProfiles)
        .values({
          country: profile.country,
          version: profile.version,
          document: JSON.stringify(profile),
          publishedBy,
          publishedAt,
        })
        .run();
      return profile;
    },
    { behavior: "immediate" },
  );
}
