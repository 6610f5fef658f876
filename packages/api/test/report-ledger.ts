import { BUILTIN_JURISDICTIONS, BUILTIN_SITUATIONS } from "@solidaria/domain";
import type { Result } from "../src/errors.js";
import type { LedgerActor as Actor } from "../src/ledger/create-pledge.js";
import type { PledgeRow } from "../src/ledger/pledge-codec.js";
import { AppealCreate, PledgeCreate, PledgeTransition } from "../src/validators.js";

/**
 * A small ledger history for the report tests, written through the ledger's commands so that the
 * same history can be written into either database.
 */

/** The commands that write the ledger, on one database. */
export interface Writer {
  createAppeal(actor: Actor, input: AppealCreate, options?: { id?: string }): Promise<Result<unknown>>;
  createPledge(actor: Actor, input: PledgeCreate, now: Date): Promise<Result<PledgeRow>>;
  transitionPledge(actor: Actor, input: PledgeTransition, now: Date): Promise<Result<PledgeRow>>;
  publishSituation(input: unknown, by: string, at: string): Promise<Result<unknown>>;
  publishJurisdiction(input: unknown, by: string, at: string): Promise<Result<unknown>>;
}

function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind} ${result.error.describe()}`);
  return result.value;
}

const actor = (organisationId: string, role: Actor["role"], country: string | null = null): Actor => ({
  role,
  tokenId: null,
  organisation: { id: organisationId, country },
});
const coordinator = actor("secretariat", "coordinator");
const eu = actor("donor-eu", "donor");
const us = actor("donor-us", "donor", "US");
const brazil = actor("gov-br", "state", "BR");
const chile = actor("gov-cl", "state", "CL");

/** The same history for both databases: appeals, funding and places pledges moved along, publications. */
export async function seed(write: Writer): Promise<unknown[]> {
  const refusals: unknown[] = [];
  const refusal = async (pending: Promise<Result<unknown>>) => {
    const result = await pending;
    refusals.push(
      result.ok ? "ok" : { kind: result.error.kind, field: result.error.field, message: result.error.message },
    );
  };
  // Codes whose byte order differs from a dictionary's (dashes, digits, letters); needs not sorted.
  for (const [code, year] of [
    ["B-2", 2020],
    ["B2", 2020],
    ["A-10", 2020],
    ["A1", 2021],
  ] as const) {
    ok(
      await write.createAppeal(
        coordinator,
        AppealCreate.parse({
          code,
          title: `Appeal ${code}`,
          year,
          requiredUsd: "5000.00",
          placeNeeds: [
            { hostCountry: "PE", category: "medical-needs", needed: 30 },
            { hostCountry: "CO", category: "women-girls-at-risk", needed: 12 },
            { hostCountry: "CO", category: "family-reunification", needed: 5 },
          ],
        }),
        { id: `appeal-${code}` },
      ),
    );
  }
  await refusal(
    write.createAppeal(coordinator, AppealCreate.parse({ code: "B2", title: "Again", year: 2020, requiredUsd: "1" })),
  );
  await refusal(
    write.createAppeal(
      coordinator,
      AppealCreate.parse({ code: "C1", title: "Nobody's", year: 2020, requiredUsd: "1", organisationId: "nobody" }),
    ),
  );
  await refusal(
    write.createAppeal(eu, AppealCreate.parse({ code: "C2", title: "Donor's", year: 2020, requiredUsd: "1" })),
  );

  let clock = Date.parse("2020-02-01T08:00:00.000Z");
  const tick = () => new Date((clock += 36 * 3_600_000 + 1_234));
  let keys = 0;
  const create = async (who: Actor, input: Record<string, unknown>) =>
    ok(
      await write.createPledge(
        who,
        PledgeCreate.parse({ idempotencyKey: `pledge-key-${String((keys += 1)).padStart(3, "0")}`, ...input }),
        tick(),
      ),
    );
  const move = async (who: Actor, row: PledgeRow, action: string, change: Record<string, unknown> = {}) =>
    ok(
      await write.transitionPledge(
        who,
        PledgeTransition.parse({ id: row.id, expectedVersion: row.version, action, reason: action, ...change }),
        tick(),
      ),
    );

  const money = (appealId: string | undefined, amount: string, currency = "USD", year = 2020) => ({
    kind: "funding",
    programme: "training",
    year,
    amount,
    currency,
    ...(appealId ? { appealId } : {}),
    ...(currency === "USD" ? {} : { usdRate: { usdPerUnit: "1.0875", date: "2020-01-31", source: "ECB" } }),
  });
  const a = await create(eu, money("appeal-B-2", "1200.50", "EUR"));
  const b = await create(us, money("appeal-B-2", "2000"));
  const c = await create(eu, money("appeal-A-10", "4999.99"));
  await create(us, money("appeal-A1", "10", "USD", 2021));
  await create(us, money(undefined, "77.70"));
  await move(eu, await move(eu, a, "commit", { amount: "1000" }), "pay", { amount: "400.25" });
  await move(us, await move(us, b, "commit", { amount: "2000" }), "cancel");
  await move(eu, c, "amend", { amount: "3000" });

  const places = (who: Actor, hostCountry: string, category: string, count: number, appealId?: string) =>
    create(who, {
      kind: "places",
      programme: "solidarity-resettlement",
      year: 2020,
      places: count,
      resettlementCountry: who.organisation.country,
      hostCountry,
      category,
      ...(appealId ? { appealId } : {}),
    });
  let p = await places(brazil, "PE", "medical-needs", 20, "appeal-B-2");
  p = await move(brazil, p, "confirm", { places: 15 });
  p = await move(brazil, p, "allocate", { places: 9 });
  p = await move(brazil, p, "depart", { places: 7 });
  await move(brazil, p, "arrive", { places: 3 });
  let q = await places(chile, "CO", "women-girls-at-risk", 8);
  q = await move(chile, q, "confirm", { places: 8 });
  await move(chile, q, "cancel");
  const r = await places(brazil, "CO", "legal-physical-protection", 5, "appeal-A-10");
  await move(brazil, r, "amend", { places: 9 });
  await places(chile, "PE", "medical-needs", 4);

  const [situation] = BUILTIN_SITUATIONS;
  const [jurisdiction] = BUILTIN_JURISDICTIONS;
  if (!situation || !jurisdiction) throw new Error("no built-in documents");
  await refusal(write.publishSituation({ ...situation, version: situation.version + 1 }, "secretariat", "2020-03-01"));
  await refusal(write.publishSituation({ ...situation, version: situation.version + 1 }, "secretariat", "2020-03-02"));
  await refusal(write.publishSituation({ ...situation, version: situation.version + 3 }, "secretariat", "2020-03-03"));
  await refusal(write.publishSituation({ ...situation, country: 12 }, "secretariat", "2020-03-03"));
  await refusal(
    write.publishJurisdiction({ ...jurisdiction, version: jurisdiction.version + 2 }, "secretariat", "2020-03-04"),
  );
  await refusal(
    write.publishJurisdiction({ ...jurisdiction, version: jurisdiction.version }, "secretariat", "2020-03-05"),
  );
  return refusals;
}
