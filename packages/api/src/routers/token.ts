import { listTokens, revokeToken } from "../admin/tokens.js";
import { procedureFor, router, unwrap } from "../trpc.js";
import { TokenListInput, TokenRevoke } from "../validators.js";

/** Coordinators' view of the API tokens: never a secret or its hash, only what people know them by. */
export const tokenRouter = router({
  list: procedureFor("token.manage")
    .input(TokenListInput)
    .query(({ ctx, input }) => listTokens(ctx.db, input)),

  revoke: procedureFor("token.manage")
    .input(TokenRevoke)
    .mutation(({ ctx, input }) => unwrap(revokeToken(ctx.db, input.id, ctx.now()))),
});
