import { databaseUrlWithoutPassword, redactDatabaseUrl } from "@solidaria/db/pg";

/** A word for a POSIX shell, quoted so that spaces or quotes in it stay part of it. */
const quoted = (word: string) => `'${word.replaceAll("'", "'\\''")}'`;

/**
 * What `solidaria backup` says for a ledger on PostgreSQL. The server does not copy a PostgreSQL
 * database itself: pg_dump takes a consistent snapshot while the nodes keep writing, in a format
 * pg_restore reads, and a managed or replicated PostgreSQL has its own point-in-time backups, which
 * the operator already runs. The URL is never shown with its password: the commands carry none (the
 * password comes from PGPASSWORD or ~/.pgpass), the text shows it as ***.
 */
export function postgresBackupAdvice(url: string, file: string): string {
  const target = databaseUrlWithoutPassword(url);
  return [
    `the ledger is on PostgreSQL (${redactDatabaseUrl(url)}): back it up with pg_dump, which reads a consistent snapshot while the servers keep running:`,
    `  pg_dump --format=custom --no-owner --file=${quoted(file)} --dbname=${target === null ? "<database URL>" : quoted(target)}`,
    "  (give the password in PGPASSWORD or ~/.pgpass, never on the command line; use a pg_dump at least as new as the server)",
    "restore into a new, empty database, then point the servers at it:",
    `  pg_restore --no-owner --dbname='<new database URL>' ${quoted(file)}`,
    "a managed or replicated PostgreSQL should also keep its own point-in-time backups (WAL archiving).",
  ].join("\n");
}
