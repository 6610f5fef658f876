export { appRouter, type AppRouter } from "./root.js";
export { createContextFactory, resolveCaller, type Caller, type Context } from "./context.js";
export { createCallerFactory } from "./trpc.js";
export { generateToken, hashToken } from "./auth/tokens.js";
export {
  createPledge,
  transitionPledge,
  stateOf,
  projectionColumns,
  pledgeHistory,
} from "./ledger/pledge-ledger-service.js";
export { rebuildProjection, rebuildFundingTotals, verifyFundingTotals } from "./ledger/rebuild-projection.js";
export { toPledgeView, type PledgeView } from "./ledger/pledge-view.js";
export { coverageReport } from "./reports/coverage.js";
export { placesReport, placesAvailable } from "./reports/places.js";
export { fairShareReport } from "./reports/fair-share.js";
export { pledgesCsv } from "./reports/hxl-csv.js";
export { currentSituations } from "./routers/situation.js";
export { currentJurisdictions } from "./published/jurisdictions.js";
export * as validators from "./validators.js";
