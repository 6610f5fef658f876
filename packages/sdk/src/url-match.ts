/**
 * Browser-extension match patterns ("https://portal.gob.pe/cepr/*", "*://*.migraciones.gob.pe/*").
 * As in Chromium, a pattern without a port matches any port. Query strings are part of the path.
 */
const PATTERN = /^(\*|https?|file):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(?::(\d+))?(\/.*)$/;

const DEFAULT_PORTS: Record<string, string> = { http: "80", https: "443" };

export class MatchPatternError extends Error {
  override readonly name = "MatchPatternError";
}

function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

export function compileMatchPattern(pattern: string): (url: URL) => boolean {
  const match = PATTERN.exec(pattern);
  if (!match) throw new MatchPatternError(`"${pattern}" is not a match pattern like https://portal.example/path/*`);
  const [, scheme, rawHost, port, path] = match as unknown as [string, string, string, string | undefined, string];
  // Host names are case-insensitive; URL already lower-cases the page's.
  const host = rawHost.toLowerCase();
  const pathRegex = new RegExp(`^${path.split("*").map(escape).join(".*")}$`);
  return (url) => {
    const urlScheme = url.protocol.slice(0, -1);
    if (scheme === "*" ? urlScheme !== "http" && urlScheme !== "https" : urlScheme !== scheme) return false;
    if (host !== "*") {
      if (host.startsWith("*.")) {
        const domain = host.slice(2);
        if (url.hostname !== domain && !url.hostname.endsWith(`.${domain}`)) return false;
      } else if (url.hostname !== host) return false;
    }
    // "https://host:443/*" names the default port, which URL leaves out of `port`.
    if (port !== undefined && (url.port || DEFAULT_PORTS[urlScheme] || "") !== port) return false;
    return pathRegex.test(url.pathname + url.search);
  };
}

export function matchesAny(patterns: readonly string[], url: URL | string): boolean {
  const target = typeof url === "string" ? new URL(url) : url;
  return patterns.some((pattern) => compileMatchPattern(pattern)(target));
}
