import { useEffect } from "react";
import { useMutation } from "@tanstack/react-query";
import { Link, Outlet, useNavigate, useRouter } from "@tanstack/react-router";
import { trpc } from "../api/client.js";
import { useT } from "../i18n/I18n.js";
import { navigationFor } from "../lib/permissions.js";
import { forgetSession, useSession } from "../session.js";
import { LanguageChooser } from "./LanguageChooser.js";
import { ErrorNotice } from "./ui.js";

const PATHS = {
  overview: "/",
  pledges: "/pledges",
  appeals: "/appeals",
  coordination: "/coordination",
} as const;

/** Moves focus to the new page's heading after each navigation, so keyboard and screen-reader users start there. */
export function useFocusOnNavigation(): void {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe("onResolved", (event) => {
        if (!event.pathChanged || event.fromLocation === undefined) return;
        requestAnimationFrame(() => document.getElementById("page-title")?.focus());
      }),
    [router],
  );
}

export function Layout() {
  const t = useT();
  const session = useSession();
  const navigate = useNavigate();
  const { user } = session;
  const leave = async () => {
    await navigate({ to: "/sign-in" });
    forgetSession();
  };
  const signOut = useMutation(trpc.auth.signOut.mutationOptions({ onSuccess: leave }));
  const signOutEverywhere = useMutation(trpc.auth.signOutEverywhere.mutationOptions({ onSuccess: leave }));
  return (
    <>
      <a className="skip-link" href="#main">
        {t("layout.skip")}
      </a>
      <header className="site-header">
        <div className="brand">
          <Link to="/">Solidaria</Link>
        </div>
        <div className="who">
          <p>
            <span className="person">{user.displayName}</span>
            <span className="role"> · {t(`role.${user.role}`)}</span>
          </p>
          <p className="organisation">{user.organisation.name}</p>
        </div>
        <div className="header-controls">
          <LanguageChooser />
          <button type="button" onClick={() => signOut.mutate()} disabled={signOut.isPending}>
            {t("layout.signOut")}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => signOutEverywhere.mutate()}
            disabled={signOutEverywhere.isPending}
          >
            {t("layout.signOutEverywhere")}
          </button>
        </div>
        <ErrorNotice error={signOut.error ?? signOutEverywhere.error} />
      </header>
      <nav className="site-nav" aria-label={t("layout.navigation")}>
        <ul>
          {navigationFor(user.role).map((page) => (
            <li key={page}>
              <Link
                to={PATHS[page]}
                activeOptions={{ exact: page === "overview" }}
                activeProps={{ "aria-current": "page", className: "active" }}
              >
                {t(`nav.${page}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("layout.footer")}</p>
      </footer>
    </>
  );
}
