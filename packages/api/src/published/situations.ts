import { desc } from "drizzle-orm";
import { CountrySituation } from "@solidaria/domain";
import { countrySituations, type LedgerDatabase } from "@solidaria/db";
import type { Result } from "../errors.js";
import { situationsInForce } from "./documents.js";
import { publishDocument } from "./publish.js";

/** Built-in situations, superseded per country by any newer version a coordinator published. */
export function currentSituations(db: Pick<LedgerDatabase, "select">): CountrySituation[] {
  return situationsInForce(db.select().from(countrySituations).orderBy(desc(countrySituations.version)).all());
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
