/**
 * Which browser origins may call the API: the configured web origins, exactly, and the configured
 * browser extensions by id. Requests without an Origin header (curl, servers) are not browser
 * requests and are not concerned. No extension is allowed unless named: any installed extension
 * could otherwise read what a signed-in officer's browser may read.
 */
export interface OriginPolicy {
  readonly allowedOrigins: readonly string[];
  /** Chromium extension ids (32 letters a-p) or Firefox internal UUIDs; "*" allows any extension. */
  readonly extensionIds: readonly string[];
}

export function isAllowedOrigin(origin: string, policy: OriginPolicy): boolean {
  if (policy.allowedOrigins.includes(origin)) return true;
  const extensionId = /^(?:chrome-extension|moz-extension):\/\/([a-z0-9-]+)$/i.exec(origin)?.[1];
  if (extensionId === undefined) return false;
  return policy.extensionIds.includes("*") || policy.extensionIds.includes(extensionId);
}
