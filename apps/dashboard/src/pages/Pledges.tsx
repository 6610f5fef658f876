import { useState } from "react";
import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { trpc, trpcClient } from "../api/client.js";
import type { Pledge } from "../api/types.js";
import { CountryOptions, OrganisationOptions, ProgrammeOptions, useOrganisations } from "../components/options.js";
import { ErrorNotice, Field, Loading, PageTitle, TableWrap } from "../components/ui.js";
import { useFormat } from "../i18n/format.js";
import { useT } from "../i18n/I18n.js";
import { can } from "../lib/permissions.js";
import {
  exportUrl,
  PLEDGE_STATUSES,
  searchFromForm,
  toPledgeListInput,
  type PledgeSearch,
} from "../lib/pledge-search.js";
import { useSession } from "../session.js";

const route = getRouteApi("/app/pledges");

export function PledgesPage() {
  const t = useT();
  const { user } = useSession();
  const search = route.useSearch();
  const mayPledge = can(user, "funding.pledge") || can(user, "places.pledge");
  return (
    <>
      <div className="page-heading">
        <PageTitle title={t("pledges.title")}>{t("pledges.title")}</PageTitle>
        {mayPledge ? (
          <Link className="button" to="/pledges/new">
            {t("pledges.new")}
          </Link>
        ) : null}
      </div>
      <Filters search={search} />
      <PledgeList search={search} />
      <section aria-labelledby="export-heading" className="export no-print">
        <h2 id="export-heading">{t("pledges.export")}</h2>
        <p>{t("pledges.exportHint")}</p>
        <p className="actions">
          <a href={exportUrl(false)} download="pledges.csv">
            {t("pledges.exportCsv")}
          </a>
          <a href={exportUrl(true)} download="pledges.csv">
            {t("pledges.exportSpreadsheet")}
          </a>
        </p>
      </section>
    </>
  );
}

