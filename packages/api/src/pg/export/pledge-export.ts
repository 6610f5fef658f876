import { setImmediate as nextTurn } from "node:timers/promises";
import { drizzle } from "drizzle-orm/node-postgres";
import type { PgLedgerDatabase } from "@solidaria/db/pg";
import { pledgeCsvPages } from "../reports/hxl-csv.js";

/** The UTF-8 byte-order mark: spreadsheet programs read a CSV as UTF-8 only when it starts with one. */
const UTF8_BOM = "\uFEFF";

/**
 * How long the export's transaction may wait for its consumer between two pages (a slow client
 * reading a large file) before the server ends it; the pool's own limit (seconds) is for requests.
 * A snapshot held for long keeps VACUUM from removing the rows it can still see.
 */
const EXPORT_IDLE_LIMIT = "10min";

interface PledgeExportOptions {
  /** Start with a UTF-8 byte-order mark (for spreadsheet programs). */
  readonly byteOrderMark?: boolean;
  readonly pageRows?: number;
}

/**
 * Every pledge as HXL-tagged CSV (see ../../export/pledge-export.ts), one page of rows at a time,
 * waiting a turn of the event loop before each page and reading nothing until its consumer asks for
 * the next page.
 *
 * The pages come from one snapshot: a repeatable-read, read-only transaction on a connection of the
 * pool held for the whole export, its snapshot taken before the header is given. Writes committed
 * meanwhile, on any node, are not in it and do not wait for it. Stopping early (`return()`, or
 * `break` in `for await`) ends the transaction and gives the connection back.
 */
export async function* pledgeCsvExport(
  db: PgLedgerDatabase,
  options: PledgeExportOptions = {},
): AsyncGenerator<string, void, undefined> {
  const client = await db.$client.connect();
  let broken: Error | undefined;
  // While a client is checked out the pool does not listen for its errors: a connection the server
  // ends between two pages (a restart, pg_terminate_backend, the idle limit below while the consumer
  // reads slowly) would emit an 'error' event nobody handles, and Node would end the whole process.
  const onConnectionError = (error: Error) => {
    broken ??= error;
  };
  client.on("error", onConnectionError);
  try {
    await client.query("begin isolation level repeatable read read only");
    await client.query(`set local idle_in_transaction_session_timeout = '${EXPORT_IDLE_LIMIT}'`);
    // The snapshot is taken at the first query that reads: take it now, not at the first page.
    await client.query("select 1");
    const reader = drizzle({ client });
    if (options.byteOrderMark) yield UTF8_BOM;
    for await (const page of pledgeCsvPages(reader, options.pageRows)) {
      yield page;
      await nextTurn();
      // Lost while the consumer was away: fail with the server's reason, not the next query's.
      if (broken !== undefined) throw broken;
    }
  } catch (error) {
    // A query on a connection already lost fails for want of a connection: the server's reason, when
    // it gave one, says more.
    broken ??= error instanceof Error ? error : new Error(String(error));
    throw broken;
  } finally {
    if (broken === undefined) {
      // A read-only transaction: COMMIT and ROLLBACK end it alike. A failure here ends the connection.
      await client.query("commit").catch((error: unknown) => {
        broken = error instanceof Error ? error : new Error(String(error));
      });
    }
    // The pool listens again from release on.
    client.off("error", onConnectionError);
    // Given back to the pool when the transaction ended cleanly, closed when anything went wrong.
    client.release(broken);
  }
}
