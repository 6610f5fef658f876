import { addOrganisation, listOrganisations } from "../admin/organisations.js";
import { authedProcedure, procedureFor, router, unwrap } from "../trpc.js";
import { OrganisationCreate } from "../validators.js";

export const organisationRouter = router({
  list: authedProcedure.query(({ ctx }) => listOrganisations(ctx.db)),

  create: procedureFor("organisation.create")
    .input(OrganisationCreate)
    .mutation(({ ctx, input }) => unwrap(addOrganisation(ctx.db, input))),
});
