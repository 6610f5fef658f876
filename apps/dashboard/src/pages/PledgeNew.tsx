import { useMemo, useRef } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { getRouteApi, Link, useNavigate } from "@tanstack/react-router";
import { PledgeCreate } from "@solidaria/api/validators";
import { trpc } from "../api/client.js";
import type { Inputs } from "../api/types.js";
import {
  CategoryOptions,
  CountryOptions,
  CurrencyOptions,
  OrganisationOptions,
  ProgrammeOptions,
  useAppeals,
  useOrganisations,
} from "../components/options.js";
import { ErrorNotice, Field, PageTitle } from "../components/ui.js";
import { useFormat } from "../i18n/format.js";
import { useLocale, useT } from "../i18n/I18n.js";
import { amountExample, separators } from "../lib/amount.js";
import { fieldWords } from "../lib/errors.js";
import { localizedResolver } from "../lib/form-resolver.js";
import { can } from "../lib/permissions.js";
import { pledgeInput, usdEquivalent, type PledgeForm } from "../lib/pledge-form.js";
import { useSession } from "../session.js";

type PledgeCreateInput = Inputs["pledge"]["create"];

const route = getRouteApi("/app/pledges/new");

export function PledgeNewPage() {
  const t = useT();
  const format = useFormat();
  const { locale } = useLocale();
  const { user } = useSession();
  const search = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const organisations = useOrganisations();
  const appeals = useAppeals();
  // One key per form: a double click, or a retry after a network failure, creates one pledge.
  const idempotencyKey = useRef(crypto.randomUUID()).current;
  const coordinator = user.role === "coordinator";
  const mayFund = can(user, "funding.pledge");
  const mayPlace = can(user, "places.pledge");

  const resolver = useMemo(
    () =>
      localizedResolver<PledgeForm, PledgeCreateInput>(
        PledgeCreate,
        (values) => pledgeInput(values, locale, idempotencyKey) as { input: PledgeCreateInput },
        (message) => t(message.id, message.values),
      ),
    [locale, idempotencyKey, t],
  );
  const {
    register,
    handleSubmit,
    control,
    setError,
    formState: { errors },
  } = useForm<PledgeForm, unknown, PledgeCreateInput>({
    resolver,
    mode: "onChange",
    defaultValues: {
      kind: search.kind === "places" && mayPlace ? "places" : mayFund ? "funding" : "places",
      organisationId: "",
      appealId: search.appealId ?? "",
      programme: "",
      year: String(new Date().getFullYear()),
      note: "",
      amount: "",
      currency: "USD",
      usdRate: { usdPerUnit: "", date: "", source: "" },
      places: "",
      resettlementCountry: coordinator ? "" : (user.organisation.country ?? ""),
      hostCountry: "",
      category: "",
    },
  });
  const values = useWatch({ control }) as PledgeForm;
  const kind = values.kind;
  const currency = values.currency || "USD";
  const usd = kind === "funding" ? usdEquivalent(values, locale) : null;

  const create = useMutation(
    trpc.pledge.create.mutationOptions({
      onSuccess: async (pledge) => {
        await queryClient.invalidateQueries({ queryKey: trpc.pledge.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
        await navigate({ to: "/pledges/$pledgeId", params: { pledgeId: pledge.id } });
      },
      onError: (error) => {
        const field = error.data?.field;
        if (field && fieldWords(field))
          setError(field as keyof PledgeForm, { type: "server", message: t("issue.server") });
      },
    }),
  );
  const error = (path: string): string | undefined => {
    let node: unknown = errors;
    for (const segment of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[segment];
    const message = (node as { message?: unknown } | undefined)?.message;
    return typeof message === "string" ? message : undefined;
  };

  return (
    <>
      <PageTitle title={t("pledgeNew.title")}>{t("pledgeNew.title")}</PageTitle>
      <p>
        <Link to="/pledges">{t("pledgeNew.back")}</Link>
      </p>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          if (create.isPending) {
            event.preventDefault();
            return;
          }
          void handleSubmit((input) => create.mutate(input))(event);
        }}
      >
        <ErrorNotice error={create.error} />
        {mayFund && mayPlace ? (
          <fieldset>
            <legend>{t("pledgeNew.kind")}</legend>
            <label className="choice">
              <input type="radio" value="funding" {...register("kind")} /> {t("kind.funding")}
            </label>
            <label className="choice">
              <input type="radio" value="places" {...register("kind")} /> {t("kind.places")}
            </label>
          </fieldset>
        ) : null}
        {coordinator ? (
          <Field label={t("pledgeNew.onBehalfOf")} hint={t("pledgeNew.onBehalfOfHint")} error={error("organisationId")}>
            {(props) => (
              <select {...props} {...register("organisationId")}>
                <option value="">{t("pledgeNew.ownOrganisation", { organisation: user.organisation.name })}</option>
                <OrganisationOptions />
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t("field.appeal")} hint={t("pledgeNew.appealHint")} error={error("appealId")}>
          {(props) => (
            <select {...props} {...register("appealId")}>
              <option value="">{t("pledgeNew.noAppeal")}</option>
              {(appeals.data ?? []).map((appeal) => (
                <option key={appeal.id} value={appeal.id}>
                  {`${appeal.code} · ${appeal.title}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("field.programme")} error={error("programme")}>
          {(props) => (
            <select {...props} {...register("programme")}>
              <option value="">{t("common.choose")}</option>
              <ProgrammeOptions />
            </select>
          )}
        </Field>
        <Field label={t("field.year")} error={error("year")}>
          {(props) => <input {...props} inputMode="numeric" size={6} {...register("year")} />}
        </Field>

        {kind === "funding" ? (
          <fieldset>
            <legend>{t("pledgeNew.money")}</legend>
            <Field label={t("field.currency")} error={error("currency")}>
              {(props) => (
                <select {...props} {...register("currency")}>
                  <CurrencyOptions />
                </select>
              )}
            </Field>
            <Field
              label={t("field.amount")}
              hint={t("pledgeNew.amountHint", {
                example: amountExample(locale, currency),
                decimal: separators(locale).decimal,
              })}
              error={error("amount")}
            >
              {(props) => <input {...props} inputMode="decimal" autoComplete="off" {...register("amount")} />}
            </Field>
            {currency !== "USD" ? (
              <fieldset>
                <legend>{t("pledgeNew.rate")}</legend>
                <p className="hint">{t("pledgeNew.rateHint", { currency })}</p>
                <Field label={t("pledgeNew.ratePerUnit", { currency })} error={error("usdRate.usdPerUnit")}>
                  {(props) => <input {...props} inputMode="decimal" {...register("usdRate.usdPerUnit")} />}
                </Field>
                <Field label={t("field.usdRateDate")} error={error("usdRate.date")}>
                  {(props) => <input {...props} type="date" {...register("usdRate.date")} />}
                </Field>
                <Field
                  label={t("field.usdRateSource")}
                  hint={t("pledgeNew.rateSourceHint")}
                  error={error("usdRate.source")}
                >
                  {(props) => <input {...props} {...register("usdRate.source")} />}
                </Field>
              </fieldset>
            ) : null}
            <p className="equivalent" aria-live="polite">
              {usd !== null && currency !== "USD"
                ? t("pledgeNew.usdEquivalent", {
                    usd: format.usd(usd),
                    rate: values.usdRate.usdPerUnit,
                    currency,
                  })
                : ""}
            </p>
          </fieldset>
        ) : (
          <fieldset>
            <legend>{t("pledgeNew.placesLegend")}</legend>
            <Field label={t("field.places")} error={error("places")}>
              {(props) => <input {...props} inputMode="numeric" size={8} {...register("places")} />}
            </Field>
            <Field
              label={t("field.resettlementCountry")}
              hint={t("pledgeNew.resettlementHint")}
              error={error("resettlementCountry")}
            >
              {(props) => (
                <select {...props} {...register("resettlementCountry")}>
                  <option value="">{t("common.choose")}</option>
                  <CountryOptions />
                </select>
              )}
            </Field>
            <Field label={t("field.hostCountry")} hint={t("pledgeNew.hostHint")} error={error("hostCountry")}>
              {(props) => (
                <select {...props} {...register("hostCountry")}>
                  <option value="">{t("common.choose")}</option>
                  <CountryOptions />
                </select>
              )}
            </Field>
            <Field label={t("field.category")} error={error("category")}>
              {(props) => (
                <select {...props} {...register("category")}>
                  <option value="">{t("common.choose")}</option>
                  <CategoryOptions />
                </select>
              )}
            </Field>
          </fieldset>
        )}
        <Field label={t("field.note")} hint={t("pledgeNew.noteHint")} error={error("note")}>
          {(props) => <textarea {...props} rows={3} {...register("note")} />}
        </Field>
        {organisations.error ? <ErrorNotice error={organisations.error} /> : null}
        <p>
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? t("common.saving") : t("pledgeNew.submit")}
          </button>
        </p>
      </form>
    </>
  );
}
