import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { trpc } from "../api/client.js";
import { useOrganisations } from "../components/options.js";
import { ErrorNotice, Loading, PageTitle, TableWrap } from "../components/ui.js";
import { useFormat } from "../i18n/format.js";
import { useT } from "../i18n/I18n.js";
import { can } from "../lib/permissions.js";
import { useSession } from "../session.js";

const route = getRouteApi("/app/appeals/$appealId");

export function AppealDetailPage() {
  const t = useT();
  const format = useFormat();
  const { user } = useSession();
  const { appealId } = route.useParams();
  const appeal = useQuery(trpc.appeal.get.queryOptions({ id: appealId }));
  const coverage = useQuery(trpc.report.coverage.queryOptions({ appealId }));
  const places = useQuery(trpc.report.places.queryOptions({ appealId }));
  const organisations = useOrganisations();
  if (appeal.isPending || appeal.error)
    return (
      <>
        <PageTitle title={t("appeal.title")}>{t("appeal.title")}</PageTitle>
        {appeal.error ? <ErrorNotice error={appeal.error} /> : <Loading />}
      </>
    );
  const data = appeal.data;
  const funded = coverage.data?.[0];
  return (
    <>
      <PageTitle title={data.title}>
        <span className="code">{data.code}</span> {data.title}
      </PageTitle>
      <p className="no-print">
        <Link to="/appeals">{t("appeal.back")}</Link>
      </p>
      <dl className="facts">
        <dt>{t("field.organisation")}</dt>
        <dd>{organisations.nameOf(data.organisationId)}</dd>
        <dt>{t("field.year")}</dt>
        <dd>{data.year}</dd>
        <dt>{t("appeal.period")}</dt>
        <dd>
          {data.startDate || data.endDate
            ? t("appeal.periodDates", {
                start: data.startDate ? format.date(data.startDate) : "…",
                end: data.endDate ? format.date(data.endDate) : "…",
              })
            : t("appeal.noPeriod")}
        </dd>
        <dt>{t("field.requiredUsd")}</dt>
        <dd>{format.usd(data.requiredUsd)}</dd>
      </dl>
      <p className="actions no-print">
        <Link to="/pledges" search={{ appealId }}>
          {t("appeal.pledges")}
        </Link>
        {can(user, "funding.pledge") ? (
          <Link className="button" to="/pledges/new" search={{ appealId }}>
            {t("appeal.pledge")}
          </Link>
        ) : null}
      </p>
      <section aria-labelledby="appeal-coverage">
        <h2 id="appeal-coverage">{t("coverage.title")}</h2>
        <p>{t("coverage.explain")}</p>
        {coverage.isPending ? (
          <Loading />
        ) : coverage.error ? (
          <ErrorNotice error={coverage.error} />
        ) : funded ? (
          <dl className="facts">
            <dt>{t("stage.pledged")}</dt>
            <dd>{format.usd(funded.usd.pledged)}</dd>
            <dt>{t("stage.committed")}</dt>
            <dd>{format.usd(funded.usd.committed)}</dd>
            <dt>{t("stage.paid")}</dt>
            <dd>{format.usd(funded.usd.paid)}</dd>
            <dt>{t("coverage.unmet")}</dt>
            <dd>{format.usd(funded.usd.unmet)}</dd>
            <dt>{t("coverage.percent")}</dt>
            <dd>
              {funded.percentageFunded === null ? t("common.notApplicable") : format.percent(funded.percentageFunded)}
            </dd>
            {funded.largestPledger ? (
              <>
                <dt>{t("coverage.largest")}</dt>
                <dd>
                  {t("coverage.largestValue", {
                    organisation: organisations.nameOf(funded.largestPledger.organisationId),
                    amount: format.usd(funded.largestPledger.pledgedUsd),
                    percent:
                      funded.largestPledger.percentOfRequirement === null
                        ? t("common.notApplicable")
                        : format.percent(funded.largestPledger.percentOfRequirement),
                  })}
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
      </section>
      <section aria-labelledby="appeal-places">
        <h2 id="appeal-places">{t("appeal.placeNeeds")}</h2>
        {places.isPending ? (
          <Loading />
        ) : places.error ? (
          <ErrorNotice error={places.error} />
        ) : places.data.needs.length === 0 ? (
          <p>{t("appeal.noPlaceNeeds")}</p>
        ) : (
          <TableWrap label={t("appeal.placeNeeds")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("field.hostCountry")}</th>
                  <th scope="col">{t("field.category")}</th>
                  <th scope="col" className="number">
                    {t("places.needed")}
                  </th>
                  <th scope="col" className="number">
                    {t("stage.pledged")}
                  </th>
                  <th scope="col" className="number">
                    {t("stage.arrived")}
                  </th>
                  <th scope="col" className="number">
                    {t("places.unmet")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {places.data.needs.map((need) => (
                  <tr key={`${need.hostCountry}-${need.category}`}>
                    <td>{format.country(need.hostCountry)}</td>
                    <td>{format.category(need.category)}</td>
                    <td className="number">{format.number(need.needed)}</td>
                    <td className="number">{format.number(need.pledged)}</td>
                    <td className="number">{format.number(need.arrived)}</td>
                    <td className="number">{format.number(need.unmet)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>
    </>
  );
}