function Filters({ search }: { search: PledgeSearch }) {
  const t = useT();
  const navigate = useNavigate();
  const initial = {
    year: search.year === undefined ? "" : String(search.year),
    programme: search.programme ?? "",
    organisationId: search.organisationId ?? "",
    country: search.country ?? "",
    status: search.status ?? "",
    kind: search.kind ?? "",
  };
  const [fields, setFields] = useState(initial);
  // The form follows the URL when it changes (back button, a link).
  const [seen, setSeen] = useState(search);
  if (seen !== search) {
    setSeen(search);
    setFields(initial);
  }
  const set = (name: keyof typeof fields) => (event: { target: { value: string } }) =>
    setFields({ ...fields, [name]: event.target.value });
  return (
    <form
      className="filters no-print"
      aria-label={t("pledges.filters")}
      onSubmit={(event) => {
        event.preventDefault();
        void navigate({ to: "/pledges", search: searchFromForm(fields) });
      }}
    >
      <Field label={t("field.year")}>
        {(props) => <input {...props} inputMode="numeric" value={fields.year} onChange={set("year")} size={6} />}
      </Field>
      <Field label={t("field.kind")}>
        {(props) => (
          <select {...props} value={fields.kind} onChange={set("kind")}>
            <option value="">{t("common.any")}</option>
            <option value="funding">{t("kind.funding")}</option>
            <option value="places">{t("kind.places")}</option>
          </select>
        )}
      </Field>
      <Field label={t("field.status")}>
        {(props) => (
          <select {...props} value={fields.status} onChange={set("status")}>
            <option value="">{t("common.any")}</option>
            {PLEDGE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("field.programme")}>
        {(props) => (
          <select {...props} value={fields.programme} onChange={set("programme")}>
            <option value="">{t("common.any")}</option>
            <ProgrammeOptions />
          </select>
        )}
      </Field>
      <Field label={t("field.organisation")}>
        {(props) => (
          <select {...props} value={fields.organisationId} onChange={set("organisationId")}>
            <option value="">{t("common.any")}</option>
            <OrganisationOptions />
          </select>
        )}
      </Field>
      <Field label={t("field.country")} hint={t("pledges.countryHint")}>
        {(props) => (
          <select {...props} value={fields.country} onChange={set("country")}>
            <option value="">{t("common.any")}</option>
            <CountryOptions />
          </select>
        )}
      </Field>
      <div className="filter-actions">
        <button type="submit">{t("pledges.apply")}</button>
        <Link to="/pledges" search={{}} className="button secondary">
          {t("pledges.clear")}
        </Link>
      </div>
    </form>
  );
}

function PledgeList({ search }: { search: PledgeSearch }) {
  const t = useT();
  const format = useFormat();
  const organisations = useOrganisations();
  // Pages by cursor. Not `infiniteQueryOptions`: tRPC's infinite queries add a `direction` field,
  // which the server's strict PledgeListInput refuses; the key is tRPC's own, so invalidations reach it.
  const input = toPledgeListInput(search);
  const pledges = useInfiniteQuery({
    queryKey: trpc.pledge.list.infiniteQueryKey(input),
    queryFn: ({ pageParam, signal }) => trpcClient.pledge.list.query(toPledgeListInput(search, pageParam), { signal }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  if (pledges.isPending) return <Loading />;
  if (pledges.isError && !pledges.data) return <ErrorNotice error={pledges.error} />;
  const items = pledges.data.pages.flatMap((page) => page.items);
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">{t("pledges.results")}</h2>
      <p role="status">{t("pledges.count", { count: items.length, more: pledges.hasNextPage ? "yes" : "no" })}</p>
      {items.length > 0 ? (
        <TableWrap label={t("pledges.results")}>
          <table id="results-table">
            <thead>
              <tr>
                <th scope="col">{t("field.organisation")}</th>
                <th scope="col">{t("field.kind")}</th>
                <th scope="col">{t("field.programme")}</th>
                <th scope="col">{t("field.year")}</th>
                <th scope="col" className="number">
                  {t("pledges.pledged")}
                </th>
                <th scope="col">{t("field.status")}</th>
                <th scope="col">{t("pledges.updated")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((pledge) => (
                <tr key={pledge.id}>
                  <td>
                    <Link to="/pledges/$pledgeId" params={{ pledgeId: pledge.id }}>
                      {organisations.nameOf(pledge.organisationId)}
                    </Link>
                    {pledge.demo ? <span className="tag"> {t("common.demo")}</span> : null}
                  </td>
                  <td>{t(`kind.${pledge.kind}`)}</td>
                  <td>{format.programme(pledge.programme)}</td>
                  <td>{pledge.year}</td>
                  <td className="number">
                    <PledgedAmount pledge={pledge} />
                  </td>
                  <td>{t(`status.${pledge.status}`)}</td>
                  <td>{format.dateTime(pledge.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      ) : null}
      {pledges.hasNextPage ? (
        <p className="no-print">
          <button
            type="button"
            disabled={pledges.isFetchingNextPage}
            onClick={() => {
              // Then on to the first pledge just shown, rather than leaving focus on a button that may go.
              const first = items.length;
              void pledges
                .fetchNextPage()
                .then(() =>
                  requestAnimationFrame(() =>
                    document.querySelectorAll<HTMLAnchorElement>("#results-table tbody tr a")[first]?.focus(),
                  ),
                );
            }}
          >
            {pledges.isFetchingNextPage ? t("common.loading") : t("pledges.more")}
          </button>
        </p>
      ) : null}
      {pledges.isFetchNextPageError ? <ErrorNotice error={pledges.error} /> : null}
    </section>
  );
}

export function PledgedAmount({ pledge }: { pledge: Pledge }) {
  const t = useT();
  const format = useFormat();
  if (pledge.funding) return <>{format.money(pledge.funding.pledged, pledge.funding.currency)}</>;
  if (pledge.places) return <>{t("pledges.placesCount", { count: pledge.places.pledged })}</>;
  return null;
}
