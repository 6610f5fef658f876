import { z } from "zod";
import { FUNDING_STATUSES, isCountryCode, PLACES_STATUSES, PROGRAMMES } from "@solidaria/domain";

/**
 * The pledge list's filters as they live in the URL (`/pledges?year=2019&kind=places`): typed and
 * checked; a value that does not fit (an old link, a hand-edited URL) is dropped rather than failing
 * the page.
 */
export const PLEDGE_STATUSES = [...new Set([...FUNDING_STATUSES, ...PLACES_STATUSES])] as const;

const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

export const PledgeSearch = z.object({
  year: lenient(z.coerce.number().int().min(2000).max(2100)),
  programme: lenient(z.enum(PROGRAMMES)),
  organisationId: lenient(z.string().trim().min(1).max(100)),
  country: lenient(
    z
      .string()
      .trim()
      .toUpperCase()
      .refine((code) => isCountryCode(code)),
  ),
  status: lenient(z.enum(PLEDGE_STATUSES)),
  kind: lenient(z.enum(["funding", "places"])),
  appealId: lenient(z.string().trim().min(1).max(100)),
});
export type PledgeSearch = z.output<typeof PledgeSearch>;

/** The search params of a URL, read into filters (TanStack Router's `validateSearch`). */
export function parsePledgeSearch(search: Record<string, unknown>): PledgeSearch {
  const parsed = PledgeSearch.parse(search);
  // Leave absent filters out altogether, so URLs stay short and equal filters compare equal.
  return Object.fromEntries(Object.entries(parsed).filter(([, value]) => value !== undefined));
}

/** Filters from a form's fields (empty text means "any"). */
export function searchFromForm(fields: Record<string, string>): PledgeSearch {
  return parsePledgeSearch(Object.fromEntries(Object.entries(fields).filter(([, value]) => value.trim() !== "")));
}

/** The `pledge.list` input for the filters and the page of results asked for. */
export function toPledgeListInput(search: PledgeSearch, cursor?: string, limit = 50) {
  return { ...search, limit, ...(cursor === undefined ? {} : { cursor }) };
}

/** The CSV export's URL: the same filters the list shows are not applied by the server (yet): all pledges. */
export function exportUrl(spreadsheet: boolean): string {
  return spreadsheet ? "/export/pledges.csv?bom=1" : "/export/pledges.csv";
}
