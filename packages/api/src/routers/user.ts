import { linkUrl } from "../accounts/user-links.js";
import { procedureFor, router, unwrap } from "../trpc.js";
import { UserInvite, UserReference } from "../validators.js";

/**
 * Coordinators manage people. With no mail server, the invitation or reset link is answered to the
 * coordinator, once, to pass on; its token is in the URL's fragment, which never reaches a server log.
 */
export const userRouter = router({
  list: procedureFor("user.manage").query(async ({ ctx }) => ctx.store.listUsers()),

  invite: procedureFor("user.manage")
    .input(UserInvite)
    .mutation(async ({ ctx, input }) => {
      const invited = unwrap(await ctx.store.inviteUser(input, ctx.caller.user?.id ?? null, ctx.now()));
      return {
        userId: invited.userId,
        invitationUrl: linkUrl(ctx.publicUrl, "invitation", invited.token),
        expiresAt: invited.expiresAt.toISOString(),
      };
    }),

  /** A reset link (a new invitation for someone who has not accepted theirs yet). */
  resetLink: procedureFor("user.manage")
    .input(UserReference)
    .mutation(async ({ ctx, input }) => {
      const link = unwrap(await ctx.store.issueResetLink(input.userId, ctx.caller.user?.id ?? null, ctx.now()));
      return {
        resetUrl: linkUrl(ctx.publicUrl, link.purpose, link.token),
        purpose: link.purpose,
        expiresAt: link.expiresAt.toISOString(),
      };
    }),

  /** Disables a person: they cannot sign in, and every session of theirs ends. */
  disable: procedureFor("user.manage")
    .input(UserReference)
    .mutation(async ({ ctx, input }) =>
      unwrap(await ctx.store.disableUser(input.userId, ctx.caller.user?.id ?? null, ctx.now())),
    ),
});
