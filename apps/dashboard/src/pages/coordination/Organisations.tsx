import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { OrganisationCreate } from "@solidaria/api/validators";
import { ORGANISATION_KINDS } from "@solidaria/db/enums";
import { trpc } from "../../api/client.js";
import type { Inputs } from "../../api/types.js";
import { CountryOptions, useOrganisations } from "../../components/options.js";
import { ErrorNotice, Field, QueryResult, TableWrap } from "../../components/ui.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/I18n.js";
import { localizedResolver } from "../../lib/form-resolver.js";
import { slugFromName } from "../../lib/slug.js";

type OrganisationInput = Inputs["org"]["create"];
interface OrganisationForm {
  id: string;
  name: string;
  kind: string;
  country: string;
}

export function OrganisationsPage() {
  const t = useT();
  const format = useFormat();
  const organisations = useOrganisations();
  const queryClient = useQueryClient();
  const resolver = useMemo(
    () =>
      localizedResolver<OrganisationForm, OrganisationInput>(
        OrganisationCreate,
        (values) => ({
          input: {
            id: values.id.trim() || slugFromName(values.name),
            name: values.name,
            kind: (values.kind || undefined) as OrganisationInput["kind"],
            country: values.country || null,
          },
        }),
        (message) => t(message.id, message.values),
      ),
    [t],
  );
  const {
    register,
    handleSubmit,
    reset,
    control,
    formState: { errors },
  } = useForm<OrganisationForm, unknown, OrganisationInput>({
    resolver,
    mode: "onChange",
    defaultValues: { id: "", name: "", kind: "", country: "" },
  });
  const name = useWatch({ control, name: "name" });
  const create = useMutation(
    trpc.org.create.mutationOptions({
      onSuccess: async () => {
        reset();
        await queryClient.invalidateQueries({ queryKey: trpc.org.pathKey() });
      },
    }),
  );
  return (
    <>
      <section aria-labelledby="orgs-heading">
        <h2 id="orgs-heading">{t("coordination.organisations")}</h2>
        <QueryResult query={organisations}>
          {(data) => (
            <TableWrap label={t("coordination.organisations")}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("field.name")}</th>
                    <th scope="col">{t("field.kind")}</th>
                    <th scope="col">{t("field.country")}</th>
                    <th scope="col">{t("organisations.since")}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((organisation) => (
                    <tr key={organisation.id}>
                      <td>
                        {organisation.name}
                        {organisation.demo ? <span className="tag"> {t("common.demo")}</span> : null}
                      </td>
                      <td>{t(`orgKind.${organisation.kind}`)}</td>
                      <td>
                        {organisation.country ? format.country(organisation.country) : t("organisations.noCountry")}
                      </td>
                      <td>{format.dateTime(organisation.createdAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </QueryResult>
      </section>
      <section aria-labelledby="org-new-heading" className="no-print">
        <h2 id="org-new-heading">{t("organisations.new")}</h2>
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
          {create.isSuccess ? (
            <div className="notice notice-success" role="status">
              <p>{t("organisations.created", { name: create.data.name })}</p>
            </div>
          ) : null}
          <Field label={t("field.name")} error={errors.name?.message}>
            {(props) => <input {...props} {...register("name")} />}
          </Field>
          <Field
            label={t("organisations.id")}
            hint={t("organisations.idHint", { suggestion: slugFromName(name) || "gov-uy" })}
            error={errors.id?.message}
          >
            {(props) => <input {...props} autoComplete="off" {...register("id")} />}
          </Field>
          <Field label={t("field.kind")} error={errors.kind?.message}>
            {(props) => (
              <select {...props} {...register("kind")}>
                <option value="">{t("common.choose")}</option>
                {ORGANISATION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`orgKind.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("field.country")} hint={t("organisations.countryHint")} error={errors.country?.message}>
            {(props) => (
              <select {...props} {...register("country")}>
                <option value="">{t("organisations.noCountry")}</option>
                <CountryOptions />
              </select>
            )}
          </Field>
          <p>
            <button type="submit" disabled={create.isPending}>
              {t("organisations.submit")}
            </button>
          </p>
        </form>
      </section>
    </>
  );
}
