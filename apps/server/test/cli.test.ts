import { afterAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { resolveCaller } from "@solidaria/api";
import { closeDatabase, openDatabase } from "@solidaria/db";
import { runCli } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "solidaria-cli-"));
const db = join(dir, "ledger.sqlite");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function callerFor(token: string) {
  const handle = openDatabase(db);
  try {
    return resolveCaller(handle, `Bearer ${token}`);
  } finally {
    closeDatabase(handle);
  }
}

const REPOSITORY_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

describe("solidaria CLI", () => {
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

  it("migrate creates the database", () => {
    const result = runCli(["migrate", "--db", db]);
    expect(result.stdout).toContain("schema up to date");
    expect(existsSync(db)).toBe(true);
  });

  it("org add, token create (printed once), token revoke", () => {
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
    expect(callerFor(token)).toMatchObject({ role: "state", organisation: { id: "gov-uy" } });
    expect(runCli(["token", "revoke", id, "--db", db]).stdout).toContain(`revoked ${id}`);
    expect(callerFor(token)).toBeNull();
  });

  it("explains bad arguments and exits with 2", () => {
    const wrongKind = runCli(["org", "add", "--db", db, "--id", "x-y", "--name", "Somebody", "--kind", "ngo"]);
    expect(wrongKind.status).toBe(2);
    expect(wrongKind.stderr).toContain("--kind must be one of state, donor, agency, coordinator");
    const unknownOrg = runCli(["token", "create", "--db", db, "--org", "nobody", "--role", "donor"]);
    expect(unknownOrg.stderr).toContain('no organisation "nobody"');
    expect(runCli(["launch", "--db", db]).status).toBe(2);
  });

  it("backup and export write their files", () => {
    const backup = join(dir, "copy.sqlite");
    expect(runCli(["backup", backup, "--db", db]).status).toBe(0);
    const copy = openDatabase(backup, { readonly: true });
    try {
      expect(copy.$client.prepare("select name from organisations").pluck().all()).toEqual(["Government of Uruguay"]);
    } finally {
      closeDatabase(copy);
    }
    const out = join(dir, "pledges.csv");
    expect(runCli(["export", "--db", db, "--out", out]).status).toBe(0);
    expect(readFileSync(out, "utf8").split("\r\n")[1]).toMatch(/^#activity\+id,/);
  });
});
