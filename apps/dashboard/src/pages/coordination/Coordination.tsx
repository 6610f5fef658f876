import { Link, Outlet } from "@tanstack/react-router";
import { PageTitle } from "../../components/ui.js";
import { useT } from "../../i18n/I18n.js";

const SECTIONS = [
  ["/coordination/organisations", "coordination.organisations"],
  ["/coordination/users", "coordination.users"],
  ["/coordination/tokens", "coordination.tokens"],
  ["/coordination/situations", "coordination.situations"],
] as const;

export function CoordinationPage() {
  const t = useT();
  return (
    <>
      <PageTitle title={t("coordination.title")}>{t("coordination.title")}</PageTitle>
      <nav aria-label={t("coordination.sections")} className="subnav no-print">
        <ul>
          {SECTIONS.map(([to, label]) => (
            <li key={to}>
              <Link to={to} activeProps={{ "aria-current": "page", className: "active" }}>
                {t(label)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
