import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "../src/open-store.js";
import { freshLocation, openReader, TEST_DIALECT } from "./harness.js";
import { runCli, startServerProcess, stopServerProcess } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "solidaria-cli-"));
/** The ledger the commands share: an SQLite file in `dir`, or a PostgreSQL database's URL. */
let db: string;
beforeAll(async () => {
  db = await freshLocation(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Plain SQL on the ledger the CLI wrote, whichever database holds it. */
async function rowsOf<T extends Record<string, unknown>>(location: string, text: string): Promise<T[]> {
  const reader = openReader(location);
  try {
    return await reader.query<T>(text);
  } finally {
    await reader.close();
  }
}

async function callerFor(token: string) {
  const store = await openStore(db, { poolSize: 1 });
  try {
    return await store.resolveCaller(`Bearer ${token}`);
  } finally {
    await store.close();
  }
}

/** The URL with a password in it (the test cluster trusts local connections, so any password does). */
function withPassword(url: string, password: string): string {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
}

const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

// Each test starts several CLI processes, each loading the TypeScript sources: on a busy two-core
// machine that alone can pass a minute, so the hang guard is wider here than elsewhere.
describe("solidaria CLI", { timeout: 180_000 }, () => {
  it("uses data/solidaria.sqlite at the repository root by default, from whatever folder it runs in", () => {
    const expected = join(REPOSITORY_ROOT, "data", "solidaria.sqlite");
    for (const cwd of [REPOSITORY_ROOT, join(REPOSITORY_ROOT, "apps", "server"), dir]) {
      const help = runCli(["--help"], { cwd });
      expect(help.stdout.replace(/\s+/g, " "), cwd).toContain(`which is now ${expected})`);
    }
  });

  it("takes $SOLIDARIA_DB instead, relative to the folder it runs in", () => {
    const result = runCli(["migrate"], { cwd: dir, env: { SOLIDARIA_DB: "from-env.sqlite" } });
    expect(result.stdout).toContain(`${join(dir, "from-env.sqlite")}: schema up to date`);
    expect(existsSync(join(dir, "from-env.sqlite"))).toBe(true);
  });

  it("prefers $SOLIDARIA_DB to $DATABASE_URL, and takes only a PostgreSQL URL from the latter", () => {
    const elsewhere = "mysql://root:env-secret-pw@db.example/other-app";
    const chosen = runCli(["migrate"], { cwd: dir, env: { DATABASE_URL: elsewhere, SOLIDARIA_DB: "chosen.sqlite" } });
    expect(chosen.status, chosen.stderr).toBe(0);
    expect(existsSync(join(dir, "chosen.sqlite"))).toBe(true);
    const refused = runCli(["migrate"], { cwd: dir, env: { DATABASE_URL: elsewhere } });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("DATABASE_URL is not a postgres:// or postgresql:// URL");
    expect(refused.stdout + refused.stderr).not.toContain("env-secret-pw");
  });

  // A PostgreSQL URL: on SQLite the tests above cover the variables the CLI reads.
  it.skipIf(TEST_DIALECT !== "postgresql")(
    "takes $DATABASE_URL, a PostgreSQL URL, and never shows its password",
    () => {
      const url = withPassword(db, "env-secret-pw");
      const result = runCli(["migrate"], { cwd: dir, env: { DATABASE_URL: url } });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).toContain("schema up to date");
      expect(result.stdout).toContain(`@127.0.0.1:${new URL(db).port}`);
      expect(result.stdout + result.stderr).not.toContain("env-secret-pw");
    },
  );

  it("migrate creates the database", async () => {
    const result = runCli(["migrate", "--db", db]);
    expect(result.stdout).toContain("schema up to date");
    if (TEST_DIALECT === "sqlite") expect(existsSync(db)).toBe(true);
    else expect(await rowsOf(db, "select name from organisations")).toEqual([]);
  });

  it("org add, token create (printed once), token revoke", async () => {
    expect(
      runCli([
        "org",
        "add",
        "--db",
        db,
        "--id",
        "gov-uy",
        "--name",
        "Government of Uruguay",
        "--kind",
        "state",
        "--country",
        "uy",
      ]).stdout,
    ).toContain("added organisation gov-uy (state, UY)");
    const created = runCli(["token", "create", "--db", db, "--org", "gov-uy", "--role", "state", "--label", "ops"]);
    const token = /token:\s+(sol_\S+)/.exec(created.stdout)?.[1];
    const id = /token id:\s+(\S+)/.exec(created.stdout)?.[1];
    expect(token && id).toBeTruthy();
    if (!token || !id) throw new Error(`Expected a token and its id in the output:\n${created.stdout}`);
    expect(await callerFor(token)).toMatchObject({ role: "state", organisation: { id: "gov-uy" } });
    expect(runCli(["token", "revoke", id, "--db", db]).stdout).toContain(`revoked ${id}`);
    expect(await callerFor(token)).toBeNull();
  });

  it("lists organisations and tokens, and revokes a token by the short id the list shows", () => {
    runCli(["token", "create", "--db", db, "--org", "gov-uy", "--role", "viewer", "--label", "Montevideo desk"]);
    const organisations = runCli(["org", "list", "--db", db]).stdout;
    expect(organisations).toMatch(/^id\s+kind\s+country\s+tokens\s+name$/m);
    expect(organisations).toMatch(/^gov-uy\s+state\s+UY\s+1\s+Government of Uruguay$/m);
    const listed = runCli(["token", "list", "--db", db]).stdout;
    const shortId = /^([0-9a-f]{8})\s+gov-uy\s+viewer\s+.*Montevideo desk$/m.exec(listed)?.[1];
    if (shortId === undefined) throw new Error(`Expected the token in the list:\n${listed}`);
    expect(listed).not.toMatch(/sol_/);
    expect(runCli(["token", "revoke", shortId, "--db", db]).stdout).toMatch(
      /revoked .*gov-uy, viewer, "Montevideo desk"/,
    );
    expect(runCli(["token", "list", "--db", db]).stdout).not.toContain("Montevideo desk");
    expect(runCli(["token", "list", "--all", "--db", db]).stdout).toMatch(/Montevideo desk$/m);
    const unknown = runCli(["token", "revoke", "00000000", "--db", db]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no active token "00000000"');
  });

  it("explains bad arguments and exits with 2", () => {
    const wrongKind = runCli(["org", "add", "--db", db, "--id", "x-y", "--name", "Somebody", "--kind", "ngo"]);
    expect(wrongKind.status).toBe(2);
    expect(wrongKind.stderr).toContain('--kind: expected one of "state", "donor", "agency", "coordinator", got "ngo"');
    const unknownOrg = runCli(["token", "create", "--db", db, "--org", "nobody", "--role", "donor"]);
    expect(unknownOrg.stderr).toContain('no organisation "nobody"');
    expect(runCli(["launch", "--db", db]).status).toBe(2);
    // A URL of another database is refused, not taken for a file name.
    const mysql = runCli(["org", "list", "--db", "mysql://root:secret@db.example/ledger"], { cwd: dir });
    expect(mysql.status).toBe(2);
    expect(mysql.stderr).toContain("mysql:// databases are not supported");
    expect(mysql.stderr).not.toContain("secret");
    expect(existsSync(join(dir, "mysql:"))).toBe(false);
  });

  it("validates with the API's schemas: a name over 200 characters or without visible text is refused", () => {
    const long = runCli(["org", "add", "--db", db, "--id", "long-name", "--name", "x".repeat(201), "--kind", "donor"]);
    expect(long.status).toBe(2);
    expect(long.stderr).toContain("name: must have at most 200 characters");
    const invisible = runCli([
      "org",
      "add",
      "--db",
      db,
      "--id",
      "invisible",
      "--name",
      "\u200B\u200B",
      "--kind",
      "donor",
    ]);
    expect(invisible.status).toBe(2);
    expect(invisible.stderr).toContain("name: must contain visible text");
  });

  it("backup copies an SQLite file; on PostgreSQL it names pg_dump without the password and copies nothing", async () => {
    if (TEST_DIALECT === "sqlite") {
      const backup = join(dir, "copy.sqlite");
      expect(runCli(["backup", backup, "--db", db]).status).toBe(0);
      expect(await rowsOf(backup, "select name from organisations")).toEqual([{ name: "Government of Uruguay" }]);
    } else {
      const backup = join(dir, "copy.dump");
      const refused = runCli(["backup", backup, "--db", withPassword(db, "backup-secret-pw")]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain("pg_dump");
      expect(refused.stderr).toContain(`--file='${backup}'`);
      expect(refused.stdout + refused.stderr).not.toContain("backup-secret-pw");
      // The command carries no password at all (not even ***, which pg_dump would send): PGPASSWORD gives it.
      const command = refused.stderr.split("\n").find((line) => line.trim().startsWith("pg_dump")) ?? "";
      expect(command).toContain(`--dbname='postgres://solidaria@127.0.0.1:${new URL(db).port}/`);
      expect(command).not.toContain("***");
      expect(existsSync(backup)).toBe(false);
    }
  });

  it("export writes its file", () => {
    const out = join(dir, "pledges.csv");
    expect(runCli(["export", "--db", db, "--out", out]).status).toBe(0);
    expect(readFileSync(out, "utf8").split("\r\n")[1]).toMatch(/^#activity\+id,/);
  });

  it("serve allows no browser extension unless named, by flag or $SOLIDARIA_EXTENSION_IDS", async () => {
    const named = "mkiebkgloakbcpbdjfbcffkhcadbcdmg";
    const other = "abcdefghijklmnopabcdefghijklmnop";
    const status = async (url: string, extensionId: string) =>
      (await fetch(`${url}/trpc/health`, { headers: { origin: `chrome-extension://${extensionId}` } })).status;

    const bare = await startServerProcess(["--db", db]);
    try {
      expect(bare.output()).toContain("No browser extension may call the API");
      expect(await status(bare.url, named)).toBe(403);
    } finally {
      await stopServerProcess(bare.child);
    }
    const flagged = await startServerProcess(["--db", db, "--extension-id", named]);
    try {
      expect(await status(flagged.url, named)).toBe(200);
      expect(await status(flagged.url, other)).toBe(403);
    } finally {
      await stopServerProcess(flagged.child);
    }
    const fromEnvironment = await startServerProcess(["--db", db], { SOLIDARIA_EXTENSION_IDS: ` ${other}, ` });
    try {
      expect(await status(fromEnvironment.url, other)).toBe(200);
      expect(await status(fromEnvironment.url, named)).toBe(403);
    } finally {
      await stopServerProcess(fromEnvironment.child);
    }
  });

  it("user invite prints the link once; user list shows the person; user reset-link issues a new link", () => {
    const base = ["--db", db, "--public-url", "https://ledger.example.org/"];
    const invited = runCli([
      "user",
      "invite",
      ...base,
      "--email",
      "Ana@Example.org",
      "--name",
      "Ana Pérez",
      "--org",
      "gov-uy",
      "--role",
      "state",
    ]);
    expect(invited.status, invited.stderr).toBe(0);
    expect(invited.stdout).toMatch(/invitation link: https:\/\/ledger\.example\.org\/invitation#token=[\w-]{43}\n/);
    const listed = runCli(["user", "list", "--db", db]);
    expect(listed.stdout).toMatch(/ana@example\.org\s+gov-uy\s+state\s+invited\s/);
    // Not accepted yet: a new invitation stands in for a reset.
    const again = runCli(["user", "reset-link", ...base, "--email", "ANA@example.org"]);
    expect(again.stdout).toMatch(
      /invitation \(never accepted, so a new one\) link: https:\/\/ledger\.example\.org\/invitation#token=/,
    );
    const refused = runCli([
      "user",
      "invite",
      ...base,
      "--email",
      "not-an-email",
      "--name",
      "X",
      "--org",
      "gov-uy",
      "--role",
      "boss",
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain("--email: must be an email address");
    expect(refused.stderr).toContain("--name:");
    expect(refused.stderr).toContain("--role:");
    expect(runCli(["user", "reset-link", "--db", db, "--email", "nobody@example.org"]).stderr).toContain(
      "--email: no user with the email nobody@example.org",
    );
  });

  it("serve --demo prints the demo sign-in block, and a demo person signs in with it", async () => {
    const demoDb = TEST_DIALECT === "sqlite" ? join(dir, "demo.sqlite") : await freshLocation(dir);
    const server = await startServerProcess(["--db", demoDb, "--demo"]);
    try {
      await expect.poll(() => server.output(), { timeout: 30_000 }).toContain("Sign in to the dashboard at");
      const output = server.output();
      expect(output).toContain("Demo tokens");
      expect(output).toContain("DEMO sign-in (synthetic data, do not use in production):");
      const line = /^\s+viewer\s+(\S+@demo\.example)\s+demo-observer\s+password: (\S+)$/m.exec(output);
      const [, email, password] = line ?? [];
      expect(email).toBe("viewer@demo.example");
      const response = await fetch(`${server.url}/trpc/auth.signIn`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-csrf-token": "anonymous" },
        body: JSON.stringify({ email, password }),
      });
      expect(response.status).toBe(200);
    } finally {
      await stopServerProcess(server.child);
    }
  });
});
