import { useCallback, useMemo, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { PledgeTransition } from "@solidaria/api/validators";
import { INTL_TAGS, toDecimalString } from "@solidaria/domain";
import { trpc } from "../api/client.js";
import type { Inputs, Pledge, PledgeEventView } from "../api/types.js";
import { useAppeals, useOrganisations } from "../components/options.js";
import { ErrorNotice, Field, Loading, PageTitle, QueryResult, TableWrap } from "../components/ui.js";
import { formatAmount, useFormat } from "../i18n/format.js";
import { useLocale, useT } from "../i18n/I18n.js";
import { amountExample, formatAmountForInput, parseLocalizedAmount } from "../lib/amount.js";
import { errorCode } from "../lib/errors.js";
import { localizedResolver } from "../lib/form-resolver.js";
import type { IssueMessage } from "../lib/issues.js";
import {
  fundingActions,
  pledgeChanges,
  placesActions,
  quantityProblem,
  type ActionOption,
} from "../lib/pledge-actions.js";
import { can } from "../lib/permissions.js";
import { amountProblemMessage, wholeNumberOrText } from "../lib/pledge-form.js";
import { useSession } from "../session.js";

const route = getRouteApi("/app/pledges/$pledgeId");

export function PledgeDetailPage() {
  const t = useT();
  const { pledgeId } = route.useParams();
  const pledge = useQuery(trpc.pledge.get.queryOptions({ id: pledgeId }));
  const organisations = useOrganisations();
  if (pledge.isPending)
    return (
      <>
        <PageTitle title={t("pledge.title")}>{t("pledge.title")}</PageTitle>
        <Loading />
      </>
    );
  if (pledge.error)
    return (
      <>
        <PageTitle title={t("pledge.title")}>{t("pledge.title")}</PageTitle>
        <ErrorNotice error={pledge.error} />
      </>
    );
  const title = t(pledge.data.kind === "funding" ? "pledge.titleFunding" : "pledge.titlePlaces", {
    organisation: organisations.nameOf(pledge.data.organisationId),
  });
  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      <p className="no-print">
        <Link to="/pledges">{t("pledge.back")}</Link>
      </p>
      <Facts pledge={pledge.data} />
      <Transitions pledge={pledge.data} />
      <History pledge={pledge.data} />
    </>
  );
}

function Facts({ pledge }: { pledge: Pledge }) {
  const t = useT();
  const format = useFormat();
  const organisations = useOrganisations();
  const appeals = useAppeals();
  const appeal = pledge.appealId ? appeals.byId.get(pledge.appealId) : undefined;
  return (
    <section aria-labelledby="facts-heading">
      <h2 id="facts-heading">{t("pledge.facts")}</h2>
      <dl className="facts">
        <dt>{t("field.organisation")}</dt>
        <dd>{organisations.nameOf(pledge.organisationId)}</dd>
        <dt>{t("field.status")}</dt>
        <dd>{t(`status.${pledge.status}`)}</dd>
        <dt>{t("field.programme")}</dt>
        <dd>{format.programme(pledge.programme)}</dd>
        <dt>{t("field.year")}</dt>
        <dd>{pledge.year}</dd>
        <dt>{t("field.appeal")}</dt>
        <dd>
          {pledge.appealId ? (
            appeal ? (
              <Link to="/appeals/$appealId" params={{ appealId: appeal.id }}>{`${appeal.code} · ${appeal.title}`}</Link>
            ) : (
              t("pledge.appealUnknown")
            )
          ) : (
            t("pledgeNew.noAppeal")
          )}
        </dd>
        {pledge.places ? (
          <>
            <dt>{t("field.resettlementCountry")}</dt>
            <dd>{format.country(pledge.places.resettlementCountry)}</dd>
            <dt>{t("field.hostCountry")}</dt>
            <dd>{format.country(pledge.places.hostCountry)}</dd>
            <dt>{t("field.category")}</dt>
            <dd>{pledge.places.category ? format.category(pledge.places.category) : ""}</dd>
          </>
        ) : null}
        {pledge.note ? (
          <>
            <dt>{t("field.note")}</dt>
            <dd className="prewrap">{pledge.note}</dd>
          </>
        ) : null}
        <dt>{t("pledge.created")}</dt>
        <dd>{format.dateTime(pledge.createdAt)}</dd>
        <dt>{t("pledges.updated")}</dt>
        <dd>{format.dateTime(pledge.updatedAt)}</dd>
      </dl>
      <Stages pledge={pledge} />
    </section>
  );
}

