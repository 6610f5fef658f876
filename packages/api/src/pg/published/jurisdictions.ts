import { Jurisdiction } from "@solidaria/domain";
import { jurisdictionProfiles, type PgLedgerDatabase } from "@solidaria/db/pg";
import type { Result } from "../../errors.js";
import { jurisdictionsInForce } from "../../published/documents.js";
import { publishDocument, publishedRows } from "./publish.js";

/** Built-in profiles, superseded per country by any newer version a coordinator published. */
export async function currentJurisdictions(db: Pick<PgLedgerDatabase, "select">): Promise<Jurisdiction[]> {
  return jurisdictionsInForce(await publishedRows(db, jurisdictionProfiles));
}

/** Publishes a checked profile as the next version for its country. */
export function publishJurisdiction(
  db: PgLedgerDatabase,
  input: unknown,
  publishedBy: string,
  publishedAt: string,
): Promise<Result<Jurisdiction>> {
  return publishDocument(
    db,
    { schema: Jurisdiction, table: jurisdictionProfiles, inForce: jurisdictionsInForce },
    input,
    publishedBy,
    publishedAt,
  );
}
