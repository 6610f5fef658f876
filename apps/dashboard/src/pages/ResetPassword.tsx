import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { trpc } from "../api/client.js";
import { NewPasswordFields, useNewPassword } from "../components/NewPassword.js";
import { PublicShell } from "../components/PublicShell.js";
import { ErrorNotice, PageTitle } from "../components/ui.js";
import { useT } from "../i18n/I18n.js";
import { errorCode } from "../lib/errors.js";
import { tokenFromFragment } from "../lib/fragment.js";

export function ResetPasswordPage() {
  const t = useT();
  const [token] = useState(() => tokenFromFragment(window.location.hash));
  const password = useNewPassword();
  const [submitted, setSubmitted] = useState(false);
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: () => window.history.replaceState(null, "", "/reset-password"),
    }),
  );
  return (
    <PublicShell>
      <PageTitle title={t("reset.title")}>{t("reset.title")}</PageTitle>
      {token === null ? (
        <div className="notice notice-error" role="alert">
          <p>{t("reset.noToken")}</p>
        </div>
      ) : reset.isSuccess ? (
        <div className="notice notice-success" role="status">
          <p>{t("reset.done")}</p>
        </div>
      ) : (
        <form
          className="stack"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(true);
            if (password.problem || reset.isPending) return;
            reset.mutate({ token, password: password.password });
          }}
        >
          <p>{t("reset.intro")}</p>
          {errorCode(reset.error) === "NOT_FOUND" ? (
            <div className="notice notice-error" role="alert">
              <p>{t("reset.expired")}</p>
            </div>
          ) : (
            <ErrorNotice error={reset.error} />
          )}
          <NewPasswordFields state={password} showAll={submitted} />
          <p>
            <button type="submit" disabled={reset.isPending}>
              {t("reset.submit")}
            </button>
          </p>
        </form>
      )}
      <p>
        <Link to="/sign-in">{t("common.toSignIn")}</Link>
      </p>
    </PublicShell>
  );
}