function Stages({ pledge }: { pledge: Pledge }) {
  const t = useT();
  const format = useFormat();
  if (pledge.funding) {
    const { funding } = pledge;
    return (
      <TableWrap label={t("pledge.fundingStages")}>
        <table>
          <caption>{t("pledge.fundingStages")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("pledge.stage")}</th>
              <th scope="col" className="number">
                {t("pledge.inCurrency", { currency: funding.currency })}
              </th>
              <th scope="col" className="number">
                {t("pledge.inUsd")}
              </th>
            </tr>
          </thead>
          <tbody>
            {(["pledged", "committed", "paid"] as const).map((stage) => (
              <tr key={stage}>
                <th scope="row">{t(`stage.${stage}`)}</th>
                <td className="number">{format.money(funding[stage], funding.currency)}</td>
                <td className="number">{format.usd(funding.usd[stage])}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">
          {funding.currency === "USD"
            ? t("pledge.inUsdAlready")
            : t("pledge.rate", {
                currency: funding.currency,
                rate: funding.usd.rate,
                date: format.date(funding.usd.rateDate),
                source: funding.usd.rateSource,
              })}
        </p>
      </TableWrap>
    );
  }
  if (pledge.places) {
    const { places } = pledge;
    return (
      <TableWrap label={t("pledge.placesStages")}>
        <table>
          <caption>{t("pledge.placesStages")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("pledge.stage")}</th>
              <th scope="col" className="number">
                {t("field.places")}
              </th>
            </tr>
          </thead>
          <tbody>
            {(["pledged", "confirmed", "allocated", "departed", "arrived"] as const).map((stage) => (
              <tr key={stage}>
                <th scope="row">{t(`stage.${stage}`)}</th>
                <td className="number">{format.number(places[stage])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    );
  }
  return null;
}

interface TransitionForm {
  action: string;
  quantity: string;
  reason: string;
}
type TransitionInput = Inputs["pledge"]["transition"];

function Transitions({ pledge }: { pledge: Pledge }) {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const { user } = useSession();
  const queryClient = useQueryClient();
  /** A stale version: the pledge as the person saw it, and as it is now. */
  const [conflict, setConflict] = useState<{ seen: Pledge; current: Pledge } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mayMove = can(user, pledge.kind === "funding" ? "funding.move" : "places.move", pledge.organisationId);
  const options: ActionOption<string>[] = useMemo(
    () =>
      pledge.funding
        ? fundingActions({ ...pledge.funding, status: pledge.status })
        : pledge.places
          ? placesActions({ ...pledge.places, status: pledge.status })
          : [],
    [pledge.funding, pledge.places, pledge.status],
  );
  const currency = pledge.funding?.currency ?? "USD";
  // A quantity written back for a message: money in the pledge's currency, places as a number.
  const writeQuantity = useCallback(
    (value: string | number) =>
      typeof value === "number"
        ? new Intl.NumberFormat(INTL_TAGS[locale]).format(value)
        : formatAmount(value, currency, locale),
    [locale, currency],
  );
  const resolver = useMemo(
    () =>
      localizedResolver<TransitionForm, TransitionInput>(
        PledgeTransition,
        (values) => {
          const option = options.find((candidate) => candidate.action === values.action);
          const problems: Record<string, IssueMessage> = {};
          const base = { id: pledge.id, expectedVersion: pledge.version, action: values.action, reason: values.reason };
          if (option?.quantity === "amount") {
            const amount = parseLocalizedAmount(values.quantity, locale, currency);
            if (!amount.ok) problems.quantity = amountProblemMessage(amount.problem, currency);
            else {
              const problem = quantityProblem(option, amount.value, currency, writeQuantity);
              if (problem) problems.quantity = problem;
            }
            return {
              input: { ...base, amount: amount.ok ? amount.value : values.quantity || undefined },
              problems,
            };
          }
          if (option?.quantity === "places") {
            const places = wholeNumberOrText(values.quantity);
            if (places === undefined) problems.quantity = { id: "issue.required" };
            else if (typeof places === "number") {
              const problem = quantityProblem(option, places, currency, writeQuantity);
              if (problem) problems.quantity = problem;
            }
            return { input: { ...base, places } as TransitionInput, problems };
          }
          return { input: base, problems };
        },
        (message) => t(message.id, message.values),
        { amount: "quantity", places: "quantity" },
      ),
    [options, pledge.id, pledge.version, locale, currency, t, writeQuantity],
  );
  const first = options[0];
  const {
    register,
    handleSubmit,
    control,
    reset,
    setValue,
    formState: { errors },
  } = useForm<TransitionForm, unknown, TransitionInput>({
    resolver,
    mode: "onChange",
    defaultValues: { action: first?.action ?? "", quantity: defaultQuantity(first), reason: "" },
  });
  const action = useWatch({ control, name: "action" });
  const option = options.find((candidate) => candidate.action === action);

  function defaultQuantity(candidate: ActionOption<string> | undefined): string {
    if (!candidate || candidate.max === null) return "";
    return typeof candidate.max === "number"
      ? String(candidate.max)
      : formatAmountForInput(candidate.max, locale, currency);
  }

  const move = useMutation(
    trpc.pledge.transition.mutationOptions({
      onSuccess: async (updated) => {
        setDone(
          t("pledge.moved", { action: t(`action.${action as "commit"}`), status: t(`status.${updated.status}`) }),
        );
        queryClient.setQueryData(trpc.pledge.get.queryKey({ id: pledge.id }), updated);
        await queryClient.invalidateQueries({ queryKey: trpc.pledge.history.queryKey({ id: pledge.id }) });
        await queryClient.invalidateQueries({ queryKey: trpc.pledge.list.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
        reset({ action: "", quantity: "", reason: "" });
      },
      onError: async (error) => {
        if (errorCode(error) !== "CONFLICT" || error.data?.field !== "expectedVersion") return;
        const seen = pledge;
        const current = await queryClient.fetchQuery({
          ...trpc.pledge.get.queryOptions({ id: pledge.id }),
          staleTime: 0,
        });
        setConflict({ seen, current });
      },
    }),
  );

  if (!mayMove) return null;
  const changes = conflict ? pledgeChanges(conflict.seen, conflict.current) : [];
  const words = (value: string | number, field: string) =>
    field === "status"
      ? t(`status.${String(value) as Pledge["status"]}`)
      : typeof value === "number"
        ? format.number(value)
        : format.money(value, currency);
  return (
    <section aria-labelledby="move-heading" className="no-print">
      <h2 id="move-heading">{t("pledge.move")}</h2>
      {done ? (
        <div className="notice notice-success" role="status">
          <p>{done}</p>
        </div>
      ) : null}
      {conflict ? (
        <div className="notice notice-warning" role="alert">
          <p>{t("pledge.conflict", { version: conflict.current.version })}</p>
          {changes.length > 0 ? (
            <ul>
              {changes.map((change) => (
                <li key={change.field}>
                  {t("pledge.conflictChange", {
                    what: t(change.field === "status" ? "field.status" : `stage.${change.field}`),
                    before: words(change.before, change.field),
                    after: words(change.after, change.field),
                  })}
                </li>
              ))}
            </ul>
          ) : null}
          <button
            type="button"
            onClick={() => {
              setConflict(null);
              move.reset();
              void queryClient.invalidateQueries({ queryKey: trpc.pledge.history.queryKey({ id: pledge.id }) });
              document.getElementById("move-heading")?.focus();
            }}
          >
            {t("pledge.reload")}
          </button>
        </div>
      ) : null}
      {options.length === 0 ? (
        <p>{t("pledge.noMoves")}</p>
      ) : (
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            setDone(null);
            if (move.isPending) {
              event.preventDefault();
              return;
            }
            void handleSubmit((input) => move.mutate(input))(event);
          }}
        >
          {conflict ? null : <ErrorNotice error={move.error} />}
          <Field
            label={t("pledge.step")}
            hint={option ? t(`actionHint.${option.action as "commit"}`) : undefined}
            error={errors.action?.message}
          >
            {(props) => (
              <select
                {...props}
                {...register("action", {
                  onChange: (event: { target: { value: string } }) =>
                    setValue(
                      "quantity",
                      defaultQuantity(options.find((candidate) => candidate.action === event.target.value)),
                    ),
                })}
              >
                <option value="">{t("common.choose")}</option>
                {options.map((candidate) => (
                  <option key={candidate.action} value={candidate.action}>
                    {t(`action.${candidate.action as "commit"}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {option && option.quantity !== "none" ? (
            <Field
              label={t(
                option.action === "amend"
                  ? option.quantity === "amount"
                    ? "pledge.newTotalAmount"
                    : "pledge.newTotalPlaces"
                  : option.quantity === "amount"
                    ? "pledge.stepAmount"
                    : "pledge.stepPlaces",
                { currency },
              )}
              hint={
                option.quantity === "amount"
                  ? t("pledge.amountHint", { example: amountExample(locale, currency) })
                  : undefined
              }
              error={errors.quantity?.message}
            >
              {(props) => (
                <input
                  {...props}
                  inputMode={option.quantity === "amount" ? "decimal" : "numeric"}
                  {...register("quantity")}
                />
              )}
            </Field>
          ) : null}
          <Field label={t("field.reason")} hint={t("pledge.reasonHint")} error={errors.reason?.message}>
            {(props) => <textarea {...props} rows={2} {...register("reason")} />}
          </Field>
          <p>
            <button type="submit" disabled={move.isPending || conflict !== null}>
              {move.isPending ? t("common.saving") : t("pledge.submitMove")}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

function History({ pledge }: { pledge: Pledge }) {
  const t = useT();
  const format = useFormat();
  const history = useQuery(trpc.pledge.history.queryOptions({ id: pledge.id }));
  const currency = pledge.funding?.currency ?? "USD";
  const what = (event: PledgeEventView): string => {
    const data = event.data;
    const money =
      typeof data.amountMinor === "number"
        ? format.money(toDecimalString({ minor: data.amountMinor, currency }), currency)
        : null;
    const places = typeof data.places === "number" ? data.places : null;
    switch (event.type) {
      case "created":
        return money !== null
          ? t("event.createdFunding", { amount: money })
          : t("event.createdPlaces", { count: places ?? 0 });
      case "commit":
      case "pay":
        return t(`event.${event.type}`, { amount: money ?? "" });
      case "confirm":
      case "allocate":
      case "depart":
      case "arrive":
        return t(`event.${event.type}`, { count: places ?? 0 });
      case "amend":
        return money !== null
          ? t("event.amendFunding", { amount: money })
          : t("event.amendPlaces", { count: places ?? 0 });
      case "cancel":
        return t("event.cancel");
      default:
        return t("event.other");
    }
  };
  const who = (event: PledgeEventView): string => {
    const person = event.by.userName;
    if (person) return t("event.byPerson", { person, organisation: event.by.organisationName });
    if (event.by.label) return t("event.byToken", { organisation: event.by.organisationName, label: event.by.label });
    return t("event.bySystem", { organisation: event.by.organisationName });
  };
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t("pledge.history")}</h2>
      <QueryResult query={history}>
        {(data) => (
          <TableWrap label={t("pledge.history")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("pledge.when")}</th>
                  <th scope="col">{t("pledge.what")}</th>
                  <th scope="col">{t("pledge.who")}</th>
                  <th scope="col">{t("pledge.why")}</th>
                </tr>
              </thead>
              <tbody>
                {data.map((event) => (
                  <tr key={event.version}>
                    <td>{format.dateTime(event.at)}</td>
                    <td>{what(event)}</td>
                    <td>{who(event)}</td>
                    <td className="prewrap">{event.reason ?? t("pledge.noReason")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </QueryResult>
    </section>
  );
}
