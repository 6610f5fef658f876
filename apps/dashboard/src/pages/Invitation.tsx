import { useState } from "react";
import { useMutation, useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "@tanstack/react-router";
import { trpc } from "../api/client.js";
import { NewPasswordFields, useNewPassword } from "../components/NewPassword.js";
import { PublicShell } from "../components/PublicShell.js";
import { ErrorNotice, Field, Loading, PageTitle } from "../components/ui.js";
import { useFormat } from "../i18n/format.js";
import { useT } from "../i18n/I18n.js";
import { errorCode } from "../lib/errors.js";
import { tokenFromFragment } from "../lib/fragment.js";
import { rememberSession } from "../session.js";

export function InvitationPage() {
  const t = useT();
  const format = useFormat();
  const navigate = useNavigate();
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const invitation = useQuery({
    ...trpc.auth.invitation.queryOptions({ token: token ?? "" }),
    enabled: token !== null,
  });
  const [displayName, setDisplayName] = useState<string | null>(null);
  const password = useNewPassword();
  const [submitted, setSubmitted] = useState(false);
  const accept = useMutation(
    trpc.auth.acceptInvitation.mutationOptions({
      onSuccess: async (session) => {
        rememberSession(session);
        // The token is spent: drop it from the address bar and history.
        window.history.replaceState(null, "", "/invitation");
        await navigate({ to: "/" });
      },
    }),
  );
  const name = displayName ?? invitation.data?.displayName ?? "";
  // The server's DisplayName: 2 to 100 characters.
  const nameProblem = name.trim() === "" ? "required" : [...name.trim()].length < 2 ? "short" : null;
  return (
    <PublicShell>
      <PageTitle title={t("invitation.title")}>{t("invitation.title")}</PageTitle>
      {token === null ? (
        <div className="notice notice-error" role="alert">
          <p>{t("invitation.noToken")}</p>
        </div>
      ) : invitation.isPending ? (
        <Loading />
      ) : invitation.error ? (
        errorCode(invitation.error) === "NOT_FOUND" ? (
          <div className="notice notice-error" role="alert">
            <p>{t("invitation.expired")}</p>
          </div>
        ) : (
          <ErrorNotice error={invitation.error} />
        )
      ) : (
        <>
          <p>
            {t("invitation.intro", {
              organisation: invitation.data.organisationName,
              role: t(`role.${invitation.data.role}`),
            })}
          </p>
          <dl className="facts">
            <dt>{t("field.email")}</dt>
            <dd>{invitation.data.email}</dd>
            <dt>{t("invitation.expires")}</dt>
            <dd>{format.dateTime(invitation.data.expiresAt)}</dd>
          </dl>
          <form
            className="stack"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              setSubmitted(true);
              if (password.problem || nameProblem || accept.isPending) return;
              accept.mutate({ token, displayName: name.trim(), password: password.password });
            }}
          >
            <ErrorNotice error={accept.error} />
            <Field
              label={t("field.displayName")}
              hint={t("invitation.nameHint")}
              error={
                submitted && nameProblem
                  ? nameProblem === "required"
                    ? t("issue.required")
                    : t("issue.tooShort", { min: 2 })
                  : undefined
              }
            >
              {(props) => (
                <input
                  {...props}
                  autoComplete="name"
                  required
                  maxLength={100}
                  value={name}
                  onChange={(event) => setDisplayName(event.target.value)}
                />
              )}
            </Field>
            <NewPasswordFields state={password} showAll={submitted} />
            <p>
              <button type="submit" disabled={accept.isPending}>
                {t("invitation.submit")}
              </button>
            </p>
          </form>
        </>
      )}
      <p>
        <Link to="/sign-in">{t("common.toSignIn")}</Link>
      </p>
    </PublicShell>
  );
}
