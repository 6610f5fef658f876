import type { LedgerDatabase } from "@solidaria/db";
import { attempt, type Result } from "../errors.js";
import { IMMEDIATE } from "../ledger/statements.js";
import { checkedDocument, publishedRow, refuseOlderVersion, type SafeParser, type Versioned } from "./documents.js";

/**
 * Publishing a versioned document per country (country situations, jurisdiction profiles): checked
 * as the domain's schema and the text rules want it, then, in one immediate transaction, compared
 * with the current version and inserted. Two coordinators, or two server processes, publishing the
 * same version at once: one wins, the other gets a conflict, never a failed insert.
 */
export function publishDocument<T extends Versioned>(
  db: LedgerDatabase,
  kind: {
    schema: SafeParser<T>;
    current: (db: Pick<LedgerDatabase, "select">) => T[];
    insert: (
      db: Pick<LedgerDatabase, "insert">,
      row: { country: string; version: number; document: string; publishedBy: string; publishedAt: string },
    ) => void;
  },
  input: unknown,
  publishedBy: string,
  publishedAt: string,
): Result<T> {
  return attempt(() => {
    const document = checkedDocument(kind.schema, input);
    return db.transaction((tx) => {
      refuseOlderVersion(kind.current(tx), document);
      kind.insert(tx, publishedRow(document, publishedBy, publishedAt));
      return document;
    }, IMMEDIATE);
  });
}
