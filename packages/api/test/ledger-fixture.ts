import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count } from "drizzle-orm";
import * as sqlite from "@solidaria/db";
import type { LedgerDatabase, Role } from "@solidaria/db";
import * as postgres from "@solidaria/db/pg";
import { freshPgDatabase } from "@solidaria/db/test-support";
import type { Actor } from "../src/access/access-policy.js";
import type { Result } from "../src/errors.js";
import { createPledge, type LedgerActor } from "../src/ledger/create-pledge.js";
import { pledgeHistory } from "../src/ledger/event-log.js";
import { verifyFundingTotals } from "../src/ledger/funding-totals.js";
import type { PledgeRow } from "../src/ledger/pledge-codec.js";
import { listPledges, pledgeById } from "../src/ledger/pledge-queries.js";
import { rebuildProjection } from "../src/ledger/rebuild-projection.js";
import { transitionPledge } from "../src/ledger/transition-pledge.js";
import * as pgLedger from "../src/pg/ledger/index.js";
import type { PledgeCreate, PledgeListInput, PledgeTransition } from "../src/validators.js";

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

const APPEAL = {
  id: "appeal",
  code: "APPEAL",
  title: "Appeal",
  year: 2020,
  organisationId: "secretariat",
  requiredUsdMinor: 100_000,
};

function actorOf(organisationId: string, role: Role, tokenId: string | null = null): LedgerActor {
  const organisation = ORGANISATIONS.find((candidate) => candidate.id === organisationId);
  return { role, tokenId, organisation: { id: organisationId, country: organisation?.country ?? null } };
}

export function ledgerFixture(): LedgerFixture {
  const dir = mkdtempSync(join(tmpdir(), "solidaria-core-"));
  const path = join(dir, "ledger.sqlite");
  const db = sqlite.openDatabase(path);
  db.insert(sqlite.organisations)
    .values([...ORGANISATIONS])
    .run();
  db.insert(sqlite.appeals).values(APPEAL).run();
  return {
    db,
    path,
    actor: actorOf,
    close() {
      sqlite.closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The same organisations and appeal in a fresh PostgreSQL database of the test cluster. */
export async function pgLedgerFixture(): Promise<{
  readonly db: postgres.PgLedgerDatabase;
  /** The database's URL, to open more pools on it (what other server nodes would do). */
  readonly url: string;
  actor(organisationId: string, role: Role, tokenId?: string | null): LedgerActor;
  close(): Promise<void>;
}> {
  const url = await freshPgDatabase();
  const db = await postgres.openPgDatabase(url, { migrate: false });
  await db.insert(postgres.organisations).values([...ORGANISATIONS]);
  await db.insert(postgres.appeals).values(APPEAL);
  return { db, url, actor: actorOf, close: () => postgres.closePgDatabase(db) };
}

type TokenValues = { id: string; organisationId: string; role: Role; label: string; secretHash: string };
type UserValues = { id: string; email: string; displayName: string; organisationId: string; role: Role };

/**
 * The ledger's commands and reads on either database, behind one asynchronous interface, so that
 * one suite runs unchanged on both and shows that the PostgreSQL twins answer as SQLite does.
 */
export interface AnyLedger {
  readonly dialect: "sqlite" | "postgresql";
  actor(organisationId: string, role: Role, tokenId?: string | null): LedgerActor;
  createPledge(
    actor: LedgerActor,
    input: PledgeCreate,
    now: Date,
    options?: { demo?: boolean },
  ): Promise<Result<PledgeRow>>;
  transitionPledge(actor: LedgerActor, input: PledgeTransition, now: Date): Promise<Result<PledgeRow>>;
  pledgeById(id: string): Promise<PledgeRow | undefined>;
  listPledges(input: PledgeListInput): Promise<{ rows: PledgeRow[]; nextCursor: string | null }>;
  pledgeHistory(pledgeId: string, reader: Actor): Promise<ReturnType<typeof pledgeHistory>>;
  verifyFundingTotals(): Promise<ReturnType<typeof verifyFundingTotals>>;
  rebuildProjection(): Promise<ReturnType<typeof rebuildProjection>>;
  /** How many pledges and events are stored. */
  counts(): Promise<{ pledges: number; events: number }>;
  addToken(values: TokenValues): Promise<void>;
  addUser(values: UserValues): Promise<void>;
  close(): Promise<void>;
}

/** A synchronous function as an asynchronous one: its exception becomes a rejection. */
const deferred =
  <A extends unknown[], R>(run: (...args: A) => R) =>
  (...args: A): Promise<R> =>
    Promise.resolve().then(() => run(...args));

function sqliteLedgerOf(): Promise<AnyLedger> {
  const fixture = ledgerFixture();
  const { db } = fixture;
  return Promise.resolve({
    dialect: "sqlite",
    actor: actorOf,
    createPledge: deferred((...args: Parameters<AnyLedger["createPledge"]>) => createPledge(db, ...args)),
    transitionPledge: deferred((...args: Parameters<AnyLedger["transitionPledge"]>) => transitionPledge(db, ...args)),
    pledgeById: deferred((id: string) => pledgeById(db, id)),
    listPledges: deferred((input: PledgeListInput) => listPledges(db, input)),
    pledgeHistory: deferred((pledgeId: string, reader: Actor) => pledgeHistory(db, pledgeId, reader)),
    verifyFundingTotals: deferred(() => verifyFundingTotals(db)),
    rebuildProjection: deferred(() => rebuildProjection(db)),
    counts: deferred(() => ({
      pledges: db.select({ n: count() }).from(sqlite.pledges).get()?.n ?? 0,
      events: db.select({ n: count() }).from(sqlite.pledgeEvents).get()?.n ?? 0,
    })),
    addToken: deferred((values: TokenValues) => void db.insert(sqlite.tokens).values(values).run()),
    addUser: deferred((values: UserValues) => void db.insert(sqlite.users).values(values).run()),
    close: deferred(() => fixture.close()),
  });
}

async function postgresLedgerOf(): Promise<AnyLedger> {
  const fixture = await pgLedgerFixture();
  const { db } = fixture;
  const countOf = async (table: typeof postgres.pledges | typeof postgres.pledgeEvents) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  return {
    dialect: "postgresql",
    actor: actorOf,
    createPledge: (...args) => pgLedger.createPledge(db, ...args),
    transitionPledge: (...args) => pgLedger.transitionPledge(db, ...args),
    pledgeById: (id) => pgLedger.pledgeById(db, id),
    listPledges: (input) => pgLedger.listPledges(db, input),
    pledgeHistory: (pledgeId, reader) => pgLedger.pledgeHistory(db, pledgeId, reader),
    verifyFundingTotals: () => pgLedger.verifyFundingTotals(db),
    rebuildProjection: () => pgLedger.rebuildProjection(db),
    counts: async () => ({ pledges: await countOf(postgres.pledges), events: await countOf(postgres.pledgeEvents) }),
    addToken: async (values) => void (await db.insert(postgres.tokens).values(values)),
    addUser: async (values) => void (await db.insert(postgres.users).values(values)),
    close: () => fixture.close(),
  };
}

/** Each database the ledger runs on, by name, for `describe.each`. */
export const LEDGERS = [
  ["sqlite", sqliteLedgerOf],
  ["postgresql", postgresLedgerOf],
] as const;
