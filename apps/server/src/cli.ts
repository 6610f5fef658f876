#!/usr/bin/env node
/**
 * solidaria: runs the coordination server and administers it.
 *
 *   solidaria serve [--db FILE|URL] [--port N] [--host H] [--public-url URL] [--dashboard DIR] [--origin URL]... [--extension-id ID]... [--workers N|auto] [--demo]
 *   solidaria migrate [--db FILE]
 *   solidaria org add --id ID --name NAME --kind state|donor|agency|coordinator [--country CC] [--db FILE]
 *   solidaria org list [--db FILE]
 *   solidaria token create --org ID --role coordinator|state|donor|viewer [--label TEXT] [--db FILE]
 *   solidaria token list [--org ID] [--all] [--db FILE]
 *   solidaria token revoke TOKEN_ID [--db FILE]
 *   solidaria user invite --email E --name NAME --org ID --role R [--public-url URL] [--db FILE]
 *   solidaria user reset-link --email E [--public-url URL] [--db FILE]
 *   solidaria user list [--db FILE]
 *   solidaria backup FILE [--db FILE]
 *   solidaria export [--out FILE] [--db FILE]
 */
import cluster from "node:cluster";
import { availableParallelism } from "node:os";
import { existsSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { LedgerStore } from "@solidaria/api";
import { backupDatabase, closeDatabase, openDatabase } from "@solidaria/db";
import { isPostgresUrl, redactDatabaseUrl } from "@solidaria/db/pg";
import {
  addOrganisation,
  AdminError,
  createToken,
  inviteUser,
  organisationsWithTokens,
  resetLink,
  revokeToken,
  tokens,
  users,
} from "./admin.js";
import {
  defaultDashboardDir,
  defaultDatabasePath,
  resolveLocation,
  UnsupportedDatabaseError,
} from "./database-path.js";
import { issueDemoTokens, seedDemoData, seedDemoUsers } from "./demo-data.js";
import { createHttpServer, listen } from "./http-server.js";
import { createLogger } from "./logger.js";
import { settingsFromEnvironment } from "./settings.js";
import { openStore } from "./open-store.js";
import { postgresBackupAdvice } from "./postgres-backup.js";

/** The usage text, with the database a command would use without --db (its password hidden). */
function usage(): string {
  let location: string;
  try {
    location = defaultDatabasePath();
  } catch (error) {
    location = error instanceof Error ? error.message : String(error);
  }
  const shown = isPostgresUrl(location) ? redactDatabaseUrl(location) : location;
  return `usage:
  solidaria serve [--db FILE] [--port N] [--host H] [--public-url URL] [--dashboard DIR] [--origin URL]...
                  [--extension-id ID]... [--workers N|auto] [--demo]
  solidaria migrate [--db FILE]
  solidaria org add --id ID --name NAME --kind state|donor|agency|coordinator [--country CC]
  solidaria org list
  solidaria token create --org ID --role coordinator|state|donor|viewer [--label TEXT]
  solidaria token list [--org ID] [--all]      (--all: revoked tokens too)
  solidaria token revoke TOKEN_ID              (the id, or its first 8 characters as listed)
  solidaria user invite --email E --name NAME --org ID --role coordinator|state|donor|viewer [--public-url URL]
                                               (prints the invitation link once: pass it on)
  solidaria user reset-link --email E [--public-url URL]
  solidaria user list
  solidaria backup FILE
  solidaria export [--out FILE]
every command takes --db FILE|URL: an SQLite file, or a PostgreSQL URL (postgres://user@host:5432/db) for several
server nodes (default: $SOLIDARIA_DB, else $DATABASE_URL if it is a PostgreSQL URL, else data/solidaria.sqlite at the repository root,
which is now ${shown})
--public-url: the address people reach the server at, for links and secure cookies (default: $SOLIDARIA_PUBLIC_URL,
else http://HOST:PORT); --dashboard: the built dashboard to serve (default: apps/dashboard/dist when built)`;
}

const OPTIONS = {
  db: { type: "string" },
  port: { type: "string" },
  host: { type: "string" },
  origin: { type: "string", multiple: true },
  "extension-id": { type: "string", multiple: true },
  demo: { type: "boolean" },
  workers: { type: "string" },
  id: { type: "string" },
  name: { type: "string" },
  kind: { type: "string" },
  country: { type: "string" },
  org: { type: "string" },
  role: { type: "string" },
  label: { type: "string" },
  all: { type: "boolean" },
  out: { type: "string" },
  email: { type: "string" },
  "public-url": { type: "string" },
  dashboard: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];
type CliOptions = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>["values"];

class UsageError extends Error {}

/** Rows under a header, in columns as wide as their widest cell (the last column as it comes). */
function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  for (const row of [header, ...rows]) {
    console.log(
      row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column] ?? 0))).join("  "),
    );
  }
}

