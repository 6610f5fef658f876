import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { UserInvite } from "@solidaria/api/validators";
import { ROLES } from "@solidaria/db/enums";
import { trpc } from "../../api/client.js";
import type { Inputs } from "../../api/types.js";
import { ConfirmDialog } from "../../components/ConfirmDialog.js";
import { OrganisationOptions } from "../../components/options.js";
import { CopyButton, ErrorNotice, Field, QueryResult, TableWrap } from "../../components/ui.js";
import { useFormat } from "../../i18n/format.js";
import { useT } from "../../i18n/I18n.js";
import { localizedResolver } from "../../lib/form-resolver.js";

type InviteInput = Inputs["user"]["invite"];
interface InviteForm {
  email: string;
  displayName: string;
  organisationId: string;
  role: string;
}

/** A link the server gives, made absolute so it can be passed on (by e-mail, a message). */
function absolute(url: string): string {
  return new URL(url, window.location.origin).href;
}

export function UsersPage() {
  const t = useT();
  const format = useFormat();
  const queryClient = useQueryClient();
  const users = useQuery(trpc.user.list.queryOptions());
  const [link, setLink] = useState<{
    kind: "invitation" | "reset";
    url: string;
    expiresAt: string;
    name: string;
  } | null>(null);
  const [disabling, setDisabling] = useState<{ id: string; name: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.user.pathKey() });

  const resolver = useMemo(
    () =>
      localizedResolver<InviteForm, InviteInput>(
        UserInvite,
        (values) => ({
          input: {
            email: values.email.trim(),
            displayName: values.displayName,
            organisationId: values.organisationId,
            role: (values.role || undefined) as InviteInput["role"],
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
    getValues,
    formState: { errors },
  } = useForm<InviteForm, unknown, InviteInput>({
    resolver,
    mode: "onChange",
    defaultValues: { email: "", displayName: "", organisationId: "", role: "" },
  });
  const invite = useMutation(
    trpc.user.invite.mutationOptions({
      onSuccess: async (result) => {
        setLink({
          kind: "invitation",
          url: absolute(result.invitationUrl),
          expiresAt: result.expiresAt,
          name: getValues("displayName"),
        });
        reset();
        await refresh();
        requestAnimationFrame(() => document.getElementById("link-heading")?.focus());
      },
    }),
  );
  const resetLink = useMutation(
    trpc.user.resetLink.mutationOptions({
      onSuccess: (result, variables) => {
        const user = users.data?.find((candidate) => candidate.id === variables.userId);
        // Someone who never accepted their invitation gets a new invitation rather than a reset link.
        setLink({
          kind: result.purpose === "invitation" ? "invitation" : "reset",
          url: absolute(result.resetUrl),
          expiresAt: result.expiresAt,
          name: user?.displayName ?? "",
        });
        requestAnimationFrame(() => document.getElementById("link-heading")?.focus());
      },
    }),
  );
  const disable = useMutation(
    trpc.user.disable.mutationOptions({
      onSuccess: async () => {
        setDisabling(null);
        await refresh();
      },
    }),
  );

  return (
    <>
      {link ? (
        <section aria-labelledby="link-heading" className="notice notice-success">
          <h2 id="link-heading" tabIndex={-1}>
            {t(link.kind === "invitation" ? "users.invitationLink" : "users.resetLink", { name: link.name })}
          </h2>
          <p>{t("users.linkHint", { date: format.dateTime(link.expiresAt) })}</p>
          <p>
            <input
              className="link-box"
              readOnly
              aria-labelledby="link-heading"
              value={link.url}
              onFocus={(event) => event.target.select()}
            />
          </p>
          <p className="actions">
            <CopyButton text={link.url} label={t("users.copy")} />
            <button type="button" className="secondary" onClick={() => setLink(null)}>
              {t("common.close")}
            </button>
          </p>
        </section>
      ) : null}
      <section aria-labelledby="users-heading">
        <h2 id="users-heading">{t("coordination.users")}</h2>
        <ErrorNotice error={resetLink.error} />
        <QueryResult query={users} empty={t("users.none")}>
          {(data) => (
            <TableWrap label={t("coordination.users")}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t("field.displayName")}</th>
                    <th scope="col">{t("field.email")}</th>
                    <th scope="col">{t("field.organisation")}</th>
                    <th scope="col">{t("field.role")}</th>
                    <th scope="col">{t("field.status")}</th>
                    <th scope="col">{t("users.lastSeen")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("users.actions")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.map((user) => (
                    <tr key={user.id}>
                      <td>{user.displayName}</td>
                      <td>{user.email}</td>
                      <td>{user.organisationName}</td>
                      <td>{t(`role.${user.role}`)}</td>
                      <td>{t(`userStatus.${user.status}`)}</td>
                      <td>{user.lastSeenAt ? format.dateTime(user.lastSeenAt) : t("users.never")}</td>
                      <td className="actions">
                        {user.status !== "disabled" ? (
                          <>
                            <button
                              type="button"
                              className="secondary"
                              onClick={() => resetLink.mutate({ userId: user.id })}
                              disabled={resetLink.isPending}
                            >
                              {t("users.makeResetLink", { name: user.displayName })}
                            </button>
                            <button
                              type="button"
                              className="danger"
                              onClick={() => setDisabling({ id: user.id, name: user.displayName })}
                            >
                              {t("users.disable", { name: user.displayName })}
                            </button>
                          </>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          )}
        </QueryResult>
      </section>
      <section aria-labelledby="invite-heading" className="no-print">
        <h2 id="invite-heading">{t("users.invite")}</h2>
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            if (invite.isPending) {
              event.preventDefault();
              return;
            }
            void handleSubmit((input) => invite.mutate(input))(event);
          }}
        >
          <ErrorNotice error={invite.error} />
          <Field label={t("field.email")} error={errors.email?.message}>
            {(props) => <input {...props} type="email" autoComplete="off" {...register("email")} />}
          </Field>
          <Field label={t("field.displayName")} error={errors.displayName?.message}>
            {(props) => <input {...props} autoComplete="off" {...register("displayName")} />}
          </Field>
          <Field label={t("field.organisation")} error={errors.organisationId?.message}>
            {(props) => (
              <select {...props} {...register("organisationId")}>
                <option value="">{t("common.choose")}</option>
                <OrganisationOptions />
              </select>
            )}
          </Field>
          <Field label={t("field.role")} hint={t("users.roleHint")} error={errors.role?.message}>
            {(props) => (
              <select {...props} {...register("role")}>
                <option value="">{t("common.choose")}</option>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`role.${role}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <p>
            <button type="submit" disabled={invite.isPending}>
              {t("users.submitInvite")}
            </button>
          </p>
        </form>
      </section>
      <ConfirmDialog
        open={disabling !== null}
        title={t("users.disableTitle", { name: disabling?.name ?? "" })}
        confirmLabel={t("users.disableConfirm")}
        pending={disable.isPending}
        onConfirm={() => {
          if (disabling) disable.mutate({ userId: disabling.id });
        }}
        onClose={() => {
          setDisabling(null);
          disable.reset();
        }}
      >
        <p>{t("users.disableBody")}</p>
        <ErrorNotice error={disable.error} />
      </ConfirmDialog>
    </>
  );
}
