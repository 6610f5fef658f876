import { useCallback, useState } from "react";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { trpc } from "../api/client.js";
import type { Coverage, FairShareReport, PlacesReport, StageTimes } from "../api/types.js";
import { ChartFigure, PlotChart, SERIES_COLOURS, type PlotModule } from "../charts/PlotChart.js";
import { ErrorNotice, Field, Loading, PageTitle, QueryResult, TableWrap } from "../components/ui.js";
import { useFormat } from "../i18n/format.js";
import { useLocale, useT } from "../i18n/I18n.js";
import { FAIR_SHARE_KEYS, fairShareKeyInput, type FairShareKeyId } from "../lib/fair-share-keys.js";
import { useSession } from "../session.js";

const route = getRouteApi("/app/");

export function OverviewPage() {
  const t = useT();
  const { user } = useSession();
  const search = route.useSearch();
  const scope = search.year === undefined ? {} : { year: search.year };
  return (
    <>
      <div className="page-heading">
        <PageTitle title={t("overview.title")}>{t("overview.title")}</PageTitle>
        <button type="button" className="secondary no-print" onClick={() => window.print()}>
          {t("overview.print")}
        </button>
      </div>
      <p>{t("overview.intro", { organisation: user.organisation.name })}</p>
      <YearFilter year={search.year} />
      <CoverageSection scope={scope} />
      <PlacesSection scope={scope} />
      <FairShareSection
        year={search.year}
        kind={search.fairShare ?? "places"}
        keyId={search.key ?? "population-gdp-50-50"}
      />
    </>
  );
}

function YearFilter({ year }: { year: number | undefined }) {
  const t = useT();
  const navigate = useNavigate();
  const [text, setText] = useState(year === undefined ? "" : String(year));
  return (
    <form
      className="filters no-print"
      aria-label={t("overview.scope")}
      onSubmit={(event) => {
        event.preventDefault();
        const value = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : undefined;
        void navigate({ to: "/", search: (previous) => ({ ...previous, year: value }) });
      }}
    >
      <Field label={t("field.year")} hint={t("overview.yearHint")}>
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            size={6}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        )}
      </Field>
      <div className="filter-actions">
        <button type="submit">{t("pledges.apply")}</button>
      </div>
    </form>
  );
}

const toNumber = (decimal: string) => Number(decimal);

function CoverageSection({ scope }: { scope: { year?: number } }) {
  const t = useT();
  const format = useFormat();
  const coverage = useQuery(trpc.report.coverage.queryOptions(scope));
  const measures = [
    ["required", t("coverage.required")],
    ["pledged", t("stage.pledged")],
    ["committed", t("stage.committed")],
    ["paid", t("stage.paid")],
  ] as const;
  const render = useCallback(
    (plot: PlotModule, width: number) => {
      const rows = (coverage.data ?? []).flatMap((appeal) =>
        measures.map(([key, label]) => ({ appeal: appeal.code, measure: label, value: toNumber(appeal.usd[key]) })),
      );
      return plot.plot({
        width,
        marginLeft: 110,
        marginRight: 160,
        x: { label: t("coverage.usdAxis"), grid: true, tickFormat: (value: number) => format.number(value) },
        y: { label: null, domain: measures.map(([, label]) => label) },
        fy: { label: null },
        color: { domain: measures.map(([, label]) => label), range: SERIES_COLOURS, legend: true },
        marks: [plot.barX(rows, { x: "value", y: "measure", fy: "appeal", fill: "measure" }), plot.ruleX([0])],
      });
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- measures are derived from t
    [coverage.data, format, t],
  );
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">{t("coverage.title")}</h2>
      <p>{t("coverage.explain")}</p>
      <QueryResult query={coverage} empty={t("coverage.none")}>
        {(data) => (
          <>
            <ChartFigure
              caption={t("coverage.caption")}
              chart={<PlotChart render={render} />}
              table={<CoverageTable rows={data} />}
            />
            <CurrencyTable rows={data} />
          </>
        )}
      </QueryResult>
    </section>
  );
}

