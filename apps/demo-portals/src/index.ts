export { createPortalServer, listenPortals, type PortalServerOptions } from "./server.js";
export { ceprCaseList, ceprCaseDetail } from "./portals/cepr.js";
export { migracionesTravellerRecord } from "./portals/migraciones.js";
export { spaShell, spaCases, spaItem } from "./portals/spa.js";
export { syntheticCase, syntheticCases, type SyntheticCase } from "./synthetic-cases.js";
export { ecuadorRegistryCards } from "./portals/ecuador-registry.js";
