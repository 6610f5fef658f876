import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { listCountries, listCurrencies, PROGRAMMES, RESETTLEMENT_CATEGORIES } from "@solidaria/domain";
import { trpc } from "../api/client.js";
import { categoryName, programmeName } from "../i18n/format.js";
import { useLocale } from "../i18n/I18n.js";

/** Options of the selects, every one worded in the reader's language and sorted as it sorts. */

export function CountryOptions() {
  const { locale } = useLocale();
  const countries = useMemo(() => {
    const collator = new Intl.Collator(locale);
    return listCountries()
      .map((country) => ({ code: country.alpha2, name: country.name[locale] }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [locale]);
  return (
    <>
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </>
  );
}

/** Currencies by code, with their name: people who handle money know the codes. */
export function CurrencyOptions() {
  const { locale } = useLocale();
  const currencies = useMemo(() => listCurrencies().sort((a, b) => a.code.localeCompare(b.code)), []);
  return (
    <>
      {currencies.map((currency) => (
        <option key={currency.code} value={currency.code}>
          {`${currency.code} · ${currency.name[locale]}`}
        </option>
      ))}
    </>
  );
}

export function ProgrammeOptions() {
  const { locale } = useLocale();
  return (
    <>
      {PROGRAMMES.map((programme) => (
        <option key={programme} value={programme}>
          {programmeName(programme, locale)}
        </option>
      ))}
    </>
  );
}

export function CategoryOptions() {
  const { locale } = useLocale();
  return (
    <>
      {RESETTLEMENT_CATEGORIES.map((category) => (
        <option key={category} value={category}>
          {categoryName(category, locale)}
        </option>
      ))}
    </>
  );
}

/** The organisations, by name, and a lookup of their names by id. */
export function useOrganisations() {
  const query = useQuery(trpc.org.list.queryOptions());
  const names = useMemo(() => new Map((query.data ?? []).map((org) => [org.id, org.name])), [query.data]);
  return { ...query, names, nameOf: (id: string) => names.get(id) ?? id };
}

export function OrganisationOptions() {
  const { data } = useOrganisations();
  return (
    <>
      {(data ?? []).map((organisation) => (
        <option key={organisation.id} value={organisation.id}>
          {organisation.name}
        </option>
      ))}
    </>
  );
}

export function useAppeals() {
  const query = useQuery(trpc.appeal.list.queryOptions({}));
  const byId = useMemo(() => new Map((query.data ?? []).map((appeal) => [appeal.id, appeal])), [query.data]);
  return { ...query, byId };
}