function CoverageTable({ rows }: { rows: Coverage[] }) {
  const t = useT();
  const format = useFormat();
  return (
    <table>
      <caption>{t("coverage.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("field.appeal")}</th>
          <th scope="col" className="number">
            {t("coverage.required")}
          </th>
          <th scope="col" className="number">
            {t("stage.pledged")}
          </th>
          <th scope="col" className="number">
            {t("stage.committed")}
          </th>
          <th scope="col" className="number">
            {t("stage.paid")}
          </th>
          <th scope="col" className="number">
            {t("coverage.unmet")}
          </th>
          <th scope="col" className="number">
            {t("coverage.percent")}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((appeal) => (
          <tr key={appeal.appealId}>
            <th scope="row">
              <span className="code">{appeal.code}</span> {appeal.title} <span className="hint">({appeal.year})</span>
              {appeal.overPledged ? <span className="tag">{t("coverage.overPledged")}</span> : null}
            </th>
            <td className="number">{format.usd(appeal.usd.required)}</td>
            <td className="number">{format.usd(appeal.usd.pledged)}</td>
            <td className="number">{format.usd(appeal.usd.committed)}</td>
            <td className="number">{format.usd(appeal.usd.paid)}</td>
            <td className="number">{format.usd(appeal.usd.unmet)}</td>
            <td className="number">
              {appeal.percentageFunded === null ? t("common.notApplicable") : format.percent(appeal.percentageFunded)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CurrencyTable({ rows }: { rows: Coverage[] }) {
  const t = useT();
  const format = useFormat();
  const lines = rows.flatMap((appeal) => appeal.byCurrency.map((line) => ({ appeal, line })));
  if (lines.length === 0) return null;
  return (
    <TableWrap label={t("coverage.byCurrency")}>
      <table>
        <caption>{t("coverage.byCurrency")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field.appeal")}</th>
            <th scope="col">{t("field.currency")}</th>
            <th scope="col" className="number">
              {t("coverage.pledges")}
            </th>
            <th scope="col" className="number">
              {t("stage.pledged")}
            </th>
            <th scope="col" className="number">
              {t("stage.committed")}
            </th>
            <th scope="col" className="number">
              {t("stage.paid")}
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map(({ appeal, line }) => (
            <tr key={`${appeal.appealId}-${line.currency}`}>
              <th scope="row">{appeal.code}</th>
              <td>{line.currency}</td>
              <td className="number">{format.number(line.pledges)}</td>
              <td className="number">{format.money(line.pledged, line.currency)}</td>
              <td className="number">{format.money(line.committed, line.currency)}</td>
              <td className="number">{format.money(line.paid, line.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

const PLACE_STAGES = ["pledged", "confirmed", "allocated", "departed", "arrived"] as const;

function PlacesSection({ scope }: { scope: { year?: number } }) {
  const t = useT();
  const format = useFormat();
  const places = useQuery(trpc.report.places.queryOptions(scope));
  const render = useCallback(
    (plot: PlotModule, width: number) => {
      const stages = PLACE_STAGES.map((stage) => t(`stage.${stage}`));
      const rows = (places.data?.offers ?? []).flatMap((offer) =>
        PLACE_STAGES.map((stage) => ({
          route: `${format.country(offer.resettlementCountry)} ← ${format.country(offer.hostCountry)}`,
          stage: t(`stage.${stage}`),
          value: offer[stage],
        })),
      );
      return plot.plot({
        width,
        marginLeft: 110,
        marginRight: 160,
        x: { label: t("places.axis"), grid: true },
        y: { label: null, domain: stages },
        fy: { label: null },
        color: { domain: stages, range: SERIES_COLOURS, legend: true },
        marks: [
          plot.barX(rows, plot.groupY({ x: "sum" }, { x: "value", y: "stage", fy: "route", fill: "stage" })),
          plot.ruleX([0]),
        ],
      });
    },
    [places.data, format, t],
  );
  return (
    <section aria-labelledby="places-heading">
      <h2 id="places-heading">{t("places.title")}</h2>
      <p>{t("places.explain")}</p>
      {places.isPending ? (
        <Loading />
      ) : places.error ? (
        <ErrorNotice error={places.error} />
      ) : places.data.offers.length === 0 && places.data.needs.length === 0 ? (
        <p>{t("places.none")}</p>
      ) : (
        <>
          <ChartFigure
            caption={t("places.caption")}
            chart={<PlotChart render={render} />}
            table={<OffersTable report={places.data} />}
          />
          <NeedsTable report={places.data} />
          <StageTimesTable scope={scope} />
        </>
      )}
    </section>
  );
}

/** Days places spend at each stage, from the event log (the server matches places first in, first out). */
function StageTimesTable({ scope }: { scope: { year?: number } }) {
  const t = useT();
  const format = useFormat();
  const times = useQuery(trpc.report.stageTimes.queryOptions(scope));
  if (times.isPending) return <Loading />;
  if (times.error) return <ErrorNotice error={times.error} />;
  if (times.data.groups.length === 0) return null;
  const stages = times.data.groups[0]?.stages.map((stage) => stage.stage) ?? [];
  const days = (value: number) => format.number(value);
  const cell = (stage: StageTimes["groups"][number]["stages"][number]) => {
    const lines = [
      stage.averageDaysBeforeMovingOn === null
        ? null
        : t("stageTimes.movedOn", { count: stage.movedOn, days: days(stage.averageDaysBeforeMovingOn) }),
      stage.averageDaysWaiting === null
        ? null
        : t("stageTimes.waiting", { count: stage.waiting, days: days(stage.averageDaysWaiting) }),
    ].filter((line): line is string => line !== null);
    return lines.length === 0 ? t("stageTimes.empty") : lines.join(" · ");
  };
  return (
    <TableWrap label={t("places.needsCaption")}>
      <table>
        <caption>{t("stageTimes.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field.resettlementCountry")}</th>
            <th scope="col">{t("field.hostCountry")}</th>
            <th scope="col">{t("field.category")}</th>
            {stages.map((stage) => (
              <th scope="col" key={stage}>
                {t("stageTimes.at", { stage: t(`stage.${stage}`) })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {times.data.groups.map((group) => (
            <tr key={`${group.resettlementCountry}-${group.hostCountry}-${group.category}`}>
              <td>{format.country(group.resettlementCountry)}</td>
              <td>{format.country(group.hostCountry)}</td>
              <td>{format.category(group.category)}</td>
              {group.stages.map((stage) => (
                <td key={stage.stage}>{cell(stage)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t("stageTimes.method", { date: format.dateTime(times.data.asOf) })}</p>
    </TableWrap>
  );
}

function OffersTable({ report }: { report: PlacesReport }) {
  const t = useT();
  const format = useFormat();
  return (
    <table>
      <caption>{t("places.offersCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("field.resettlementCountry")}</th>
          <th scope="col">{t("field.hostCountry")}</th>
          <th scope="col">{t("field.category")}</th>
          {PLACE_STAGES.map((stage) => (
            <th scope="col" className="number" key={stage}>
              {t(`stage.${stage}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {report.offers.map((offer) => (
          <tr key={`${offer.resettlementCountry}-${offer.hostCountry}-${offer.category}`}>
            <td>{format.country(offer.resettlementCountry)}</td>
            <td>{format.country(offer.hostCountry)}</td>
            <td>{format.category(offer.category)}</td>
            {PLACE_STAGES.map((stage) => (
              <td className="number" key={stage}>
                {format.number(offer[stage])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function NeedsTable({ report }: { report: PlacesReport }) {
  const t = useT();
  const format = useFormat();
  if (report.needs.length === 0) return null;
  return (
    <TableWrap label={t("stageTimes.caption")}>
      <table>
        <caption>{t("places.needsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field.hostCountry")}</th>
            <th scope="col">{t("field.category")}</th>
            <th scope="col" className="number">
              {t("places.needed")}
            </th>
            {PLACE_STAGES.map((stage) => (
              <th scope="col" className="number" key={stage}>
                {t(`stage.${stage}`)}
              </th>
            ))}
            <th scope="col" className="number">
              {t("places.unmet")}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.needs.map((need) => (
            <tr key={`${need.hostCountry}-${need.category}`}>
              <td>{format.country(need.hostCountry)}</td>
              <td>{format.category(need.category)}</td>
              <td className="number">{format.number(need.needed)}</td>
              {PLACE_STAGES.map((stage) => (
                <td className="number" key={stage}>
                  {format.number(need[stage])}
                </td>
              ))}
              <td className="number">{format.number(need.unmet)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function FairShareSection({
  year,
  kind,
  keyId,
}: {
  year: number | undefined;
  kind: "places" | "funding";
  keyId: FairShareKeyId;
}) {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const key = fairShareKeyInput(keyId);
  const report = useQuery(
    trpc.report.fairShare.queryOptions({
      kind,
      ...(year === undefined ? {} : { year }),
      ...(key === undefined ? {} : { key }),
    }),
  );
  const amount = (value: string | number) => (typeof value === "number" ? format.number(value) : format.usd(value));
  const render = useCallback(
    (plot: PlotModule, width: number) => {
      const series = [t("fairShare.fair"), t("fairShare.pledged")];
      const rows = (report.data?.states ?? []).flatMap((state) => [
        { state: format.country(state.country), series: series[0], value: Number(state.fairShare) },
        { state: format.country(state.country), series: series[1], value: Number(state.pledged) },
      ]);
      return plot.plot({
        width,
        marginLeft: 130,
        marginRight: 160,
        x: { label: kind === "places" ? t("places.axis") : t("coverage.usdAxis"), grid: true },
        y: { label: null, domain: series },
        fy: { label: null },
        color: { domain: series, range: SERIES_COLOURS, legend: true },
        marks: [plot.barX(rows, { x: "value", y: "series", fy: "state", fill: "series" }), plot.ruleX([0])],
      });
    },
    [report.data, format, t, kind],
  );
  return (
    <section aria-labelledby="fair-heading">
      <h2 id="fair-heading">{t("fairShare.title")}</h2>
      <form
        className="filters no-print"
        aria-label={t("fairShare.options")}
        onSubmit={(event) => event.preventDefault()}
      >
        <Field label={t("fairShare.measure")}>
          {(props) => (
            <select
              {...props}
              value={kind}
              onChange={(event) =>
                void navigate({
                  to: "/",
                  search: (previous) => ({ ...previous, fairShare: event.target.value as "places" | "funding" }),
                })
              }
            >
              <option value="places">{t("fairShare.places")}</option>
              <option value="funding">{t("fairShare.funding")}</option>
            </select>
          )}
        </Field>
        <Field label={t("fairShare.key")}>
          {(props) => (
            <select
              {...props}
              value={keyId}
              onChange={(event) =>
                void navigate({
                  to: "/",
                  search: (previous) => ({ ...previous, key: event.target.value as FairShareKeyId }),
                })
              }
            >
              {FAIR_SHARE_KEYS.map((option) => (
                <option key={option} value={option}>
                  {t(`fairShareKey.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      {report.isPending ? (
        <Loading />
      ) : report.error ? (
        <ErrorNotice error={report.error} />
      ) : (
        <>
          <FairShareMethod report={report.data} />
          {report.data.states.length === 0 ? (
            <p>{t("fairShare.none")}</p>
          ) : (
            <ChartFigure
              caption={t(kind === "places" ? "fairShare.captionPlaces" : "fairShare.captionFunding", {
                total: amount(report.data.total),
              })}
              chart={<PlotChart render={render} />}
              table={<FairShareTable report={report.data} />}
            />
          )}
          {report.data.excluded.length > 0 ? (
            <p>
              {t("fairShare.excluded", {
                states: format.list(report.data.excluded.map((state) => format.country(state.country))),
                count: report.data.excluded.length,
              })}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function FairShareMethod({ report }: { report: FairShareReport }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  return (
    <div className="method">
      <h3>{t("fairShare.how")}</h3>
      <p className="formula">{report.formula[locale]}</p>
      <ul>
        {report.components.map((component) => (
          <li key={component.indicator}>
            {component.description[locale]}{" "}
            {t(component.direction === "effort" ? "fairShare.effort" : "fairShare.capacity")}
            {component.source
              ? ` ${t("fairShare.release", {
                  file: component.source.file,
                  date: format.date(component.source.lastVerified),
                })}`
              : null}
          </li>
        ))}
      </ul>
      <p className="hint">
        {t("fairShare.source", {
          citation: report.source.citation,
          licence: report.source.licence,
          date: format.date(report.source.lastVerified),
        })}
      </p>
    </div>
  );
}

function FairShareTable({ report }: { report: FairShareReport }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const amount = (value: string | number) => (typeof value === "number" ? format.number(value) : format.usd(value));
  return (
    <table>
      <caption>{t("fairShare.tableCaption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("fairShare.state")}</th>
          {report.components.map((component) => (
            <th scope="col" className="number" key={component.indicator}>
              {component.name[locale]}
            </th>
          ))}
          <th scope="col" className="number">
            {t("fairShare.share")}
          </th>
          <th scope="col" className="number">
            {t("fairShare.fair")}
          </th>
          <th scope="col" className="number">
            {t("fairShare.pledged")}
          </th>
          <th scope="col" className="number">
            {t("fairShare.percent")}
          </th>
        </tr>
      </thead>
      <tbody>
        {report.states.map((state) => (
          <tr key={state.country}>
            <th scope="row">{format.country(state.country)}</th>
            {report.components.map((component) => {
              const figure = state.figures.find((candidate) => candidate.indicator === component.indicator);
              return (
                <td className="number" key={component.indicator}>
                  {figure
                    ? t("fairShare.figure", { value: format.number(figure.value), year: figure.year ?? "" })
                    : t("common.unknown")}
                </td>
              );
            })}
            <td className="number">{format.percent(state.share)}</td>
            <td className="number">{amount(state.fairShare)}</td>
            <td className="number">{amount(state.pledged)}</td>
            <td className="number">
              {state.percentOfFairShare === null ? t("common.notApplicable") : format.percent(state.percentOfFairShare)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
