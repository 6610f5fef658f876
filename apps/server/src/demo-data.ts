import { hashPasswordSync, validators, valueOf, type LedgerActor, type LedgerStore } from "@solidaria/api";
import type { Role } from "@solidaria/db";

/**
 * SYNTHETIC demo data, clearly labelled "[DEMO]" and flagged `demo`: no real pledge is shown.
 * The appeal is modelled on the 2019 Regional Refugee and Migrant Response Plan; its figures are
 * invented so that about 48% stays unmet, the share Amnesty International reports for the real plan
 * at the end of 2019 (AMR 46/1675/2020, ch. 3).
 */

const ORGANISATIONS = [
  { id: "demo-secretariat", name: "[DEMO] Regional Coordination Secretariat", kind: "coordinator", country: null },
  { id: "demo-gov-pe", name: "[DEMO] Government of Peru", kind: "state", country: "PE" },
  { id: "demo-gov-ec", name: "[DEMO] Government of Ecuador", kind: "state", country: "EC" },
  { id: "demo-gov-co", name: "[DEMO] Government of Colombia", kind: "state", country: "CO" },
  { id: "demo-gov-br", name: "[DEMO] Government of Brazil", kind: "state", country: "BR" },
  { id: "demo-gov-cl", name: "[DEMO] Government of Chile", kind: "state", country: "CL" },
  { id: "demo-gov-ar", name: "[DEMO] Government of Argentina", kind: "state", country: "AR" },
  { id: "demo-donor-us", name: "[DEMO] United States (donor government)", kind: "donor", country: "US" },
  { id: "demo-donor-ca", name: "[DEMO] Canada (donor government)", kind: "donor", country: "CA" },
  { id: "demo-donor-jp", name: "[DEMO] Japan (donor government)", kind: "donor", country: "JP" },
  { id: "demo-donor-eu", name: "[DEMO] European Union", kind: "donor", country: null },
  { id: "demo-donor-devbank", name: "[DEMO] Regional development bank", kind: "donor", country: null },
  { id: "demo-observer", name: "[DEMO] Protection cluster (observer)", kind: "agency", country: null },
] as const;

/** Which demo organisations get a printed token, and with which role. */
export const DEMO_TOKEN_HOLDERS: readonly { organisationId: string; role: Role }[] = [
  { organisationId: "demo-secretariat", role: "coordinator" },
  { organisationId: "demo-gov-br", role: "state" },
  { organisationId: "demo-gov-pe", role: "state" },
  { organisationId: "demo-donor-eu", role: "donor" },
  { organisationId: "demo-observer", role: "viewer" },
];

/**
 * One demo person per role, who can sign in to the dashboard at once. Their passwords are printed by
 * `serve --demo` and written here: they protect synthetic data only, and say so.
 */
export const DEMO_USERS: readonly {
  email: string;
  displayName: string;
  organisationId: string;
  role: Role;
  password: string;
}[] = [
  {
    email: "coordinator@demo.example",
    displayName: "[DEMO] Carmen Coordinator",
    organisationId: "demo-secretariat",
    role: "coordinator",
    password: "demo-coordinator-password",
  },
  {
    email: "state@demo.example",
    displayName: "[DEMO] Sergio State",
    organisationId: "demo-gov-br",
    role: "state",
    password: "demo-state-password",
  },
  {
    email: "donor@demo.example",
    displayName: "[DEMO] Dana Donor",
    organisationId: "demo-donor-eu",
    role: "donor",
    password: "demo-donor-password",
  },
  {
    email: "viewer@demo.example",
    displayName: "[DEMO] Victor Viewer",
    organisationId: "demo-observer",
    role: "viewer",
    password: "demo-viewer-password",
  },
];

const DEMO_TOKEN_LABEL = "demo session";
const APPEAL_ID = "demo-rmrp-2019";

type Step = { action: string; amount?: string; places?: number; reason: string; at: string };

interface FundingSeed {
  key: string;
  org: string;
  programme: string;
  amount: string;
  currency: string;
  usdRate?: { usdPerUnit: string; date: string; source: string };
  at: string;
  steps: Step[];
}

interface PlacesSeed {
  key: string;
  org: string;
  places: number;
  host: string;
  category: string;
  at: string;
  steps: Step[];
}

const RATE_SOURCE = "demo rate (synthetic)";

