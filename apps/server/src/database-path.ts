import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isPostgresUrl } from "@solidaria/db/pg";

/**
 * The folder of the workspace this CLI belongs to (the one with pnpm-workspace.yaml), or null when
 * it runs from an installed copy outside any workspace. pnpm runs a package's scripts inside that
 * package, so the current directory cannot tell where the repository's data/ folder is.
 */
function workspaceRoot(from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** A `--db` or DATABASE_URL that names neither an SQLite file nor a PostgreSQL database. */
export class UnsupportedDatabaseError extends Error {
  override readonly name = "UnsupportedDatabaseError";
}

/** A location as given: a PostgreSQL URL as it is, a file path resolved against `cwd`. */
export function resolveLocation(given: string, cwd = process.cwd()): string {
  if (isPostgresUrl(given)) return given;
  // Another database's URL is a mistake, not a file name: it would create a folder named after its scheme.
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(given)?.[1];
  if (scheme !== undefined)
    throw new UnsupportedDatabaseError(
      `${scheme}:// databases are not supported: give an SQLite file, or a postgres:// or postgresql:// URL`,
    );
  return resolve(cwd, given);
}

/**
 * The database a command uses when `--db` is not given: `$SOLIDARIA_DB` (this server's own setting),
 * else `$DATABASE_URL` (the usual variable of hosting platforms, which may hold another program's
 * database: only a PostgreSQL URL is taken from it), else `data/solidaria.sqlite` at the repository
 * root (or in the current directory, outside a repository). The same file whichever folder the
 * command is run from, so the CLI and a running server never disagree.
 */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.SOLIDARIA_DB) return resolveLocation(env.SOLIDARIA_DB, cwd);
  if (env.DATABASE_URL) {
    if (!isPostgresUrl(env.DATABASE_URL))
      throw new UnsupportedDatabaseError(
        "DATABASE_URL is not a postgres:// or postgresql:// URL: set SOLIDARIA_DB, or give --db, to choose the ledger",
      );
    return env.DATABASE_URL;
  }
  const root = workspaceRoot(dirname(fileURLToPath(import.meta.url))) ?? cwd;
  return join(root, "data", "solidaria.sqlite");
}

/**
 * The built dashboard `serve` serves when no `--dashboard` is given: `apps/dashboard/dist` in the
 * workspace this CLI belongs to, when it has been built (it holds index.html); else null.
 */
export function defaultDashboardDir(): string | null {
  const root = workspaceRoot(dirname(fileURLToPath(import.meta.url)));
  if (root === null) return null;
  const dir = join(root, "apps", "dashboard", "dist");
  return existsSync(join(dir, "index.html")) ? dir : null;
}
