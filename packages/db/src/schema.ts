import { sql } from "drizzle-orm";
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/**
 * The coordination ledger. It holds organisations, appeals, pledges and their events, and published
 * country situations: never case data. Money is integer minor units beside its ISO 4217 code;
 * every pledge change is a row in `pledge_events`, and `pledges` is the projection of those rows.
 */

import { ORGANISATION_KINDS, ROLES } from "./enums.js";

export { ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from "./enums.js";

const timestamps = {
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))`),
};

export const organisations = sqliteTable("organisations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
  /** ISO 3166-1 alpha-2 of the state, or of the government a donor represents; null for agencies. */
  country: text("country"),
  /** Synthetic demo data, so it can never be mistaken for real pledges. */
  demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  ...timestamps,
});

export const tokens = sqliteTable(
  "tokens",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role", { enum: ROLES }).notNull(),
    label: text("label").notNull(),
    /** SHA-256 of the secret; the secret itself is shown once and never stored. */
    secretHash: text("secret_hash").notNull(),
    revokedAt: text("revoked_at"),
    lastUsedAt: text("last_used_at"),
    ...timestamps,
  },
  (table) => [uniqueIndex("tokens_secret_hash").on(table.secretHash)],
);

export const appeals = sqliteTable("appeals", {
  id: text("id").primaryKey(),
  code: text("code").notNull().unique(),
  title: text("title").notNull(),
  year: integer("year").notNull(),
  organisationId: text("organisation_id")
    .notNull()
    .references(() => organisations.id),
  requiredUsdMinor: integer("required_usd_minor").notNull(),
  startDate: text("start_date"),
  endDate: text("end_date"),
  demo: integer("demo", { mode: "boolean" }).notNull().default(false),
  ...timestamps,
});

/** Resettlement places an appeal asks for, per host country and submission category. */
export const appealPlaceNeeds = sqliteTable(
  "appeal_place_needs",
  {
    appealId: text("appeal_id")
      .notNull()
      .references(() => appeals.id),
    hostCountry: text("host_country").notNull(),
    category: text("category").notNull(),
    needed: integer("needed").notNull(),
  },
  (table) => [primaryKey({ columns: [table.appealId, table.hostCountry, table.category] })],
);

export const pledges = sqliteTable(
  "pledges",
  {
    id: text("id").primaryKey(),
    kind: text("kind", { enum: ["funding", "places"] }).notNull(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    appealId: text("appeal_id").references(() => appeals.id),
    programme: text("programme").notNull(),
    year: integer("year").notNull(),
    status: text("status").notNull(),
    version: integer("version").notNull(),
    idempotencyKey: text("idempotency_key").notNull(),
    /** Hash of the create request, so a reused key with different content is refused. */
    requestHash: text("request_hash").notNull(),
    note: text("note"),
    // Funding pledges: exact minor units in the pledge currency, and their USD equivalents.
    currency: text("currency"),
    pledgedMinor: integer("pledged_minor"),
    committedMinor: integer("committed_minor"),
    paidMinor: integer("paid_minor"),
    usdRate: text("usd_rate"),
    usdRateDate: text("usd_rate_date"),
    usdRateSource: text("usd_rate_source"),
    pledgedUsdMinor: integer("pledged_usd_minor"),
    committedUsdMinor: integer("committed_usd_minor"),
    paidUsdMinor: integer("paid_usd_minor"),
    // Places pledges.
    resettlementCountry: text("resettlement_country"),
    hostCountry: text("host_country"),
    category: text("category"),
    placesPledged: integer("places_pledged"),
    placesConfirmed: integer("places_confirmed"),
    placesAllocated: integer("places_allocated"),
    placesDeparted: integer("places_departed"),
    placesArrived: integer("places_arrived"),
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
    ...timestamps,
    updatedAt: text("updated_at").notNull(),
  },
  (table) => [
    uniqueIndex("pledges_idempotency").on(table.organisationId, table.idempotencyKey),
    index("pledges_appeal").on(table.appealId, table.kind),
    index("pledges_list").on(table.createdAt, table.id),
    // One per filter of pledge.list, each ending in the page order: a filter that matches few pledges
    // (or none) reads only those, where a scan of the page order read every pledge to find them.
    index("pledges_list_year").on(table.year, table.createdAt, table.id),
    index("pledges_list_programme").on(table.programme, table.createdAt, table.id),
    index("pledges_list_status").on(table.status, table.createdAt, table.id),
    index("pledges_list_organisation").on(table.organisationId, table.createdAt, table.id),
    // Places pledges only: funding pledges have neither country, and a write skips these indexes.
    index("pledges_resettlement_country")
      .on(table.resettlementCountry)
      .where(sql`${table.resettlementCountry} is not null`),
    index("pledges_host_country")
      .on(table.hostCountry)
      .where(sql`${table.hostCountry} is not null`),
  ],
);

/** Append-only: rows are inserted, never updated or deleted. */
export const pledgeEvents = sqliteTable(
  "pledge_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    pledgeId: text("pledge_id")
      .notNull()
      .references(() => pledges.id),
    /** The pledge version this event produced (1 for the creation). */
    version: integer("version").notNull(),
    type: text("type").notNull(),
    /** The event's data as JSON (amounts in minor units, places as counts). */
    data: text("data").notNull(),
    reason: text("reason"),
    actorOrganisationId: text("actor_organisation_id").notNull(),
    actorTokenId: text("actor_token_id"),
    /** The person who made the change through the dashboard; null for a token or the server itself. */
    actorUserId: text("actor_user_id").references(() => users.id),
    at: text("at").notNull(),
  },
  (table) => [uniqueIndex("pledge_events_version").on(table.pledgeId, table.version)],
);

/** Country situations a coordinator publishes; the newest version per country is current. */
export const countrySituations = sqliteTable(
  "country_situations",
  {
    country: text("country").notNull(),
    version: integer("version").notNull(),
    document: text("document").notNull(),
    publishedBy: text("published_by").notNull(),
    publishedAt: text("published_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.country, table.version] })],
);

/**
 * Jurisdiction profiles (the law and procedures of one country, cited) a coordinator publishes after
 * checking them; the newest version per country supersedes the built-in profile.
 */
export const jurisdictionProfiles = sqliteTable(
  "jurisdiction_profiles",
  {
    country: text("country").notNull(),
    version: integer("version").notNull(),
    document: text("document").notNull(),
    publishedBy: text("published_by").notNull(),
    publishedAt: text("published_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.country, table.version] })],
);

/**
 * Funding totals per appeal, pledging organisation and currency, kept in the same transaction as
 * every pledge change so that coverage reports read a few rows instead of summing every pledge, and
 * so that what one organisation has pledged to an appeal (which its requirement bounds) is one row.
 * Cancelled pledges count only what was paid on them. Rebuildable from `pledges` (see
 * rebuildFundingTotals in @solidaria/api).
 */
export const fundingTotals = sqliteTable(
  "funding_totals",
  {
    appealId: text("appeal_id")
      .notNull()
      .references(() => appeals.id),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    currency: text("currency").notNull(),
    pledges: integer("pledges").notNull(),
    pledgedMinor: integer("pledged_minor").notNull(),
    committedMinor: integer("committed_minor").notNull(),
    paidMinor: integer("paid_minor").notNull(),
    pledgedUsdMinor: integer("pledged_usd_minor").notNull(),
    committedUsdMinor: integer("committed_usd_minor").notNull(),
    paidUsdMinor: integer("paid_usd_minor").notNull(),
  },
  (table) => [primaryKey({ columns: [table.appealId, table.organisationId, table.currency] })],
);

/**
 * People who sign in to the dashboard. Each belongs to one organisation and acts with one role, as a
 * token does. The email is stored trimmed and lower-cased, so that it is unique however it is typed.
 * `password_hash` (argon2id) stays null until the invitation is accepted.
 */
export const users = sqliteTable(
  "users",
  {
    id: text("id").primaryKey(),
    email: text("email").notNull(),
    displayName: text("display_name").notNull(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role", { enum: ROLES }).notNull(),
    passwordHash: text("password_hash"),
    passwordChangedAt: text("password_changed_at"),
    disabledAt: text("disabled_at"),
    /** When one of the person's sessions was last used (to within a minute); null before the first sign-in. */
    lastSeenAt: text("last_seen_at"),
    /** Synthetic demo users, so they can never be mistaken for real people. */
    demo: integer("demo", { mode: "boolean" }).notNull().default(false),
    ...timestamps,
  },
  (table) => [uniqueIndex("users_email").on(table.email), index("users_organisation").on(table.organisationId)],
);

/**
 * Signed-in sessions. The id is the SHA-256 (hex) of the random secret in the browser's cookie: a copy
 * of this table cannot sign anyone in. A session ends at `expires_at` (absolute) or after a while
 * without use (`last_seen_at`), whichever comes first.
 */
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    /** The browser's User-Agent, shortened: only for people to recognise their sessions. */
    userAgent: text("user_agent"),
  },
  (table) => [index("sessions_user").on(table.userId)],
);

/**
 * Single-use links sent to a person: an invitation (sets the first password) or a password reset.
 * Only the SHA-256 of the link's token is stored.
 */
export const userLinks = sqliteTable(
  "user_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    purpose: text("purpose", { enum: ["invitation", "reset"] }).notNull(),
    /** Who asked for the link: a user id, or null for the CLI and demo seeding. */
    createdBy: text("created_by"),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
  },
  (table) => [index("user_links_user").on(table.userId, table.purpose)],
);

/**
 * Failed sign-ins counted per account (the email) and per client address, in the database so that
 * every server process on the file sees the same counts. A key locked until a time refuses sign-ins.
 */
export const signInFailures = sqliteTable(
  "sign_in_failures",
  {
    keyKind: text("key_kind", { enum: ["account", "address"] }).notNull(),
    keyValue: text("key_value").notNull(),
    windowStart: text("window_start").notNull(),
    count: integer("count").notNull(),
    lockedUntil: text("locked_until"),
  },
  (table) => [primaryKey({ columns: [table.keyKind, table.keyValue] })],
);

/**
 * Request rate limits shared by every server node: one token bucket per key (a client address and
 * route class, say), refilled from `updated_ms` (the Unix time in milliseconds of its last use), so
 * that nodes behind one load balancer count a client's requests together.
 */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  tokens: real("tokens").notNull(),
  updatedMs: integer("updated_ms").notNull(),
});
