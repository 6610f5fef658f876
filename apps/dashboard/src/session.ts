import { useRef } from "react";
import { useQuery } from "@tanstack/react-query";
import { queryClient, setCsrfToken, trpc } from "./api/client.js";
import type { Session } from "./api/types.js";

/** The signed-in person and the CSRF token of their session (null when signed out). */
const sessionQuery = () => trpc.auth.session.queryOptions(undefined, { staleTime: 5 * 60_000 });

/** The session, fetched once and kept; the CSRF header follows it. */
export async function loadSession(): Promise<Session | null> {
  const session = await queryClient.ensureQueryData(sessionQuery());
  setCsrfToken(session?.csrfToken ?? null);
  return session;
}

/** After sign-in or accepting an invitation: the new session, without asking the server again. */
export function rememberSession(session: Session): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData(sessionQuery().queryKey, session);
}

/** After signing out: forget the session and everything read with it. */
export function forgetSession(): void {
  setCsrfToken(null);
  queryClient.clear();
  queryClient.setQueryData(sessionQuery().queryKey, null);
}

/** The session of a signed-in page (the last one known while signing out leaves the page). */
export function useSession(): Session {
  const { data } = useQuery(sessionQuery());
  const last = useRef<Session | null>(null);
  if (data) last.current = data;
  if (!last.current) throw new Error("useSession outside a signed-in page");
  return last.current;
}
