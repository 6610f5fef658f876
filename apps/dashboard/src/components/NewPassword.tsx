import { useState } from "react";
import { useT } from "../i18n/I18n.js";
import { PASSWORD_MAX, PASSWORD_MIN, passwordProblem, type PasswordProblem } from "../lib/fragment.js";
import { Field } from "./ui.js";

const PROBLEM_WORDS = {
  "too-short": "password.tooShort",
  "too-long": "password.tooLong",
  mismatch: "password.mismatch",
} as const;

/** A new password typed twice, checked as it is typed (12-128 characters, both the same). */
export function useNewPassword() {
  const [password, setPassword] = useState("");
  const [repeated, setRepeated] = useState("");
  const [touched, setTouched] = useState({ password: false, repeated: false });
  const problem: PasswordProblem | null = passwordProblem(password, repeated);
  return { password, setPassword, repeated, setRepeated, touched, setTouched, problem };
}

export function NewPasswordFields({ state, showAll }: { state: ReturnType<typeof useNewPassword>; showAll: boolean }) {
  const t = useT();
  const { password, setPassword, repeated, setRepeated, touched, setTouched, problem } = state;
  const lengthProblem = problem === "too-short" || problem === "too-long" ? problem : null;
  const passwordError =
    (touched.password || showAll) && lengthProblem
      ? t(PROBLEM_WORDS[lengthProblem], { min: PASSWORD_MIN, max: PASSWORD_MAX })
      : undefined;
  const repeatedError = (touched.repeated || showAll) && problem === "mismatch" ? t(PROBLEM_WORDS.mismatch) : undefined;
  return (
    <>
      <Field
        label={t("password.new")}
        hint={t("password.hint", { min: PASSWORD_MIN, max: PASSWORD_MAX })}
        error={passwordError}
      >
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              setTouched({ ...touched, password: true });
            }}
          />
        )}
      </Field>
      <Field label={t("password.repeat")} error={repeatedError}>
        {(props) => (
          <input
            {...props}
            type="password"
            autoComplete="new-password"
            required
            value={repeated}
            onChange={(event) => {
              setRepeated(event.target.value);
              setTouched({ ...touched, repeated: true });
            }}
          />
        )}
      </Field>
    </>
  );
}
