import { desc } from "drizzle-orm";
import { BUILTIN_SITUATIONS, CountrySituation } from "@solidaria/domain";
import { countrySituations, type LedgerDatabase } from "@solidaria/db";
import type { Result } from "../errors.js";
import { publishDocument } from "./publish.js";

/** A situation stored before `lastVerified` existed was verified when it was published (`updated`). */
function upgradeSituation(document: CountrySituation | Omit<CountrySituation, "lastVerified">): CountrySituation {
  return "lastVerified" in document ? document : { ...document, lastVerified: document.updated };
}

/** Built-in situations, superseded per country by any newer version a coordinator published. */
export function currentSituations(db: Pick<LedgerDatabase, "select">): CountrySituation[] {
  const current = new Map<string, CountrySituation>(
    BUILTIN_SITUATIONS.map((situation) => [situation.country, situation]),
  );
  for (const row of db.select().from(countrySituations).orderBy(desc(countrySituations.version)).all()) {
    const known = current.get(row.country);
    if (!known || known.version < row.version)
      current.set(
        row.country,
        upgradeSituation(JSON.parse(row.document) as CountrySituation | Omit<CountrySituation, "lastVerified">),
      );
  }
  return [...current.values()].sort((a, b) => a.country.localeCompare(b.country));
}

/** Publishes a situation as the next version for its country. */
export function publishSituation(
  db: LedgerDatabase,
  input: unknown,
  publishedBy: string,
  publishedAt: string,
): Result<CountrySituation> {
  return publishDocument(
    db,
    {
      schema: CountrySituation,
      current: currentSituations,
      insert: (tx, row) => tx.insert(countrySituations).values(row).run(),
    },
    input,
    publishedBy,
    publishedAt,
  );
}