const FUNDING: FundingSeed[] = [
  {
    key: "demo-us-1",
    org: "demo-donor-us",
    programme: "borders-of-solidarity",
    amount: "250000000",
    currency: "USD",
    at: "2019-02-15",
    steps: [
      { action: "commit", amount: "220000000", reason: "grant agreement signed", at: "2019-04-02" },
      { action: "pay", amount: "150000000", reason: "first and second tranches disbursed", at: "2019-09-30" },
    ],
  },
  {
    key: "demo-eu-1",
    org: "demo-donor-eu",
    programme: "solidarity-cities",
    amount: "100000000",
    currency: "EUR",
    usdRate: { usdPerUnit: "1.12", date: "2019-03-01", source: RATE_SOURCE },
    at: "2019-03-01",
    steps: [
      { action: "commit", amount: "100000000", reason: "contribution agreement", at: "2019-05-10" },
      { action: "pay", amount: "70000000", reason: "pre-financing paid", at: "2019-10-15" },
    ],
  },
  {
    key: "demo-ca-1",
    org: "demo-donor-ca",
    programme: "commission-strengthening",
    amount: "40000000",
    currency: "CAD",
    usdRate: { usdPerUnit: "0.75", date: "2019-03-10", source: RATE_SOURCE },
    at: "2019-03-10",
    steps: [
      { action: "commit", amount: "40000000", reason: "arrangement signed", at: "2019-04-20" },
      { action: "pay", amount: "40000000", reason: "paid in full", at: "2019-07-01" },
    ],
  },
  {
    key: "demo-ca-2",
    org: "demo-donor-ca",
    programme: "training",
    amount: "5000000",
    currency: "CAD",
    usdRate: { usdPerUnit: "0.75", date: "2019-06-01", source: RATE_SOURCE },
    at: "2019-06-01",
    steps: [{ action: "cancel", reason: "merged into the commission-strengthening grant", at: "2019-08-01" }],
  },
  {
    key: "demo-jp-1",
    org: "demo-donor-jp",
    programme: "protection-networks",
    amount: "2000000000",
    currency: "JPY",
    usdRate: { usdPerUnit: "0.0092", date: "2019-04-01", source: RATE_SOURCE },
    at: "2019-04-01",
    steps: [{ action: "commit", amount: "2000000000", reason: "exchange of notes", at: "2019-06-15" }],
  },
  {
    key: "demo-devbank-1",
    org: "demo-donor-devbank",
    programme: "solidarity-cities",
    amount: "60000000",
    currency: "USD",
    at: "2019-05-20",
    steps: [],
  },
];

const PLACES: PlacesSeed[] = [
  {
    key: "demo-br-1",
    org: "demo-gov-br",
    places: 120,
    host: "EC",
    category: "legal-physical-protection",
    at: "2019-03-05",
    steps: [
      { action: "confirm", places: 100, reason: "quota confirmed by the national committee", at: "2019-04-01" },
      { action: "allocate", places: 60, reason: "cases accepted", at: "2019-06-01" },
      { action: "depart", places: 40, reason: "travel organised", at: "2019-08-01" },
      { action: "arrive", places: 30, reason: "arrivals registered", at: "2019-08-05" },
    ],
  },
  {
    key: "demo-br-2",
    org: "demo-gov-br",
    places: 40,
    host: "PE",
    category: "medical-needs",
    at: "2019-03-05",
    steps: [
      { action: "confirm", places: 40, reason: "quota confirmed", at: "2019-04-01" },
      { action: "allocate", places: 10, reason: "cases accepted", at: "2019-07-01" },
    ],
  },
  {
    key: "demo-cl-1",
    org: "demo-gov-cl",
    places: 80,
    host: "PE",
    category: "women-girls-at-risk",
    at: "2019-04-10",
    steps: [{ action: "confirm", places: 50, reason: "first half confirmed", at: "2019-05-15" }],
  },
  {
    key: "demo-cl-2",
    org: "demo-gov-cl",
    places: 30,
    host: "CO",
    category: "family-reunification",
    at: "2019-04-10",
    steps: [],
  },
  {
    key: "demo-ar-1",
    org: "demo-gov-ar",
    places: 60,
    host: "EC",
    category: "children-adolescents-at-risk",
    at: "2019-02-20",
    steps: [
      { action: "confirm", places: 60, reason: "confirmed", at: "2019-03-01" },
      { action: "allocate", places: 60, reason: "cases accepted", at: "2019-04-01" },
      { action: "depart", places: 60, reason: "travel organised", at: "2019-05-01" },
      { action: "arrive", places: 60, reason: "all arrived", at: "2019-05-03" },
    ],
  },
  {
    key: "demo-ar-2",
    org: "demo-gov-ar",
    places: 25,
    host: "PE",
    category: "survivors-of-violence-torture",
    at: "2019-06-20",
    steps: [],
  },
];

const PLACE_NEEDS = [
  { hostCountry: "PE", category: "medical-needs", needed: 150 },
  { hostCountry: "PE", category: "women-girls-at-risk", needed: 200 },
  { hostCountry: "PE", category: "survivors-of-violence-torture", needed: 100 },
  { hostCountry: "EC", category: "legal-physical-protection", needed: 180 },
  { hostCountry: "EC", category: "children-adolescents-at-risk", needed: 90 },
  { hostCountry: "CO", category: "family-reunification", needed: 120 },
];

const at = (date: string) => new Date(`${date}T12:00:00Z`);

/** The secretariat records the demo pledges on each organisation's behalf: the server's own action, no token. */
const SECRETARIAT: LedgerActor = {
  tokenId: null,
  role: "coordinator",
  organisation: { id: "demo-secretariat", country: null },
};

