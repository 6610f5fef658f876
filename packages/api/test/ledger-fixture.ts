import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appeals, closeDatabase, openDatabase, organisations, type LedgerDatabase, type Role } from "@solidaria/db";
import type { LedgerActor } from "../src/ledger/create-pledge.js";

/** A real ledger file with a few organisations and one appeal, for the core's tests (no transport). */
export interface LedgerFixture {
  readonly db: LedgerDatabase;
  readonly path: string;
  actor(organisationId: string, role: Role, tokenId?: string | null): LedgerActor;
  close(): void;
}

const ORGANISATIONS = [
  { id: "secretariat", name: "Secretariat", kind: "coordinator", country: null },
  { id: "gov-br", name: "Government of Brazil", kind: "state", country: "BR" },
  { id: "gov-cl", name: "Government of Chile", kind: "state", country: "CL" },
  { id: "donor-eu", name: "European Union", kind: "donor", country: null },
  { id: "donor-us", name: "United States", kind: "donor", country: "US" },
  { id: "observer", name: "Observer", kind: "agency", country: null },
] as const;

export function ledgerFixture(): LedgerFixture {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-core-"));
  const path = join(dir, "ledger.sqlite");
  const db = openDatabase(path);
  db.insert(organisations)
    .values([...ORGANISATIONS])
    .run();
  db.insert(appeals)
    .values({
      id: "appeal",
      code: "APPEAL",
      title: "Appeal",
      year: 2020,
      organisationId: "secretariat",
      requiredUsdMinor: 100_000,
    })
    .run();
  return {
    db,
    path,
    actor(organisationId, role, tokenId = null) {
      const organisation = ORGANISATIONS.find((candidate) => candidate.id === organisationId);
      return { role, tokenId, organisation: { id: organisationId, country: organisation?.country ?? null } };
    },
    close() {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
