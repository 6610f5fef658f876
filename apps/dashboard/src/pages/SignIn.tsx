import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { getRouteApi, useNavigate } from "@tanstack/react-router";
import { trpc } from "../api/client.js";
import { PublicShell } from "../components/PublicShell.js";
import { ErrorNotice, Field, PageTitle } from "../components/ui.js";
import { useT } from "../i18n/I18n.js";
import { errorCode } from "../lib/errors.js";
import { rememberSession } from "../session.js";

const route = getRouteApi("/sign-in");

export function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const { redirect } = route.useSearch();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async (session) => {
        rememberSession(session);
        await navigate({ to: redirect ?? "/" });
      },
    }),
  );
  const wrongCredentials = errorCode(signIn.error) === "UNAUTHORIZED";
  return (
    <PublicShell>
      <PageTitle title={t("signIn.title")}>{t("signIn.title")}</PageTitle>
      <p>{t("signIn.intro")}</p>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault();
          if (!signIn.isPending) signIn.mutate({ email: email.trim(), password });
        }}
      >
        {wrongCredentials ? (
          <div className="notice notice-error" role="alert">
            <p>{t("signIn.wrong")}</p>
          </div>
        ) : (
          <ErrorNotice error={signIn.error} />
        )}
        <Field label={t("field.email")}>
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label={t("field.password")}>
          {(props) => (
            <input
              {...props}
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <p>
          <button type="submit" disabled={signIn.isPending}>
            {signIn.isPending ? t("signIn.pending") : t("signIn.submit")}
          </button>
        </p>
      </form>
      <p className="hint">{t("signIn.forgotten")}</p>
    </PublicShell>
  );
}
