import { csrfTokenFor } from "../accounts/csrf.js";
import { type ActiveSession, type NewSession } from "../accounts/sessions.js";
import type { SessionUser } from "../accounts/session-user.js";
import type { Context } from "../context.js";
import { unauthenticated } from "../errors.js";
import { publicProcedure, router, unwrap } from "../trpc.js";
import { AcceptInvitationInput, InvitationQuery, ResetPasswordInput, SignInInput } from "../validators.js";

/**
 * Signing in to the dashboard. The session's secret travels only in the HttpOnly cookie the host sets
 * from `ctx.cookie`; answers carry the person and the session's CSRF token, which the dashboard sends
 * back in `x-csrf-token` with every mutation.
 */

/** A new session in place of the request's own: its cookie set, the old session (if any) ended. */
async function begin(ctx: Context, user: SessionUser, session: NewSession) {
  if (ctx.session !== null) await ctx.store.endSession(ctx.session.id);
  ctx.cookie.set(session.secret, session.expiresAt);
  return { user, csrfToken: csrfTokenFor(session.secret) };
}

function signedIn(ctx: Context): ActiveSession {
  if (ctx.session === null) throw unauthenticated("you are not signed in");
  return ctx.session;
}

export const authRouter = router({
  /** The signed-in person and the session's CSRF token; null when signed out (never an error). */
  session: publicProcedure.query(({ ctx }) =>
    ctx.session === null ? null : { user: ctx.session.user, csrfToken: csrfTokenFor(ctx.session.secret) },
  ),

  signIn: publicProcedure.input(SignInInput).mutation(async ({ ctx, input }) => {
    const { user, session } = unwrap(await ctx.store.signIn(input, ctx.client, ctx.now()));
    return begin(ctx, user, session);
  }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session !== null) await ctx.store.endSession(ctx.session.id);
    ctx.cookie.clear();
    return { ok: true as const };
  }),

  /** Ends every session of the person, this one included (a lost laptop, a shared computer). */
  signOutEverywhere: publicProcedure.mutation(async ({ ctx }) => {
    const sessionsEnded = await ctx.store.endAllSessions(signedIn(ctx).user.id);
    ctx.cookie.clear();
    return { ok: true as const, sessionsEnded };
  }),

  /** What an invitation link is for; NOT_FOUND, with one message, for a link expired, used or unknown. */
  invitation: publicProcedure
    .input(InvitationQuery)
    .query(async ({ ctx, input }) => unwrap(await ctx.store.invitationDetails(input.token, ctx.now()))),

  acceptInvitation: publicProcedure.input(AcceptInvitationInput).mutation(async ({ ctx, input }) => {
    const { user, session } = unwrap(await ctx.store.acceptInvitation(input, ctx.client, ctx.now()));
    return begin(ctx, user, session);
  }),

  /** Sets a new password from a reset link; every session of the person ends, and they sign in again. */
  resetPassword: publicProcedure
    .input(ResetPasswordInput)
    .mutation(async ({ ctx, input }) => unwrap(await ctx.store.resetPassword(input, ctx.now()))),
});
