import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from "@tanstack/react-router";
import { z } from "zod";
import type { Role } from "@solidaria/db/enums";
import { Layout, useFocusOnNavigation } from "./components/Layout.js";
import { NotFound, RouteError } from "./components/RouteStates.js";
import { FAIR_SHARE_KEYS } from "./lib/fair-share-keys.js";
import { parsePledgeSearch } from "./lib/pledge-search.js";
import { loadSession } from "./session.js";

/**
 * Code-based routes. Every page is its own chunk (lazyRouteComponent): the first page loads only the
 * shell; forms, charts and the coordination pages load when visited.
 */

/** The root: after each navigation, focus goes to the new page's heading (see useFocusOnNavigation). */
function Root() {
  useFocusOnNavigation();
  return <Outlet />;
}

const rootRoute = createRootRoute({ component: Root, notFoundComponent: NotFound });

const afterSignIn = z.object({ redirect: z.string().startsWith("/").optional().catch(undefined) });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/sign-in",
  validateSearch: afterSignIn,
  component: lazyRouteComponent(() => import("./pages/SignIn.js"), "SignInPage"),
});
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/invitation",
  component: lazyRouteComponent(() => import("./pages/Invitation.js"), "InvitationPage"),
});
const resetRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: "/reset-password",
  component: lazyRouteComponent(() => import("./pages/ResetPassword.js"), "ResetPasswordPage"),
});

/** The signed-in pages: without a session, off to the sign-in page (and back here afterwards). */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: "app",
  beforeLoad: async ({ location }) => {
    const session = await loadSession();
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- TanStack Router redirects are thrown as plain objects
    if (!session) throw redirect({ to: "/sign-in", search: { redirect: location.href } });
    return { session };
  },
  component: Layout,
  errorComponent: RouteError,
});

/** Pages only some roles see: others are sent to the overview. */
const onlyFor =
  (...roles: Role[]) =>
  ({ context }: { context: { session: { user: { role: Role } } } }) => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- as above
    if (!roles.includes(context.session.user.role)) throw redirect({ to: "/" });
  };

const overviewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/",
  validateSearch: z.object({
    year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
    fairShare: z.enum(["places", "funding"]).optional().catch(undefined),
    key: z.enum(FAIR_SHARE_KEYS).optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import("./pages/Overview.js"), "OverviewPage"),
});

const pledgesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/pledges",
  validateSearch: parsePledgeSearch,
  component: lazyRouteComponent(() => import("./pages/Pledges.js"), "PledgesPage"),
});
const pledgeNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/pledges/new",
  beforeLoad: onlyFor("coordinator", "state", "donor"),
  validateSearch: z.object({
    kind: z.enum(["funding", "places"]).optional().catch(undefined),
    appealId: z.string().optional().catch(undefined),
  }),
  component: lazyRouteComponent(() => import("./pages/PledgeNew.js"), "PledgeNewPage"),
});
const pledgeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/pledges/$pledgeId",
  component: lazyRouteComponent(() => import("./pages/PledgeDetail.js"), "PledgeDetailPage"),
});

const appealsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/appeals",
  beforeLoad: onlyFor("coordinator", "state"),
  validateSearch: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined) }),
  component: lazyRouteComponent(() => import("./pages/Appeals.js"), "AppealsPage"),
});
const appealNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/appeals/new",
  beforeLoad: onlyFor("coordinator", "state"),
  component: lazyRouteComponent(() => import("./pages/AppealNew.js"), "AppealNewPage"),
});
const appealRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/appeals/$appealId",
  beforeLoad: onlyFor("coordinator", "state"),
  component: lazyRouteComponent(() => import("./pages/AppealDetail.js"), "AppealDetailPage"),
});

const coordinationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: "/coordination",
  beforeLoad: onlyFor("coordinator"),
  component: lazyRouteComponent(() => import("./pages/coordination/Coordination.js"), "CoordinationPage"),
});
const coordinationIndexRoute = createRoute({
  getParentRoute: () => coordinationRoute,
  path: "/",
  beforeLoad: () => {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- as above
    throw redirect({ to: "/coordination/organisations" });
  },
});
const organisationsRoute = createRoute({
  getParentRoute: () => coordinationRoute,
  path: "/organisations",
  component: lazyRouteComponent(() => import("./pages/coordination/Organisations.js"), "OrganisationsPage"),
});
const usersRoute = createRoute({
  getParentRoute: () => coordinationRoute,
  path: "/users",
  component: lazyRouteComponent(() => import("./pages/coordination/Users.js"), "UsersPage"),
});
const tokensRoute = createRoute({
  getParentRoute: () => coordinationRoute,
  path: "/tokens",
  component: lazyRouteComponent(() => import("./pages/coordination/Tokens.js"), "TokensPage"),
});
const situationsRoute = createRoute({
  getParentRoute: () => coordinationRoute,
  path: "/situations",
  component: lazyRouteComponent(() => import("./pages/coordination/Situations.js"), "SituationsPage"),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  invitationRoute,
  resetRoute,
  appRoute.addChildren([
    overviewRoute,
    pledgesRoute,
    pledgeNewRoute,
    pledgeRoute,
    appealsRoute,
    appealNewRoute,
    appealRoute,
    coordinationRoute.addChildren([
      coordinationIndexRoute,
      organisationsRoute,
      usersRoute,
      tokensRoute,
      situationsRoute,
    ]),
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: "intent", scrollRestoration: true });

declare module "@tanstack/react-router" {
  interface Register {
    router: typeof router;
  }
}
