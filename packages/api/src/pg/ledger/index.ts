/** The ledger's commands and reads on PostgreSQL: the same names and answers as on SQLite, as promises. */
export { createPledge } from "./create-pledge.js";
export { transitionPledge } from "./transition-pledge.js";
export { pledgeHistory } from "./event-log.js";
export { listPledges, pledgeById } from "./pledge-queries.js";
export { rebuildFundingTotals, verifyFundingTotals } from "./funding-totals.js";
export { rebuildProjection } from "./rebuild-projection.js";
