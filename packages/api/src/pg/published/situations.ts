import { CountrySituation } from "@solidaria/domain";
import { countrySituations, type PgLedgerDatabase } from "@solidaria/db/pg";
import type { Result } from "../../errors.js";
import { situationsInForce } from "../../published/documents.js";
import { publishDocument, publishedRows } from "./publish.js";

/** Built-in situations, superseded per country by any newer version a coordinator published. */
export async function currentSituations(db: Pick<PgLedgerDatabase, "select">): Promise<CountrySituation[]> {
  return situationsInForce(await publishedRows(db, countrySituations));
}

/** Publishes a situation as the next version for its country. */
export function publishSituation(
  db: PgLedgerDatabase,
  input: unknown,
  publishedBy: string,
  publishedAt: string,
): Promise<Result<CountrySituation>> {
  return publishDocument(
    db,
    { schema: CountrySituation, table: countrySituations, inForce: situationsInForce },
    input,
    publishedBy,
    publishedAt,
  );
}
