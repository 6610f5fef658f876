import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";

/**
 * The coordination ledger on PostgreSQL: the same tables, TypeScript properties, SQL names, indexes
 * and keys as the SQLite schema (../schema.ts), so that the code above the store handles rows of
 * either the same way (the row types are identical) and the schema-parity test can compare the two
 * migrated databases. Column types follow from that:
 * - timestamps stay ISO-8601 UTC text, so their ordering and the codec are the same on both;
 * - money in minor units and totals are `bigint` (SQLite integers are 64-bit; PostgreSQL's `integer`
 *   is not), read as JS numbers by the pool's int8 parser (client.ts) and drizzle's `mode: "number"`;
 * - years, versions and place counts are `integer`;
 * - SQLite's boolean-mode integers are `boolean`.
 * Documentation of each table and column is in ../schema.ts, not repeated here.
 */

import { ORGANISATION_KINDS, ROLES } from "../enums.js";

export { ORGANISATION_KINDS, ROLES, type OrganisationKind, type Role } from "../enums.js";

const timestamps = {
  // The same text as SQLite's strftime('%Y-%m-%dT%H:%M:%fZ', 'now'): UTC, milliseconds, "Z".
  createdAt: text("created_at")
    .notNull()
    .default(sql`to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`),
};

export const organisations = pgTable("organisations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
  country: text("country"),
  demo: boolean("demo").notNull().default(false),
  ...timestamps,
});

export const tokens = pgTable(
  "tokens",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role", { enum: ROLES }).notNull(),
    label: text("label").notNull(),
    secretHash: text("secret_hash").notNull(),
    revokedAt: text("revoked_at"),
    lastUsedAt: text("last_used_at"),
    ...timestamps,
  },
  (table) => [uniqueIndex("tokens_secret_hash").on(table.secretHash)],
);

export const appeals = pgTable("appeals", {
  id: text("id").primaryKey(),
  code: text("code").notNull().unique(),
  title: text("title").notNull(),
  year: integer("year").notNull(),
  organisationId: text("organisation_id")
    .notNull()
    .references(() => organisations.id),
  requiredUsdMinor: bigint("required_usd_minor", { mode: "number" }).notNull(),
  startDate: text("start_date"),
  endDate: text("end_date"),
  demo: boolean("demo").notNull().default(false),
  ...timestamps,
});

export const appealPlaceNeeds = pgTable(
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

export const pledges = pgTable(
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
    requestHash: text("request_hash").notNull(),
    note: text("note"),
    currency: text("currency"),
    pledgedMinor: bigint("pledged_minor", { mode: "number" }),
    committedMinor: bigint("committed_minor", { mode: "number" }),
    paidMinor: bigint("paid_minor", { mode: "number" }),
    usdRate: text("usd_rate"),
    usdRateDate: text("usd_rate_date"),
    usdRateSource: text("usd_rate_source"),
    pledgedUsdMinor: bigint("pledged_usd_minor", { mode: "number" }),
    committedUsdMinor: bigint("committed_usd_minor", { mode: "number" }),
    paidUsdMinor: bigint("paid_usd_minor", { mode: "number" }),
    resettlementCountry: text("resettlement_country"),
    hostCountry: text("host_country"),
    category: text("category"),
    placesPledged: integer("places_pledged"),
    placesConfirmed: integer("places_confirmed"),
    placesAllocated: integer("places_allocated"),
    placesDeparted: integer("places_departed"),
    placesArrived: integer("places_arrived"),
    demo: boolean("demo").notNull().default(false),
    ...timestamps,
    updatedAt: text("updated_at").notNull(),
  },
  (table) => [
    uniqueIndex("pledges_idempotency").on(table.organisationId, table.idempotencyKey),
    index("pledges_appeal").on(table.appealId, table.kind),
    index("pledges_list").on(table.createdAt, table.id),
    index("pledges_list_year").on(table.year, table.createdAt, table.id),
    index("pledges_list_programme").on(table.programme, table.createdAt, table.id),
    index("pledges_list_status").on(table.status, table.createdAt, table.id),
    index("pledges_list_organisation").on(table.organisationId, table.createdAt, table.id),
    index("pledges_resettlement_country")
      .on(table.resettlementCountry)
      .where(sql`${table.resettlementCountry} is not null`),
    index("pledges_host_country")
      .on(table.hostCountry)
      .where(sql`${table.hostCountry} is not null`),
  ],
);

export const pledgeEvents = pgTable(
  "pledge_events",
  {
    // Identity "always": like SQLite's AUTOINCREMENT, the database alone numbers the events.
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    pledgeId: text("pledge_id")
      .notNull()
      .references(() => pledges.id),
    version: integer("version").notNull(),
    type: text("type").notNull(),
    data: text("data").notNull(),
    reason: text("reason"),
    actorOrganisationId: text("actor_organisation_id").notNull(),
    actorTokenId: text("actor_token_id"),
    actorUserId: text("actor_user_id").references(() => users.id),
    at: text("at").notNull(),
  },
  (table) => [uniqueIndex("pledge_events_version").on(table.pledgeId, table.version)],
);

export const countrySituations = pgTable(
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

export const jurisdictionProfiles = pgTable(
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

export const fundingTotals = pgTable(
  "funding_totals",
  {
    appealId: text("appeal_id")
      .notNull()
      .references(() => appeals.id),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    currency: text("currency").notNull(),
    pledges: bigint("pledges", { mode: "number" }).notNull(),
    pledgedMinor: bigint("pledged_minor", { mode: "number" }).notNull(),
    committedMinor: bigint("committed_minor", { mode: "number" }).notNull(),
    paidMinor: bigint("paid_minor", { mode: "number" }).notNull(),
    pledgedUsdMinor: bigint("pledged_usd_minor", { mode: "number" }).notNull(),
    committedUsdMinor: bigint("committed_usd_minor", { mode: "number" }).notNull(),
    paidUsdMinor: bigint("paid_usd_minor", { mode: "number" }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.appealId, table.organisationId, table.currency] })],
);

export const users = pgTable(
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
    lastSeenAt: text("last_seen_at"),
    demo: boolean("demo").notNull().default(false),
    ...timestamps,
  },
  (table) => [uniqueIndex("users_email").on(table.email), index("users_organisation").on(table.organisationId)],
);

export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    createdAt: text("created_at").notNull(),
    lastSeenAt: text("last_seen_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    userAgent: text("user_agent"),
  },
  (table) => [index("sessions_user").on(table.userId)],
);

export const userLinks = pgTable(
  "user_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    purpose: text("purpose", { enum: ["invitation", "reset"] }).notNull(),
    createdBy: text("created_by"),
    createdAt: text("created_at").notNull(),
    expiresAt: text("expires_at").notNull(),
    usedAt: text("used_at"),
  },
  (table) => [index("user_links_user").on(table.userId, table.purpose)],
);

export const signInFailures = pgTable(
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

export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  tokens: doublePrecision("tokens").notNull(),
  updatedMs: bigint("updated_ms", { mode: "number" }).notNull(),
});
