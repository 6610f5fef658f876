import { authedProcedure, procedureFor, router, unwrap } from "../trpc.js";
import { OrganisationCreate } from "../validators.js";

export const organisationRouter = router({
  list: authedProcedure.query(async ({ ctx }) => ctx.store.listOrganisations()),

  create: procedureFor("organisation.create")
    .input(OrganisationCreate)
    .mutation(async ({ ctx, input }) => unwrap(await ctx.store.addOrganisation(input))),
});
