import { openPgStore, sqliteStore, type LedgerStore } from "@solidaria/api";
import { openDatabase } from "@solidaria/db";
import { isPostgresUrl } from "@solidaria/db/pg";

/**
 * The ledger at `location`: a PostgreSQL URL (several server nodes share it), or an SQLite file,
 * created when missing. Either way its schema is brought up to date first.
 */
export function openStore(
  location: string,
  options: {
    readonly poolSize?: number;
    /** PostgreSQL: a pooled or listening connection failed (it is made again by itself). */
    readonly onConnectionError?: (error: Error) => void;
  } = {},
): Promise<LedgerStore> {
  if (isPostgresUrl(location)) return openPgStore(location, options);
  return Promise.resolve(sqliteStore(openDatabase(location)));
}
