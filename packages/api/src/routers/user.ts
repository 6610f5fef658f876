import { disableUser, inviteUser, issueResetLink, listUsers } from "../accounts/users.js";
import { linkUrl } from "../accounts/user-links.js";
import { procedureFor, router, unwrap } from "../trpc.js";
import { UserInvite, UserReference } from "../validators.js";

/**
 * Coordinators manage people. With no mail server, the invitation or reset link is answered to the
 * coordinator, once, to pass on; its token is in the URL's fragment, which never reaches a server log.
 */
export const userRouter = router({
  list: procedureFor("user.manage").query(({ ctx }) => listUsers(ctx.db)),

  invite: procedureFor("user.manage")
    .input(UserInvite)
    .mutation(({ ctx, input }) => {
      const invited = unwrap(inviteUser(ctx.db, input, ctx.caller.user?.id ?? null, ctx.now()));
      return {
        userId: invited.userId,
        invitationUrl: linkUrl(ctx.publicUrl, "invitation", invited.token),
        expiresAt: invited.expiresAt.toISOString(),
      };
    }),

  /** A reset link (a new invitation for someone who has not accepted theirs yet). */
  resetLink: procedureFor("user.manage")
    .input(UserReference)
    .mutation(({ ctx, input }) => {
      const link = unwrap(issueResetLink(ctx.db, input.userId, ctx.caller.user?.id ?? null, ctx.now()));
      return {
        resetUrl: linkUrl(ctx.publicUrl, link.purpose, link.token),
        purpose: link.purpose,
        expiresAt: link.expiresAt.toISOString(),
      };
    }),

  /** Disables a person: they cannot sign in, and every session of theirs ends. */
  disable: procedureFor("user.manage")
    .input(UserReference)
    .mutation(({ ctx, input }) => unwrap(disableUser(ctx.db, input.userId, ctx.caller.user?.id ?? null, ctx.now()))),
});
