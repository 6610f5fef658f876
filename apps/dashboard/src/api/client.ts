import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import type { AppRouter } from "@solidaria/api";

/** The session's CSRF token; "anonymous" while nobody is signed in (sign-in, invitation, reset). */
let csrfToken = "anonymous";

export function setCsrfToken(token: string | null): void {
  csrfToken = token ?? "anonymous";
}

const link = httpBatchLink({
  url: "/trpc",
  // The server refuses batches of more than 10 calls.
  maxItems: 10,
  headers: () => ({ "x-csrf-token": csrfToken }),
  fetch: (input, init) => fetch(input, { ...init, credentials: "same-origin" }),
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
