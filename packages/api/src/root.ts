import { authedProcedure, publicProcedure, router } from "./trpc.js";
import { appealRouter } from "./routers/appeal.js";
import { organisationRouter } from "./routers/organisation.js";
import { pledgeRouter } from "./routers/pledge.js";
import { reportRouter } from "./routers/report.js";
import { situationRouter } from "./routers/situation.js";
import { jurisdictionRouter } from "./routers/jurisdiction.js";
import { tokenRouter } from "./routers/token.js";
import { authRouter } from "./routers/auth.js";
import { userRouter } from "./routers/user.js";

export const appRouter = router({
  health: publicProcedure.query(({ ctx }) => ({ status: "ok" as const, time: ctx.now().toISOString() })),
  me: authedProcedure.query(({ ctx }) => ({
    role: ctx.caller.role,
    tokenId: ctx.caller.tokenId,
    organisation: ctx.caller.organisation,
    user: ctx.caller.user,
    via: ctx.caller.via,
  })),
  auth: authRouter,
  user: userRouter,
  org: organisationRouter,
  token: tokenRouter,
  appeal: appealRouter,
  pledge: pledgeRouter,
  report: reportRouter,
  situation: situationRouter,
  jurisdiction: jurisdictionRouter,
});

/** The API's type: every client (extension, dashboard, tests) imports it as a type only. */
export type AppRouter = typeof appRouter;