async function withStore<T>(location: string, run: (store: LedgerStore) => Promise<T>): Promise<T> {
  const store = await openStore(location, { poolSize: 2 });
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/**
 * `--workers N` runs N server processes on one port (node:cluster), sharing the SQLite file: WAL lets
 * them read in parallel and SQLite serialises their short write transactions. The primary prepares
 * the database (migrations, demo data, tokens) before any worker starts.
 */
/** A comma-separated list in an environment variable, empty when unset. */
function listFromEnvironment(name: string): string[] {
  return (
    process.env[name]
      ?.split(",")
      .map((item) => item.trim())
      .filter(Boolean) ?? []
  );
}

async function serve(values: CliOptions, path: string): Promise<void> {
  const workers = values.workers === "auto" ? availableParallelism() : Number(values.workers ?? 1);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64)
    throw new UsageError(`--workers must be 1-64 or auto, got ${String(values.workers)}`);
  if (workers > 1 && cluster.isPrimary) return servePrimary(values, path, workers);
  const logger = createLogger(settingsFromEnvironment().logLevel);
  const store = await openStore(path, {
    onConnectionError: (error) => logger.warn({ err: error }, "a database connection failed; it is made again"),
  });
  if (values.demo && cluster.isPrimary) {
    if (await seedDemoData(store))
      console.log(`Loaded SYNTHETIC demo data into ${store.location} (every name starts with [DEMO]).`);
  }
  const origins = [...(values.origin ?? []), ...listFromEnvironment("SOLIDARIA_ALLOWED_ORIGINS")];
  // No extension is allowed unless named: any extension the browser has installed could otherwise call.
  const extensionIds = [...(values["extension-id"] ?? []), ...listFromEnvironment("SOLIDARIA_EXTENSION_IDS")];
  if (extensionIds.length === 0 && cluster.isPrimary)
    console.log("No browser extension may call the API: name yours with --extension-id ID.");
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0-65535, got ${String(values.port)}`);
  const host = values.host ?? process.env.HOST ?? "127.0.0.1";
  const publicUrl = publicUrlOf(values, host, port);
  const dashboardDir = dashboardOf(values);
  if (dashboardDir === null && cluster.isPrimary)
    console.log("No dashboard is built: / says how to build it (pnpm --filter @solidaria/dashboard build).");
  const server = createHttpServer({ store, logger, allowedOrigins: origins, extensionIds, publicUrl, dashboardDir });
  // Handlers first: a signal that arrives while starting must still close the database cleanly.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing connections and the database...`);
    server.close(() => {
      void store.close().then(() => {
        if (cluster.isPrimary) console.log("stopped.");
        // Let stdout drain and the loop end by itself: process.exit() can cut piped output short.
        process.exitCode = 0;
        if (cluster.isWorker) process.disconnect?.();
      });
    });
    server.closeIdleConnections();
    // Requests in flight get a moment to finish; then the rest are cut.
    setTimeout(() => server.closeAllConnections(), 5_000).unref();
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  const url = await listen(server, port, host);
  if (cluster.isWorker) {
    process.send?.({ listening: url });
  } else {
    console.log(`Solidaria coordination server on ${url} (tRPC at ${url}/trpc), database ${store.location}`);
  }
  if (values.demo && cluster.isPrimary) {
    console.log("Demo tokens (new at each start; earlier demo tokens are revoked):");
    for (const token of await issueDemoTokens(store))
      console.log(`  ${token.role.padEnd(11)} ${token.organisationId.padEnd(20)} ${token.token}`);
    console.log(`Try: curl -H "Authorization: Bearer <token>" ${url}/trpc/report.coverage`);
    printDemoUsers(await seedDemoUsers(store), publicUrl ?? url);
  }
}

/**
 * The address people reach the server at: --public-url, else $SOLIDARIA_PUBLIC_URL, else http://HOST:PORT
 * (null with --port 0, when the port is not known yet: the Host header of each request stands in).
 */
