import { useMemo } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { AppealCreate } from "@solidaria/api/validators";
import { trpc } from "../api/client.js";
import type { Inputs } from "../api/types.js";
import { CategoryOptions, CountryOptions, OrganisationOptions } from "../components/options.js";
import { ErrorNotice, Field, PageTitle } from "../components/ui.js";
import { useLocale, useT } from "../i18n/I18n.js";
import { amountExample, parseLocalizedAmount } from "../lib/amount.js";
import { localizedResolver } from "../lib/form-resolver.js";
import type { IssueMessage } from "../lib/issues.js";
import { amountProblemMessage, wholeNumberOrText } from "../lib/pledge-form.js";
import { useSession } from "../session.js";

type AppealInput = Inputs["appeal"]["create"];

interface AppealForm {
  code: string;
  title: string;
  year: string;
  organisationId: string;
  requiredUsd: string;
  startDate: string;
  endDate: string;
  placeNeeds: { hostCountry: string; category: string; needed: string }[];
}

export function AppealNewPage() {
  const t = useT();
  const { locale } = useLocale();
  const { user } = useSession();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const resolver = useMemo(
    () =>
      localizedResolver<AppealForm, AppealInput>(
        AppealCreate,
        (values) => {
          const problems: Record<string, IssueMessage> = {};
          const amount = parseLocalizedAmount(values.requiredUsd, locale, "USD");
          if (!amount.ok && amount.problem !== "empty")
            problems.requiredUsd = amountProblemMessage(amount.problem, "USD");
          return {
            input: {
              code: values.code.trim().toUpperCase(),
              title: values.title,
              year: wholeNumberOrText(values.year),
              ...(values.organisationId ? { organisationId: values.organisationId } : {}),
              requiredUsd: amount.ok ? amount.value : values.requiredUsd.trim() || undefined,
              ...(values.startDate ? { startDate: values.startDate } : {}),
              ...(values.endDate ? { endDate: values.endDate } : {}),
              placeNeeds: values.placeNeeds.map((need) => ({
                hostCountry: need.hostCountry || undefined,
                category: need.category || undefined,
                needed: wholeNumberOrText(need.needed),
              })),
            } as AppealInput,
            problems,
          };
        },
        (message) => t(message.id, message.values),
      ),
    [locale, t],
  );
  const {
    register,
    control,
    handleSubmit,
    formState: { errors },
  } = useForm<AppealForm, unknown, AppealInput>({
    resolver,
    mode: "onChange",
    defaultValues: {
      code: "",
      title: "",
      year: String(new Date().getFullYear()),
      organisationId: "",
      requiredUsd: "",
      startDate: "",
      endDate: "",
      placeNeeds: [],
    },
  });
  const needs = useFieldArray({ control, name: "placeNeeds" });
  const create = useMutation(
    trpc.appeal.create.mutationOptions({
      onSuccess: async (appeal) => {
        await queryClient.invalidateQueries({ queryKey: trpc.appeal.pathKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.report.pathKey() });
        await navigate({ to: "/appeals/$appealId", params: { appealId: appeal.id } });
      },
    }),
  );
  return (
    <>
      <PageTitle title={t("appealNew.title")}>{t("appealNew.title")}</PageTitle>
      <p>
        <Link to="/appeals">{t("appeal.back")}</Link>
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
        <Field label={t("field.appealCode")} hint={t("appealNew.codeHint")} error={errors.code?.message}>
          {(props) => <input {...props} autoComplete="off" {...register("code")} />}
        </Field>
        <Field label={t("field.title")} error={errors.title?.message}>
          {(props) => <input {...props} {...register("title")} />}
        </Field>
        <Field label={t("field.year")} error={errors.year?.message}>
          {(props) => <input {...props} inputMode="numeric" size={6} {...register("year")} />}
        </Field>
        {user.role === "coordinator" ? (
          <Field label={t("appealNew.organisation")} error={errors.organisationId?.message}>
            {(props) => (
              <select {...props} {...register("organisationId")}>
                <option value="">{t("pledgeNew.ownOrganisation", { organisation: user.organisation.name })}</option>
                <OrganisationOptions />
              </select>
            )}
          </Field>
        ) : null}
        <Field
          label={t("field.requiredUsd")}
          hint={t("pledgeNew.amountHint", { example: amountExample(locale, "USD"), decimal: "" })}
          error={errors.requiredUsd?.message}
        >
          {(props) => <input {...props} inputMode="decimal" {...register("requiredUsd")} />}
        </Field>
        <Field label={t("field.startDate")} error={errors.startDate?.message}>
          {(props) => <input {...props} type="date" {...register("startDate")} />}
        </Field>
        <Field label={t("field.endDate")} error={errors.endDate?.message}>
          {(props) => <input {...props} type="date" {...register("endDate")} />}
        </Field>
        <fieldset>
          <legend>{t("appeal.placeNeeds")}</legend>
          {needs.fields.length === 0 ? <p className="hint">{t("appealNew.noNeeds")}</p> : null}
          {needs.fields.map((field, index) => (
            <div className="row" key={field.id}>
              <Field label={t("field.hostCountry")} error={errors.placeNeeds?.[index]?.hostCountry?.message}>
                {(props) => (
                  <select {...props} {...register(`placeNeeds.${index}.hostCountry`)}>
                    <option value="">{t("common.choose")}</option>
                    <CountryOptions />
                  </select>
                )}
              </Field>
              <Field label={t("field.category")} error={errors.placeNeeds?.[index]?.category?.message}>
                {(props) => (
                  <select {...props} {...register(`placeNeeds.${index}.category`)}>
                    <option value="">{t("common.choose")}</option>
                    <CategoryOptions />
                  </select>
                )}
              </Field>
              <Field label={t("places.needed")} error={errors.placeNeeds?.[index]?.needed?.message}>
                {(props) => (
                  <input {...props} inputMode="numeric" size={8} {...register(`placeNeeds.${index}.needed`)} />
                )}
              </Field>
              <button type="button" className="secondary" onClick={() => needs.remove(index)}>
                {t("appealNew.removeNeed", { number: index + 1 })}
              </button>
              {errors.placeNeeds?.[index]?.message ? (
                <p className="field-error">{errors.placeNeeds[index].message}</p>
              ) : null}
            </div>
          ))}
          {errors.placeNeeds?.message ? <p className="field-error">{errors.placeNeeds.message}</p> : null}
          <button
            type="button"
            className="secondary"
            onClick={() => needs.append({ hostCountry: "", category: "", needed: "" })}
          >
            {t("appealNew.addNeed")}
          </button>
        </fieldset>
        <p>
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? t("common.saving") : t("appealNew.submit")}
          </button>
        </p>
      </form>
    </>
  );
}
