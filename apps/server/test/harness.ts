import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import type { AppRouter } from "@solidaria/api";
import { closeDatabase, openDatabase, type LedgerDatabase, type Role } from "@solidaria/db";
import { createToken } from "../src/admin.js";
import { seedDemoData } from "../src/demo-data.js";
import { createHttpServer, listen, type HttpServerOptions } from "../src/http-server.js";
import { createLogger } from "../src/logger.js";

export type Client = ReturnType<typeof clientFor>;

export function clientFor(url: string, token?: string, headers: Record<string, string> = {}) {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        headers: () => ({ ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) }),
      }),
    ],
  });
}

export interface TestServer {
  readonly url: string;
  readonly db: LedgerDatabase;
  readonly dir: string;
  readonly dbPath: string;
  readonly server: Server;
  /** A client with a fresh token for `organisationId` and `role`; anonymous without arguments. */
  client(organisationId?: string, role?: Role, headers?: Record<string, string>): Client;
  close(): Promise<void>;
}

/**
 * The real server on a random port with a fresh SQLite file (demo data loaded unless `empty`). It logs
 * nothing unless a test passes its own `logger`.
 */
export async function startTestServer(
  options: { empty?: boolean } & Partial<HttpServerOptions> = {},
): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-test-"));
  const dbPath = join(dir, "ledger.sqlite");
  const db = openDatabase(dbPath);
  if (!options.empty) seedDemoData(db);
  const server = createHttpServer({ db, logger: createLogger("silent"), ...options });
  const url = await listen(server, 0);
  return {
    url,
    db,
    dir,
    dbPath,
    server,
    client(organisationId?: string, role?: Role, headers?: Record<string, string>) {
      if (!organisationId || !role) return clientFor(url, undefined, headers);
      return clientFor(url, createToken(db, { organisationId, role, label: "test" }).secret, headers);
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
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
