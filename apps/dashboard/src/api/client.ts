import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, httpLink, splitLink, TRPCClientError } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@solidaria/api";

/** The session's CSRF token; "anonymous" while nobody is signed in (sign-in, invitation, reset). */
let csrfToken = "anonymous";

export function setCsrfToken(token: string | null): void {
  csrfToken = token ?? "anonymous";
}

const headers = () => ({ "x-csrf-token": csrfToken });
const sameOrigin: typeof fetch = (input, init) => fetch(input, { ...init, credentials: "same-origin" });

/** Queries whose input is a secret (an invitation's token): sent in a POST body, never in an address. */
const SECRET_INPUT = new Set(["auth.invitation"]);

const link = splitLink({
  condition: (op) => SECRET_INPUT.has(op.path),
  // A URL ends up in proxies' access logs and the browser's history; a request body does not.
  true: httpLink({ url: "/trpc", methodOverride: "POST", headers, fetch: sameOrigin }),
  // The server refuses batches of more than 10 calls.
  false: httpBatchLink({ url: "/trpc", maxItems: 10, headers, fetch: sameOrigin }),
});

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // Refusals (not found, forbidden, signed out) are answers, not network trouble: do not retry them.
      retry: (failures, error) => !(error instanceof TRPCClientError) && failures < 2,
      refetchOnWindowFocus: false,
    },
  },
});

/** The plain client, for the few calls TanStack Query's options cannot express (see Pledges.tsx). */
export const trpcClient = createTRPCClient<AppRouter>({ links: [link] });
const client = trpcClient;

/** Every procedure as TanStack Query options: `useQuery(trpc.pledge.list.queryOptions(input))`. */
export const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
