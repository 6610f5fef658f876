import { Link, type ErrorComponentProps } from "@tanstack/react-router";
import { useT } from "../i18n/I18n.js";
import { ErrorNotice, PageTitle } from "./ui.js";

export function NotFound() {
  const t = useT();
  return (
    <main id="main" className="page narrow">
      <PageTitle title={t("notFound.title")}>{t("notFound.title")}</PageTitle>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </main>
  );
}

export function RouteError({ error, reset }: ErrorComponentProps) {
  const t = useT();
  return (
    <main id="main" className="page narrow">
      <PageTitle title={t("routeError.title")}>{t("routeError.title")}</PageTitle>
      <ErrorNotice error={error} />
      <p>
        <button type="button" onClick={reset}>
          {t("common.tryAgain")}
        </button>
      </p>
    </main>
  );
}
