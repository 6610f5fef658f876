import { TRPCError } from "@trpc/server";
import { asc } from "drizzle-orm";
import { organisations } from "@solidaria/db";
import { authedProcedure, roleProcedure, router } from "../trpc.js";
import { OrganisationCreate } from "../validators.js";

export const organisationRouter = router({
  list: authedProcedure.query(({ ctx }) => ctx.db.select().from(organisations).orderBy(asc(organisations.name)).all()),

  create: roleProcedure("coordinator")
    .input(OrganisationCreate)
    .mutation(({ ctx, input }) => {
      const row = ctx.db.insert(organisations).values(input).onConflictDoNothing().returning().get();
      if (!row) throw new TRPCError({ code: "CONFLICT", message: `an organisation "${input.id}" already exists` });
      return row;
    }),
});
