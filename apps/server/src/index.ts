export { createHttpServer, listen, DEFAULT_MAX_BODY_BYTES, type HttpServerOptions } from "./http-server.js";
export { seedDemoData, seedDemoUsers, issueDemoTokens, DEMO_TOKEN_HOLDERS, DEMO_USERS } from "./demo-data.js";
export { addOrganisation, createToken, revokeToken, AdminError } from "./admin.js";
export { builtExtensionId } from "./extension-id.js";
export { createLogger } from "./logger.js";
export { openStore } from "./open-store.js";
