import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@solidaria/api/validators";

/** The token of an invitation or reset link, which arrives in the fragment: `/invitation#token=...`. */
export function tokenFromFragment(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith("#") ? hash.slice(1) : hash);
  const token = params.get("token")?.trim();
  return token ? token : null;
}

/** The server's limits (packages/api/src/validators.ts), counted as it counts them: characters after NFC. */
export const PASSWORD_MIN = PASSWORD_MIN_LENGTH;
export const PASSWORD_MAX = PASSWORD_MAX_LENGTH;

export type PasswordProblem = "too-short" | "too-long" | "mismatch";

/** What is wrong with a new password and its repetition, or null; counted in characters a person sees. */
export function passwordProblem(password: string, repeated: string): PasswordProblem | null {
  const length = [...password.normalize("NFC")].length;
  if (length < PASSWORD_MIN) return "too-short";
  if (length > PASSWORD_MAX) return "too-long";
  if (password !== repeated) return "mismatch";
  return null;
}
