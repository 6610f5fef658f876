import { desc } from "drizzle-orm";
import { Jurisdiction } from "@solidaria/domain";
import { jurisdictionProfiles, type LedgerDatabase } from "@solidaria/db";
import type { Result } from "../errors.js";
import { jurisdictionsInForce } from "./documents.js";
import { publishDocument } from "./publish.js";

/** Built-in profiles, superseded per country by any newer version a coordinator published. */
export function currentJurisdictions(db: Pick<LedgerDatabase, "select">): Jurisdiction[] {
  return jurisdictionsInForce(db.select().from(jurisdictionProfiles).orderBy(desc(jurisdictionProfiles.version)).all());
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
