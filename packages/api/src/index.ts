export { appRouter, type AppRouter } from "./root.js";
export {
  cookieValue,
  createContextFactory,
  requestSession,
  sessionCaller,
  SESSION_COOKIE,
  type Caller,
  type Context,
  type SessionCookieSink,
} from "./context.js";
export { csrfTokenFor, isCsrfTokenOf } from "./accounts/csrf.js";
export {
  SESSION_ABSOLUTE_TIMEOUT_MS,
  SESSION_IDLE_TIMEOUT_MS,
  startSession,
  type ActiveSession,
} from "./accounts/sessions.js";
export {
  addUserWithPassword,
  disableUser,
  inviteUser,
  issueResetLink,
  listUsers,
  userIdByEmail,
  type UserView,
} from "./accounts/users.js";
export { linkUrl } from "./accounts/user-links.js";
export { hashPasswordSync } from "./accounts/passwords.js";
export type { SessionUser } from "./accounts/session-user.js";
export type { Client, InvitationDetails, SignedIn } from "./accounts/sign-in.js";
export type { NewSession } from "./accounts/sessions.js";
export { createCallerFactory } from "./trpc.js";
export { sqliteStore } from "./store/sqlite-store.js";
export { openPgStore, type PgStoreOptions } from "./store/pg-store.js";
export {
  TokenBuckets,
  type RateDecision,
  type RateLimiter,
  type TokenBucketOptions,
} from "./rate-limit/token-buckets.js";
export type { LedgerStore, Readiness } from "./store/ledger-store.js";
export { generateToken, hashToken } from "./auth/tokens.js";
export { DomainError, valueOf, type ProblemKind, type Result } from "./errors.js";
export { createPledge, type LedgerActor } from "./ledger/create-pledge.js";
export { transitionPledge } from "./ledger/transition-pledge.js";
export { createAppeal } from "./appeals/appeals.js";
export type { AppealView } from "./appeals/appeal-view.js";
export { addOrganisation, listOrganisations } from "./admin/organisations.js";
export { issueToken, listTokens, revokeToken, type TokenView } from "./admin/tokens.js";
export { rebuildProjection } from "./ledger/rebuild-projection.js";
export { rebuildFundingTotals, verifyFundingTotals } from "./ledger/funding-totals.js";
export { toPledgeView, type PledgeView } from "./ledger/pledge-view.js";
export { coverageReport } from "./reports/coverage.js";
export { placesReport, placesAvailable } from "./reports/places.js";
export { fairShareReport } from "./reports/fair-share.js";
export { pledgesCsv } from "./reports/hxl-csv.js";
export { pledgeCsvExport } from "./export/pledge-export.js";
export { currentSituations } from "./published/situations.js";
export { currentJurisdictions } from "./published/jurisdictions.js";
export * as validators from "./validators.js";
