import { procedureFor, router, unwrap } from "../trpc.js";
import { TokenListInput, TokenRevoke } from "../validators.js";

/** Coordinators' view of the API tokens: never a secret or its hash, only what people know them by. */
export const tokenRouter = router({
  list: procedureFor("token.manage")
    .input(TokenListInput)
    .query(async ({ ctx, input }) => ctx.store.listTokens(input)),

  revoke: procedureFor("token.manage")
    .input(TokenRevoke)
    .mutation(async ({ ctx, input }) => unwrap(await ctx.store.revokeToken(input.id, ctx.now()))),
});
