import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ACCOUNT_LEDGERS, type AccountsLedger } from "./accounts-fixture.js";

const now = new Date("2020-06-01T12:00:00Z");

describe.each(ACCOUNT_LEDGERS)("operator's administration on %s", (_dialect, open) => {
  let ledger: AccountsLedger;
  beforeEach(async () => {
    ledger = await open();
  });
  afterEach(() => ledger.close());

  describe("tokens as an operator manages them", () => {
    it("are issued for an existing organisation only, and listed without their secret", async () => {
      const issued = await ledger.issueToken({ organisationId: "gov-br", role: "state", label: "ops laptop" });
      if (!issued.ok) throw issued.error;
      expect(await ledger.issueToken({ organisationId: "nobody", role: "state", label: "x" })).toMatchObject({
        ok: false,
        error: { kind: "invalid", field: "organisationId", message: 'no organisation "nobody"' },
      });
      const listed = await ledger.listTokens({ includeRevoked: false });
      expect(listed).toEqual([
        expect.objectContaining({ id: issued.value.id, shortId: issued.value.id.slice(0, 8), label: "ops laptop" }),
      ]);
      expect(JSON.stringify(listed)).not.toContain(issued.value.secret);
    });

    it("revoke by a short id only when it names one token", async () => {
      await ledger.addTokens([
        {
          id: "abcdef01-0000-4000-8000-000000000001",
          organisationId: "gov-br",
          role: "state",
          label: "a",
          secretHash: "h1",
        },
        {
          id: "abcdef01-0000-4000-8000-000000000002",
          organisationId: "gov-br",
          role: "state",
          label: "b",
          secretHash: "h2",
        },
      ]);
      expect(await ledger.revokeToken("abcdef01", now)).toMatchObject({
        ok: false,
        error: { kind: "conflict", field: "id" },
      });
      expect(await ledger.revokeToken("abcdef01-0000-4000-8000-000000000002", now)).toMatchObject({
        ok: true,
        value: { label: "b", revokedAt: now.toISOString() },
      });
      // The start of an id in capitals names it too (SQLite's LIKE ignores the case of ASCII letters).
      expect(await ledger.revokeToken("ABCDEF01-0000-4000-8000-00000000000", now)).toMatchObject({
        ok: true,
        value: { label: "a" },
      });
      expect(await ledger.revokeToken("abcdef01", now)).toMatchObject({
        ok: false,
        error: {
          kind: "not-found",
          message: `no active token "abcdef01": it was revoked at ${now.toISOString()}`,
        },
      });
      expect(await ledger.revokeToken("abc", now)).toMatchObject({
        ok: false,
        error: { kind: "not-found", field: "id", message: 'no active token "abc"' },
      });
      expect(await ledger.listTokens({ includeRevoked: false })).toEqual([]);
      expect(await ledger.listTokens({ includeRevoked: true })).toHaveLength(2);
    });

    it("name their caller until they are revoked", async () => {
      const issued = await ledger.issueToken({ organisationId: "donor-us", role: "donor", label: "sync" });
      if (!issued.ok) throw issued.error;
      expect(await ledger.resolveCaller(`Bearer ${issued.value.secret}`)).toEqual({
        tokenId: issued.value.id,
        role: "donor",
        organisation: { id: "donor-us", name: "United States", kind: "donor", country: "US" },
        user: null,
        via: "token",
      });
      expect(await ledger.resolveCaller(undefined)).toBeNull();
      expect(await ledger.resolveCaller("Bearer sol_unknown")).toBeNull();
      expect((await ledger.revokeToken(issued.value.id, now)).ok).toBe(true);
      expect(await ledger.resolveCaller(`Bearer ${issued.value.secret}`)).toBeNull();
    });
  });

  describe("organisations", () => {
    it("are added once, and listed by name in byte order (capitals, then small letters, then accents)", async () => {
      for (const [id, name] of [
        ["zeta", "zeta"],
        ["eclair", "Éclair"],
        ["arzte", "Ärzte"],
        ["apple", "apple"],
        ["banana", "Banana"],
      ] as const) {
        expect(await ledger.addOrganisation({ id, name, kind: "agency", country: null })).toMatchObject({
          ok: true,
          value: { id, name, kind: "agency", country: null, demo: false },
        });
      }
      expect(await ledger.addOrganisation({ id: "zeta", name: "Another", kind: "donor", country: null })).toMatchObject(
        {
          ok: false,
          error: { kind: "conflict", field: "id", message: 'an organisation "zeta" already exists' },
        },
      );
      const names = (await ledger.listOrganisations()).map((organisation) => organisation.name);
      expect(names).toEqual([
        "Banana",
        "European Union",
        "Government of Brazil",
        "Government of Chile",
        "Observer",
        "Secretariat",
        "United States",
        "apple",
        "zeta",
        "Ärzte",
        "Éclair",
      ]);
      await ledger.addTokens(
        ["zeta", "apple", "Ärzte", "banana"].map((label, index) => ({
          id: `0000000${index}-0000-4000-8000-000000000000`,
          organisationId: label === "Ärzte" ? "arzte" : label,
          role: "viewer" as const,
          label,
          secretHash: `hash ${index}`,
        })),
      );
      expect((await ledger.listTokens({ includeRevoked: false })).map((token) => token.organisationName)).toEqual([
        "Banana",
        "apple",
        "zeta",
        "Ärzte",
      ]);
    });
  });
});
