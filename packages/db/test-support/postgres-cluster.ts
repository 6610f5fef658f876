import { spawn, spawnSync } from "node:child_process";
import { accessSync, appendFileSync, constants, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks, run with Debian's own programs
 * (`apt-get install postgresql`; scripts/lib/test-tools.mjs installs it for `npm test`): its own data
 * directory and port, so the machine's own cluster, if any, is never touched.
 */
export interface PostgresCluster {
  /** The TCP port on 127.0.0.1. */
  readonly port: number;
  /** The server's version, e.g. "15.18". */
  readonly version: string;
  /** A URL for `database` (default `postgres`), as user `solidaria` with no password (trust). */
  url(database?: string): string;
  /** Creates `name` (a copy of `template` when given) and returns its URL. */
  createDatabase(name: string, options?: { readonly template?: string }): Promise<string>;
  /** Stops the server at once and deletes its files; later calls do nothing. */
  stop(): Promise<void>;
}

export interface PostgresClusterOptions {
  /**
   * Server settings added to (or replacing) the fast ones below, e.g. `{ fsync: "on",
   * synchronous_commit: "on", full_page_writes: "on" }` for a benchmark that should pay for durability.
   */
  readonly settings?: Readonly<Record<string, string | number>>;
}

const MIN_MAJOR = 15;
const USER = "solidaria";

/**
 * The manual's "non-durable settings": a test cluster is thrown away, so nothing is flushed to disk.
 * max_connections allows for several server nodes, each with its pool, beside the tests' own.
 */
const DEFAULT_SETTINGS: Readonly<Record<string, string | number>> = {
  listen_addresses: "127.0.0.1",
  fsync: "off",
  synchronous_commit: "off",
  full_page_writes: "off",
  max_connections: 300,
};

/** initdb and pg_ctl refuse to run as root: then the server runs as Debian's `postgres` user. */
const asRoot = process.getuid?.() === 0;
const SERVER_USER = "postgres";

/** POSTGRES_BIN, else the newest /usr/lib/postgresql/<major>/bin from MIN_MAJOR on that has initdb. */
function postgresBin(): string {
  const configured = process.env.POSTGRES_BIN;
  if (configured) return configured;
  let majors: string[] = [];
  try {
    majors = readdirSync("/usr/lib/postgresql").filter((entry) => /^\d+$/.test(entry) && Number(entry) >= MIN_MAJOR);
  } catch {
    // No PostgreSQL installed at all: reported below.
  }
  majors.sort((a, b) => Number(b) - Number(a));
  for (const major of majors) {
    const bin = `/usr/lib/postgresql/${major}/bin`;
    try {
      accessSync(join(bin, "initdb"), constants.X_OK);
      return bin;
    } catch {
      // A major with only the client programs: try the next.
    }
  }
  throw new Error(
    `PostgreSQL ${MIN_MAJOR} or later is needed: apt-get install postgresql (or set POSTGRES_BIN to the directory of initdb and pg_ctl)`,
  );
}

/** Runs a PostgreSQL program in `dir` (as the server's user when we are root); rejects with its output. */
function run(dir: string, program: string, args: readonly string[]): Promise<string> {
  const [command, commandArgs] = asRoot
    ? ["runuser", ["-u", SERVER_USER, "--", program, ...args]]
    : [program, [...args]];
  return new Promise((resolve, reject) => {
    // cwd inside the directory: the server's user may not be allowed into ours.
    const child = spawn(command, commandArgs, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${program} ${args.join(" ")} failed (exit ${code}):\n${output}`));
    });
  });
}

/**
 * A port nothing listens on now (the server refuses port 0, so one is chosen for it). Another
 * process may take it before the server does: start() then tries another.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("no port was assigned"));
      });
    });
  });
}

function clusterUrl(port: number, database: string): string {
  return `postgres://${USER}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/**
 * Creates database `name` on the cluster at `serverUrl` (any database of it), as a copy of `template`
 * when given, and returns the new database's URL.
 */
export async function createDatabaseAt(
  serverUrl: string,
  name: string,
  options: { readonly template?: string } = {},
): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const template = options.template ? ` template ${client.escapeIdentifier(options.template)}` : "";
    await client.query(`create database ${client.escapeIdentifier(name)}${template}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

/** initdb, then pg_ctl start on a free port; the cluster is stopped when this process exits. */
export async function startPostgresCluster(options: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  const bin = postgresBin();
  const dir = mkdtempSync(join(tmpdir(), "solidaria-pg-"));
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  let stopped = false;

  // The last resort when the tests end without stop(): an interrupted run leaves no server behind.
  const stopNow = () => {
    if (stopped) return;
    stopped = true;
    const args = ["-D", data, "-m", "immediate", "-w", "stop"];
    const pgCtl = join(bin, "pg_ctl");
    spawnSync(asRoot ? "runuser" : pgCtl, asRoot ? ["-u", SERVER_USER, "--", pgCtl, ...args] : args, {
      cwd: dir,
      stdio: "ignore",
    });
    rmSync(dir, { recursive: true, force: true });
  };
  process.on("exit", stopNow);

  try {
    if (asRoot) {
      const chown = spawnSync("chown", [`${SERVER_USER}:`, dir], { encoding: "utf8" });
      if (chown.status !== 0) throw new Error(`chown ${SERVER_USER}: ${dir} failed: ${chown.stderr}`);
    }
    await run(dir, join(bin, "initdb"), [
      "-D",
      data,
      "-U",
      USER,
      "--auth=trust",
      "-E",
      "UTF8",
      // Byte-order collation, as SQLite's BINARY: both stores sort names alike.
      "--locale=C.UTF-8",
      "--no-sync",
      "--no-instructions",
    ]);
    const settings = { ...DEFAULT_SETTINGS, unix_socket_directories: dir, ...options.settings };
    // Appended as whoever we are: the file keeps its owner, and the last setting of a name wins.
    appendFileSync(
      join(data, "postgresql.conf"),
      Object.entries(settings)
        .map(([name, value]) => `${name} = '${String(value).replaceAll("'", "''")}'\n`)
        .join(""),
    );

    let port = 0;
    for (let attempt = 1; ; attempt += 1) {
      port = await freePort();
      try {
        await run(dir, join(bin, "pg_ctl"), ["-D", data, "-l", log, "-w", "-t", "60", "-o", `-p ${port}`, "start"]);
        break;
      } catch (error) {
        const serverLog = readLog(log);
        if (attempt >= 3 || !/could not bind|address already in use/i.test(serverLog)) {
          throw new Error(`${(error as Error).message}\n${serverLog}`, { cause: error });
        }
      }
    }

    const version = await serverVersion(clusterUrl(port, "postgres"));
    return {
      port,
      version,
      url: (database = "postgres") => clusterUrl(port, database),
      createDatabase: (name, createOptions) => createDatabaseAt(clusterUrl(port, "postgres"), name, createOptions),
      stop: () => {
        stopNow();
        process.off("exit", stopNow);
        return Promise.resolve();
      },
    };
  } catch (error) {
    stopNow();
    process.off("exit", stopNow);
    throw error;
  }
}

function readLog(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return "";
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("select current_setting('server_version') as version");
    // "15.18 (Debian 15.18-0+deb12u1)": the number alone.
    return rows[0]?.version.split(" ")[0] ?? "unknown";
  } finally {
    await client.end();
  }
}
