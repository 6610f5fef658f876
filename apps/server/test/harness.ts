import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTRPCClient, httpLink, TRPCClientError, type TRPCClient } from "@trpc/client";
import { sqliteStore, type AppRouter, type LedgerStore } from "@solidaria/api";
import { openDatabase, type LedgerDatabase, type Role } from "@solidaria/db";
import { freshPgDatabase } from "@solidaria/db/test-support";
import pg from "pg";
import { createToken } from "../src/admin.js";
import { openStore } from "../src/open-store.js";
import { seedDemoData } from "../src/demo-data.js";
import { createHttpServer, listen, type HttpServerOptions } from "../src/http-server.js";
import { createLogger } from "../src/logger.js";

export type Client = ReturnType<typeof clientFor>;

export function clientFor(url: string, token?: string, headers: Record<string, string> = {}): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        headers: () => ({ ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) }),
      }),
    ],
  });
}

/**
 * The database the suite runs on: SQLite by default, PostgreSQL when SOLIDARIA_TEST_DATABASE is
 * "postgresql" (vitest.postgres.config.ts sets it and starts a PostgreSQL cluster for the run).
 */
export const TEST_DIALECT: "sqlite" | "postgresql" =
  process.env.SOLIDARIA_TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";

/** A fresh, empty and migrated ledger location: an SQLite file in `dir`, or a PostgreSQL database. */
export async function freshLocation(dir: string): Promise<string> {
  return TEST_DIALECT === "postgresql" ? freshPgDatabase() : join(dir, "ledger.sqlite");
}

/** Rows of plain SQL both databases understand, for tests that look at what the server stored. */
export type QueryRows = <T extends Record<string, unknown>>(text: string, params?: readonly unknown[]) => Promise<T[]>;

/** Reads a ledger with plain SQL (`?` placeholders on both databases), beside the server. */
export function openReader(location: string): { query: QueryRows; close(): Promise<void> } {
  if (TEST_DIALECT === "postgresql") {
    // int8 (count(*)) as a number, as SQLite answers it.
    const pool = new pg.Pool({ connectionString: location, max: 2 });
    pool.on("error", () => undefined);
    return {
      query: async <T>(text: string, params: readonly unknown[] = []) => {
        let index = 0;
        const numbered = text.replace(/\?/g, () => `$${(index += 1)}`);
        const result = await pool.query({ text: numbered, values: [...params], types: INT8_AS_NUMBER });
        return result.rows as T[];
      },
      close: () => pool.end(),
    };
  }
  const db = openDatabase(location, { migrate: false });
  return {
    query: <T>(text: string, params: readonly unknown[] = []) => {
      // A statement that returns no rows (update, insert, delete) is run, and answers none.
      const statement = db.$client.prepare(text);
      if (!statement.reader) {
        statement.run(...params);
        return Promise.resolve([]);
      }
      return Promise.resolve(statement.all(...params) as T[]);
    },
    close: () => {
      db.$client.close();
      return Promise.resolve();
    },
  };
}

const INT8_AS_NUMBER: pg.CustomTypesConfig = {
  getTypeParser: (id, format): unknown =>
    id === pg.types.builtins.INT8 || id === pg.types.builtins.NUMERIC ? Number : pg.types.getTypeParser(id, format),
};

export interface TestServer {
  readonly url: string;
  readonly store: LedgerStore;
  readonly dialect: "sqlite" | "postgresql";
  /** The SQLite connection the server uses; null on PostgreSQL (tests of SQLite's own behaviour skip there). */
  readonly sqlite: LedgerDatabase | null;
  /** Plain SQL on the server's database (its own connection), to check what was stored. */
  readonly query: QueryRows;
  readonly dir: string;
  /** Where the ledger is: the SQLite file, or the PostgreSQL database's URL. */
  readonly location: string;
  readonly server: Server;
  /** A client with a fresh token for `organisationId` and `role`; anonymous without arguments. */
  client(organisationId?: string, role?: Role, headers?: Record<string, string>): Promise<Client>;
  /** A new token's secret. */
  token(organisationId: string, role: Role, label?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The real server on a random port with a fresh ledger (SQLite file, or PostgreSQL database; demo
 * data loaded unless `empty`). It logs nothing unless a test passes its own `logger`.
 */
export async function startTestServer(
  options: { empty?: boolean } & Partial<HttpServerOptions> = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-test-"));
  const location = await freshLocation(dir);
  // On SQLite the test shares the server's own connection, as an operator's script in-process would.
  const sqlite = TEST_DIALECT === "sqlite" ? openDatabase(location) : null;
  const store = sqlite === null ? await openStore(location) : sqliteStore(sqlite);
  if (!options.empty) await seedDemoData(store);
  const reader = openReader(location);
  const server = createHttpServer({ store, logger: createLogger("silent"), ...options });
  const url = await listen(server, 0);
  const token = async (organisationId: string, role: Role, label = "test") =>
    (await createToken(store, { organisationId, role, label })).secret;
  return {
    url,
    store,
    dialect: store.dialect,
    sqlite,
    query: reader.query,
    dir,
    location,
    server,
    async client(organisationId?: string, role?: Role, headers?: Record<string, string>) {
      if (!organisationId || !role) return clientFor(url, undefined, headers);
      return clientFor(url, await token(organisationId, role), headers);
    },
    token,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reader.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The one number a `select count(*) as n ...` answers. */
export async function countOf(query: QueryRows, text: string, params: readonly unknown[] = []): Promise<number> {
  const [row] = await query<{ n: number }>(text, params);
  return Number(row?.n ?? Number.NaN);
}

/** The tRPC error code a call fails with, or "OK". */
export async function outcome(call: () => Promise<unknown>): Promise<string> {
  try {
    await call();
    return "OK";
  } catch (error) {
    if (error instanceof TRPCClientError)
      return String((error.data as { code?: string } | undefined)?.code ?? error.message);
    throw error;
  }
}

export async function failure(
  call: () => Promise<unknown>,
): Promise<{ code: string; message: string; httpStatus: number | undefined }> {
  try {
    await call();
  } catch (error) {
    if (error instanceof TRPCClientError) {
      const data = error.data as { code?: string; httpStatus?: number } | undefined;
      return { code: String(data?.code), message: error.message, httpStatus: data?.httpStatus };
    }
    throw error;
  }
  throw new Error("expected the call to fail");
}

/** The value, or a thrown Error naming what the test expected to find. */
export function defined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Expected ${what}, found none`);
  return value;
}

let keys = 0;
export const key = (prefix = "test") =>
  `${prefix}-${Date.now()}-${(keys += 1)}-${Math.random().toString(36).slice(2, 8)}`;

/** A pino destination that keeps each JSON line, for tests that read the log. */
export function logCapture(): { lines: Record<string, unknown>[]; raw: string[]; write(line: string): void } {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  return {
    lines,
    raw,
    write(line: string) {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  };
}
