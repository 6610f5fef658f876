/**
 * Least privilege: content scripts run only on these portal hosts (the demo portals run on
 * localhost); other portal hosts are granted one by one at run time through optional permissions.
 */
export const PORTAL_MATCHES = ["http://localhost/*", "http://127.0.0.1/*"];