/**
 * Loads the demo data into an empty ledger, or completes it in a demo ledger whose loading was cut
 * short (a process killed midway: each step is its own transaction). Every step can be repeated: an
 * organisation or the appeal already there is kept, a pledge's idempotency key finds it again, and
 * only the transitions it has not had yet are applied. A ledger of real organisations (any, without
 * the demo secretariat) is never touched. Returns whether the ledger was empty. Server processes
 * starting together on one PostgreSQL load it once: the first holds the store's lock while it loads,
 * the others then find it complete.
 */
export function seedDemoData(store: LedgerStore): Promise<boolean> {
  return store.exclusively("demo-data", async () => {
    const present = new Set((await store.listOrganisations()).map((organisation) => organisation.id));
    if (present.size > 0 && !present.has(SECRETARIAT.organisation.id)) return false;
    for (const organisation of ORGANISATIONS) {
      if (present.has(organisation.id)) continue;
      valueOf(await store.addOrganisation(validators.OrganisationCreate.parse(organisation), { demo: true }));
    }
    if ((await store.appealById(APPEAL_ID)) === null) {
      valueOf(
        await store.createAppeal(
          SECRETARIAT,
          validators.AppealCreate.parse({
            code: "RMRP-2019-DEMO",
            title: "[DEMO] Regional Refugee and Migrant Response Plan 2019 (synthetic figures)",
            year: 2019,
            requiredUsd: "738000000",
            startDate: "2019-01-01",
            endDate: "2019-12-31",
            placeNeeds: PLACE_NEEDS,
          }),
          { id: APPEAL_ID, demo: true },
        ),
      );
    }
    /** The steps of a pledge after the first `version - 1`, which it has had already. */
    const runSteps = async ({ id, version }: { id: string; version: number }, steps: Step[]) => {
      for (const [index, { at: date, ...step }] of steps.entries()) {
        if (index + 1 < version) continue;
        const input = validators.PledgeTransition.parse({ id, expectedVersion: index + 1, ...step });
        valueOf(await store.transitionPledge(SECRETARIAT, input, at(date)));
      }
    };
    for (const seed of FUNDING) {
      const input = validators.PledgeCreate.parse({
        kind: "funding",
        idempotencyKey: seed.key,
        organisationId: seed.org,
        appealId: APPEAL_ID,
        programme: seed.programme,
        year: 2019,
        amount: seed.amount,
        currency: seed.currency,
        ...(seed.usdRate ? { usdRate: seed.usdRate } : {}),
      });
      await runSteps(valueOf(await store.createPledge(SECRETARIAT, input, at(seed.at), { demo: true })), seed.steps);
    }
    for (const seed of PLACES) {
      const input = validators.PledgeCreate.parse({
        kind: "places",
        idempotencyKey: seed.key,
        organisationId: seed.org,
        appealId: APPEAL_ID,
        programme: "solidarity-resettlement",
        year: 2019,
        places: seed.places,
        resettlementCountry: seed.org.slice(-2).toUpperCase(),
        hostCountry: seed.host,
        category: seed.category,
      });
      await runSteps(valueOf(await store.createPledge(SECRETARIAT, input, at(seed.at), { demo: true })), seed.steps);
    }
    await seedDemoUsers(store);
    return present.size === 0;
  });
}

/**
 * Adds the demo people whose organisation is there and who are not (a database seeded before demo
 * users existed gets them too). Returns the demo people present, with their demo passwords.
 */
export async function seedDemoUsers(store: LedgerStore, now = new Date()): Promise<typeof DEMO_USERS> {
  const organisations = new Set((await store.listOrganisations()).map((organisation) => organisation.id));
  const existing = new Set((await store.listUsers()).map((user) => user.email));
  const present = DEMO_USERS.filter((user) => organisations.has(user.organisationId));
  for (const { password, ...user } of present) {
    if (existing.has(user.email)) continue;
    const input = validators.UserInvite.parse(user);
    valueOf(await store.addUserWithPassword(input, hashPasswordSync(password), now, { demo: true }));
  }
  return present;
}

/**
 * Issues fresh tokens for the demo organisations and revokes the previous demo ones: tokens are
 * stored hashed, so the only way to show working ones at each start is to mint new ones.
 */
export function issueDemoTokens(
  store: LedgerStore,
  now = new Date(),
): Promise<{ organisationId: string; role: Role; token: string }[]> {
  return store.exclusively("demo-tokens", async () => {
    for (const token of await store.listTokens({ includeRevoked: false })) {
      if (token.label === DEMO_TOKEN_LABEL) valueOf(await store.revokeToken(token.id, now));
    }
    const present = new Set((await store.listOrganisations()).map((organisation) => organisation.id));
    const issued: { organisationId: string; role: Role; token: string }[] = [];
    for (const holder of DEMO_TOKEN_HOLDERS.filter((candidate) => present.has(candidate.organisationId))) {
      const input = validators.TokenCreate.parse({ ...holder, label: DEMO_TOKEN_LABEL });
      issued.push({ ...holder, token: valueOf(await store.issueToken(input)).secret });
    }
    return issued;
  });
}
