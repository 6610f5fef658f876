import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { trpc } from "../api/client.js";
import { useOrganisations } from "../components/options.js";
import { PageTitle, QueryResult, TableWrap } from "../components/ui.js";
import { useFormat } from "../i18n/format.js";
import { useT } from "../i18n/I18n.js";
import { can } from "../lib/permissions.js";
import { useSession } from "../session.js";

const route = getRouteApi("/app/appeals");

export function AppealsPage() {
  const t = useT();
  const format = useFormat();
  const { user } = useSession();
  const { year } = route.useSearch();
  const appeals = useQuery(trpc.appeal.list.queryOptions(year === undefined ? {} : { year }));
  const organisations = useOrganisations();
  return (
    <>
      <div className="page-heading">
        <PageTitle title={t("appeals.title")}>{t("appeals.title")}</PageTitle>
        {can(user, "appeal.create") ? (
          <Link className="button" to="/appeals/new">
            {t("appeals.new")}
          </Link>
        ) : null}
      </div>
      <QueryResult query={appeals} empty={t("appeals.none")}>
        {(data) => (
          <TableWrap label={t("appeals.title")}>
            <table>
              <caption>{t("appeals.caption", { count: data.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field.appealCode")}</th>
                  <th scope="col">{t("field.title")}</th>
                  <th scope="col">{t("field.year")}</th>
                  <th scope="col">{t("field.organisation")}</th>
                  <th scope="col" className="number">
                    {t("field.requiredUsd")}
                  </th>
                  <th scope="col" className="number">
                    {t("appeals.placesNeeded")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.map((appeal) => (
                  <tr key={appeal.id}>
                    <td className="code">{appeal.code}</td>
                    <td>
                      <Link to="/appeals/$appealId" params={{ appealId: appeal.id }}>
                        {appeal.title}
                      </Link>
                      {appeal.demo ? <span className="tag"> {t("common.demo")}</span> : null}
                    </td>
                    <td>{appeal.year}</td>
                    <td>{organisations.nameOf(appeal.organisationId)}</td>
                    <td className="number">{format.usd(appeal.requiredUsd)}</td>
                    <td className="number">
                      {format.number(appeal.placeNeeds.reduce((sum, need) => sum + need.needed, 0))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </QueryResult>
    </>
  );
}
