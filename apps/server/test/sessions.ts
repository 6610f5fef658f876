import { createTRPCClient, httpLink, type TRPCClient } from "@trpc/client";
import type { AppRouter } from "@solidaria/api";

/**
 * A browser's side of a session, for tests: signs in over real HTTP as the dashboard does (the
 * `x-csrf-token: anonymous` header, JSON body), keeps the cookie the server set, and gives a tRPC
 * client that sends it with the session's CSRF token, as the dashboard does.
 */
export interface Browser {
  /** The `name=value` of the session cookie, as a browser sends it back. */
  readonly cookie: string;
  readonly csrfToken: string;
  /** The Set-Cookie header of the sign-in answer. */
  readonly setCookie: string;
  readonly client: ReturnType<typeof sessionClient>;
}

export function sessionClient(url: string, cookie: string, csrfToken: string | null): TRPCClient<AppRouter> {
  return createTRPCClient<AppRouter>({
    links: [
      httpLink({
        url: `${url}/trpc`,
        headers: () => ({ cookie, ...(csrfToken === null ? {} : { "x-csrf-token": csrfToken }) }),
      }),
    ],
  });
}

/** POSTs one tRPC mutation as JSON with the given headers, and returns the raw answer. */
export function post(url: string, procedure: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${url}/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

/** The `name=value` part of a Set-Cookie header. */
export const cookiePair = (setCookie: string) => setCookie.split(";")[0] ?? "";

export async function signInAs(
  url: string,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<Browser> {
  const response = await post(url, "auth.signIn", { email, password }, { "x-csrf-token": "anonymous", ...headers });
  const body = (await response.json()) as { result?: { data: { csrfToken: string } }; error?: unknown };
  const setCookie = response.headers.get("set-cookie");
  if (!response.ok || body.result === undefined || setCookie === null)
    throw new Error(`sign-in as ${email} failed: ${response.status} ${JSON.stringify(body)}`);
  const cookie = cookiePair(setCookie);
  const csrfToken = body.result.data.csrfToken;
  return { cookie, csrfToken, setCookie, client: sessionClient(url, cookie, csrfToken) };
}