function publicUrlOf(values: CliOptions, host: string, port: number): string | undefined {
  const given = values["public-url"] ?? process.env.SOLIDARIA_PUBLIC_URL;
  if (given !== undefined) {
    let url: URL;
    try {
      url = new URL(given);
    } catch {
      throw new UsageError(`--public-url must be an http or https URL, got ${given}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new UsageError(`--public-url must be an http or https URL, got ${given}`);
    return url.href.replace(/\/+$/, "");
  }
  if (port === 0) return undefined;
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}

/** The built dashboard to serve: --dashboard DIR, else the repository's apps/dashboard/dist when it is built. */
function dashboardOf(values: CliOptions): string | null {
  if (values.dashboard !== undefined) {
    const dir = resolve(values.dashboard);
    if (!existsSync(dir)) throw new UsageError(`--dashboard: no folder ${dir}`);
    return dir;
  }
  return defaultDashboardDir();
}

/** The demo people and their passwords, for someone trying the dashboard on synthetic data. */
function printDemoUsers(
  people: readonly { email: string; role: string; organisationId: string; password: string }[],
  url: string,
): void {
  if (people.length === 0) return;
  console.log("DEMO sign-in (synthetic data, do not use in production):");
  for (const person of people)
    console.log(
      `  ${person.role.padEnd(11)} ${person.email.padEnd(26)} ${person.organisationId.padEnd(20)} password: ${person.password}`,
    );
  console.log(`Sign in to the dashboard at ${url}/`);
}

async function servePrimary(values: CliOptions, path: string, workers: number): Promise<void> {
  const store = await openStore(path, { poolSize: 2 });
  if (values.demo && (await seedDemoData(store)))
    console.log(`Loaded SYNTHETIC demo data into ${store.location} (every name starts with [DEMO]).`);
  const demoTokens = values.demo ? await issueDemoTokens(store) : [];
  const demoUsers = values.demo ? await seedDemoUsers(store) : [];
  const location = store.location;
  await store.close();
  // Workers share one port; with --port 0 the primary picks it so every worker binds the same one.
  const listening: string[] = [];
  let stopping = false;
  const started = new Promise<string>((resolve, reject) => {
    for (let index = 0; index < workers; index += 1) {
      const worker = cluster.fork();
      worker.on("message", (message: { listening?: string }) => {
        if (!message.listening) return;
        listening.push(message.listening);
        if (listening.length === workers) resolve(message.listening);
      });
      worker.on("exit", (code) => {
        if (!stopping) reject(new Error(`worker exited with ${code} during start`));
      });
    }
  });
  const url = await started;
  console.log(
    `Solidaria coordination server on ${url} (tRPC at ${url}/trpc), database ${location}, ${workers} workers`,
  );
  if (demoTokens.length > 0) {
    console.log("Demo tokens (new at each start; earlier demo tokens are revoked):");
    for (const token of demoTokens)
      console.log(`  ${token.role.padEnd(11)} ${token.organisationId.padEnd(20)} ${token.token}`);
  }
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  printDemoUsers(demoUsers, publicUrlOf(values, values.host ?? process.env.HOST ?? "127.0.0.1", port) ?? url);
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping ${workers} workers...`);
    let alive = workers;
    for (const worker of Object.values(cluster.workers ?? {})) {
      worker?.once("exit", () => {
        alive -= 1;
        if (alive === 0) {
          console.log("stopped.");
          process.exitCode = 0;
        }
      });
      worker?.process.kill(signal);
    }
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
}

/** Where links point from the CLI: --public-url, $SOLIDARIA_PUBLIC_URL, else the default address of `serve`. */
function linkBase(values: CliOptions): string {
  return (
    publicUrlOf(
      values,
      values.host ?? process.env.HOST ?? "127.0.0.1",
      Number(values.port ?? process.env.PORT ?? 3000),
    ) ?? "http://127.0.0.1:3000"
  );
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  const db = values.db === undefined ? defaultDatabasePath() : resolveLocation(values.db);
  const [command, sub, arg] = positionals;
  if (values.help || command === undefined) {
    console.log(usage());
    return;
  }
  switch (`${command}${sub && ["org", "token", "user"].includes(command) ? ` ${sub}` : ""}`) {
    case "serve":
      return serve(values, db);
    case "migrate":
      console.log(`${await withStore(db, (store) => Promise.resolve(store.location))}: schema up to date`);
      return;
    case "org add": {
      const row = await withStore(db, (handle) =>
        addOrganisation(handle, {
          id: values.id ?? "",
          name: values.name ?? "",
          kind: values.kind ?? "",
          country: values.country ?? null,
        }),
      );
      console.log(`added organisation ${row.id} (${row.kind}${row.country ? `, ${row.country}` : ""})`);
      return;
    }
    case "token create": {
      const { org, role } = values;
      if (!org || !role) throw new UsageError("token create needs --org and --role");
      const token = await withStore(db, (handle) =>
        createToken(handle, { organisationId: org, role, label: values.label ?? "cli" }),
      );
      console.log(`token id: ${token.id}`);
      console.log(`token:    ${token.secret}`);
      console.log("This token is shown only now; store it safely. Revoke it with: solidaria token revoke <token id>");
      return;
    }
    case "org list":
      printTable(
        ["id", "kind", "country", "tokens", "name"],
        (await withStore(db, organisationsWithTokens)).map((row) => [
          row.id,
          row.kind,
          row.country ?? "-",
          String(row.activeTokens),
          row.name,
        ]),
      );
      return;
    case "token list":
      printTable(
        ["id", "organisation", "role", "created", "revoked", "label"],
        (
          await withStore(db, (handle) =>
            tokens(handle, {
              ...(values.org ? { organisationId: values.org } : {}),
              includeRevoked: values.all ?? false,
            }),
          )
        ).map((token) => [
          token.shortId,
          token.organisationId,
          token.role,
          token.createdAt.slice(0, 16),
          token.revokedAt?.slice(0, 16) ?? "-",
          token.label,
        ]),
      );
      return;
    case "token revoke": {
      if (!arg) throw new UsageError("token revoke needs the token id (or its first 8 characters, from token list)");
      const token = await withStore(db, (handle) => revokeToken(handle, arg));
      console.log(`revoked ${token.id} (${token.organisationId}, ${token.role}, "${token.label}")`);
      return;
    }
    case "user invite": {
      const { email, name, org, role } = values;
      if (!email || !name || !org || !role) throw new UsageError("user invite needs --email, --name, --org and --role");
      const invited = await withStore(db, (handle) =>
        inviteUser(handle, { email, displayName: name, organisationId: org, role }, linkBase(values)),
      );
      console.log(`invited ${email} (user id ${invited.userId})`);
      console.log(`invitation link: ${invited.url}`);
      console.log(
        `It is shown only now and works once, until ${invited.expiresAt.toISOString()}: pass it on to the person.`,
      );
      return;
    }
    case "user reset-link": {
      if (!values.email) throw new UsageError("user reset-link needs --email");
      const email = values.email;
      const link = await withStore(db, (handle) => resetLink(handle, email, linkBase(values)));
      console.log(
        `${link.purpose === "reset" ? "reset" : "invitation (never accepted, so a new one)"} link: ${link.url}`,
      );
      console.log(`It is shown only now and works once, until ${link.expiresAt.toISOString()}.`);
      return;
    }
    case "user list":
      printTable(
        ["email", "organisation", "role", "status", "created", "last seen", "name"],
        (await withStore(db, users)).map((user) => [
          user.email,
          user.organisationId,
          user.role,
          user.status,
          user.createdAt.slice(0, 16),
          user.lastSeenAt?.slice(0, 16) ?? "-",
          user.displayName,
        ]),
      );
      return;
    case "backup": {
      if (!sub) throw new UsageError("backup needs a destination file");
      if (isPostgresUrl(db)) {
        console.error(`solidaria: ${postgresBackupAdvice(db, sub)}`);
        process.exitCode = 2;
        return;
      }
      const handle = openDatabase(db);
      try {
        await backupDatabase(handle, sub);
      } finally {
        closeDatabase(handle);
      }
      console.log(`backed up ${db} to ${sub}`);
      return;
    }
    case "export": {
      const csv = await withStore(db, (handle) => handle.pledgesCsv());
      if (values.out) {
        writeFileSync(values.out, csv);
        console.log(`wrote ${values.out}`);
      } else process.stdout.write(csv);
      return;
    }
    default:
      throw new UsageError(`unknown command "${positionals.join(" ")}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (
    error instanceof UsageError ||
    error instanceof AdminError ||
    error instanceof UnsupportedDatabaseError ||
    (error instanceof TypeError && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS"))
  ) {
    console.error(`solidaria: ${error.message}`);
    if (error instanceof UsageError) console.error(usage());
    process.exitCode = 2;
    return;
  }
  console.error(error);
  process.exitCode = 1;
});
