import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@solidaria/api";

type Outputs = inferRouterOutputs<AppRouter>;
export type Inputs = inferRouterInputs<AppRouter>;

export type Session = NonNullable<Outputs["auth"]["session"]>;
export type Pledge = Outputs["pledge"]["get"];
export type PledgeEventView = Outputs["pledge"]["history"][number];
export type Coverage = Outputs["report"]["coverage"][number];
export type PlacesReport = Outputs["report"]["places"];
export type StageTimes = Outputs["report"]["stageTimes"];
export type FairShareReport = Outputs["report"]["fairShare"];
